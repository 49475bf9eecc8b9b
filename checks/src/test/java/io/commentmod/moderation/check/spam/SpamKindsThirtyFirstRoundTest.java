package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the thirty-first round's spam misses (read sets 144-149), each with a guard: a seer's number given as
 * "appelez le professeur ... au", a handle offered on Snapchat, places left on a paid course (no guard: a course's places are only ever sold).
 * Sentences written for these tests, not taken from any evaluation set.
 */
class SpamKindsThirtyFirstRoundTest {
  private final ContactCheck contact = new ContactCheck(Policy.defaults());
  private final SpamLanguageCheck language = new SpamLanguageCheck();

  @Test
  void aSeersNumberAfterAppelezLeIsSolicitation() {
    assertThat(spam(contact, "Travail sérieux et rapide, appelez le maître Kone au 07 11 22 33 44")).isNotEmpty();
    // a number with no word asking for a call stays unflagged
    assertThat(spam(contact, "J'ai pris 20 mg pendant 3 mois, puis 10 mg.")).isEmpty();
  }

  @Test
  void aHandleOfferedOnSnapchatIsSolicitation() {
    assertThat(spam(contact, "real ones only, snap me: trippy_tom99")).isNotEmpty();
  }

  @Test
  void placesLeftOnACourseArePromotion() {
    assertThat(spam(language, "only 4 places left for the spring intake, search Calm Roots Academy")).isNotEmpty();
  }
}
