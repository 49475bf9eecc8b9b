package io.commentmod.moderation.check.spam;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

class AuthorProfileCheckTest {
  private final AuthorProfileCheck check = new AuthorProfileCheck(Policy.defaults());

  private Findings inspect(String name, String url) {
    Findings f = new Findings();
    check.inspect(Normalizer.normalize("a", name, "x@example.org", url, "hello"), f);
    return f;
  }

  @Test
  void aBusinessNameIsWeakEvidence() {
    Findings.Finding f = inspect("Herbal Supply Store", "").of(FlagName.SPAM).get(0);
    assertThat(f.score()).isEqualTo(0.35);
    assertThat(f.reason().detail()).isEqualTo("business-like name 'Herbal Supply Store'");
    assertThat(f.reason().spans()).isEmpty();
  }

  @Test
  void aWebsiteOutsideTheAllowListAddsToIt() {
    Findings.Finding f = inspect("Dana", "https://dana-deals.example.com").of(FlagName.SPAM).get(0);
    assertThat(f.score()).isEqualTo(0.25);
    assertThat(f.reason().detail()).isEqualTo("website dana-deals.example.com");
  }

  @Test
  void peopleAreNot() {
    assertThat(inspect("Chris D", "https://www.ox.ac.uk/people/chris").isEmpty()).isTrue();
  }

  @Test
  void namesAndSitesJudgedBeforeGiveTheSameVerdictAndTheMemoryStaysBounded() {
    for (int round = 0; round < 2; round++) {
      assertThat(inspect("Herbal Supply Store", "").of(FlagName.SPAM).get(0).reason().detail())
          .isEqualTo("business-like name 'Herbal Supply Store'");
      assertThat(inspect("kinderzeit.xyz", "https://dana-deals.example.com").of(FlagName.SPAM).get(0).reason().detail())
          .isEqualTo("domain as name 'kinderzeit.xyz', website dana-deals.example.com");
      assertThat(inspect("Chris D", "https://www.ox.ac.uk/people/chris").isEmpty()).isTrue();
    }
    for (int i = 0; i < 3 * AuthorProfileCheck.REMEMBERED; i++) {
      assertThat(inspect("Reader " + i, "https://site" + i + ".example.com").of(FlagName.SPAM).get(0).reason().detail())
          .isEqualTo("website site" + i + ".example.com");
    }
    assertThat(inspect("Herbal Supply Store", "").of(FlagName.SPAM).get(0).score()).isEqualTo(0.35);
  }
}
