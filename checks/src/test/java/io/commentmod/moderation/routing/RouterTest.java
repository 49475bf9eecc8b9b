package io.commentmod.moderation.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Route;
import io.commentmod.moderation.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Policy policy = Policy.defaults();

  private static Flag flag(FlagName n, double score) {
    return new Flag(n, score, List.of());
  }

  @Test
  void selfHarmGoesToUrgentReviewEvenWhenItIsCertainSpam() {
    Router.Routing r = Router.route(List.of(flag(FlagName.SPAM, 1.0), flag(FlagName.SELF_HARM, 0.6)), policy, "a");
    assertThat(r.route()).isEqualTo(Route.URGENT);
    assertThat(r.action()).isEqualTo(Action.REVIEW);
    assertThat(r.flags()).extracting(Flag::name).containsExactly(FlagName.SPAM, FlagName.SELF_HARM);
  }

  @Test
  void medicalAdviceGoesToMedicalReviewBeforeSpam() {
    Router.Routing r = Router.route(List.of(flag(FlagName.SPAM, 0.99), flag(FlagName.MEDICAL_ADVICE, 0.7)), policy, "a");
    assertThat(r.route()).isEqualTo(Route.MEDICAL);
    assertThat(r.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void spamIsRejectedAtTheAutoRejectThresholdAndReviewedBelowIt() {
    assertThat(Router.route(List.of(flag(FlagName.SPAM, 0.9)), policy, "a").action()).isEqualTo(Action.REJECT);
    Router.Routing r = Router.route(List.of(flag(FlagName.SPAM, 0.89)), policy, "a");
    assertThat(r.route()).isEqualTo(Route.SPAM);
    assertThat(r.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void flagsBelowTheirThresholdDoNotCount() {
    Router.Routing r = Router.route(List.of(flag(FlagName.SPAM, 0.49), flag(FlagName.SELF_HARM, 0.1)), policy, "a");
    assertThat(r.route()).isEqualTo(Route.APPROVED);
    assertThat(r.action()).isEqualTo(Action.APPROVE);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void preModerationHoldsUnflaggedCommentsOnTheApprovedRoute() {
    Policy p = Policy.parse("{\"version\":\"v\",\"preModerateAll\":true}".getBytes(StandardCharsets.UTF_8));
    Router.Routing r = Router.route(List.of(), p, "a");
    assertThat(r.route()).isEqualTo(Route.APPROVED);
    assertThat(r.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void aSensitiveArticleRaisesFlagsSooner() {
    Policy p = Policy.parse("{\"version\":\"v\",\"articles\":{\"mush\":{\"sensitivity\":0.1}}}".getBytes(StandardCharsets.UTF_8));
    assertThat(Router.route(List.of(flag(FlagName.SPAM, 0.45)), p, "mush").route()).isEqualTo(Route.SPAM);
    assertThat(Router.route(List.of(flag(FlagName.SPAM, 0.85)), p, "mush").action()).isEqualTo(Action.REJECT);
    assertThat(Router.route(List.of(flag(FlagName.SPAM, 0.45)), p, "other").route()).isEqualTo(Route.APPROVED);
  }
}
