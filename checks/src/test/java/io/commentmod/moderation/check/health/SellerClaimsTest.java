package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link SellerClaims}: a seller's dose, switch or cure claim is medical advice too. */
class SellerClaimsTest {
  /** Every shipped single-comment check before the seller look, and the look itself. */
  private static Findings judged(String body) {
    CommentText text = Comments.comment(body);
    Findings f = new Findings();
    List<ModerationCheck> checks = new ArrayList<>(Moderators.checks(Policy.defaults()));
    assertThat(checks.stream().filter(c -> c instanceof SellerClaims)).hasSize(1);
    for (ModerationCheck c : checks) {
      if (c instanceof MedicalSecondLook) break;
      c.inspect(text, f);
    }
    return f;
  }

  private static boolean sellerClaim(Findings f) {
    return f.of(FlagName.MEDICAL_ADVICE).stream().anyMatch(x -> x.reason().check().equals(SellerClaims.CHECK));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Swapped my paroxetine for our NeuroShroom capsules and never looked back! 25% off at neuroshroom-store.com, code MIA25",
      "My aunt got off citalopram in a week thanks to PureCalm drops. Order at purecalm-drops.com/ref/ann",
      "Our kit: 2 gummies twice daily for low mood. Shop now at moodgummy.example.com, free shipping!!!",
      "Guests give up all psychiatric medication two days before arrival. Book at soulretreat-example.com"})
  void aSellersDoseSwitchOrStopIsAdvice(String body) {
    Findings f = judged(body);
    assertThat(f.combined(FlagName.SPAM)).as(body).isGreaterThanOrEqualTo(Policy.defaults().threshold(FlagName.SPAM, null));
    assertThat(sellerClaim(f)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We deliver fresh lion's mane and oyster mushrooms weekly. Order at forage-box.example.com, 20% off your first box",
      "Premium lion's mane extract, 60 capsules of 500mg, cheapest on the web: maneshop.example.com",
      "Our SEO agency ranks health blogs for 'SSRI withdrawal' and 'antidepressant tapering'. Email growth@rankfast-example.com"})
  void aSellersProductOrKeywordsAreNot(String body) {
    assertThat(sellerClaim(judged(body))).as(body).isFalse();
  }

  /** The same testimonial without a seller is a reader's experience: this check leaves it. */
  @Test
  void withoutASellerNothing() {
    Findings f = judged("I swapped my paroxetine for lion's mane capsules last spring and I feel fine.");
    assertThat(f.combined(FlagName.SPAM)).isLessThan(Policy.defaults().threshold(FlagName.SPAM, null));
    assertThat(sellerClaim(f)).isFalse();
  }
}
