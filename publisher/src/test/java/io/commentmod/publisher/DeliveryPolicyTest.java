package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.publisher.DeliveryPolicy.Delivered;
import io.commentmod.publisher.DeliveryPolicy.GiveUp;
import io.commentmod.publisher.DeliveryPolicy.Retry;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {
  private final DeliveryPolicy policy =
      new DeliveryPolicy(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1), () -> 0.0), 5);

  private static SiteResponse answer(int status, String body) {
    return new SiteResponse(status, body, null);
  }

  @Test
  void anyTwoHundredIsDelivered() {
    assertThat(policy.decide(answer(200, ""), null, 1)).isEqualTo(new Delivered(200));
    assertThat(policy.decide(answer(204, ""), null, 3)).isEqualTo(new Delivered(204));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoff() {
    assertThat(policy.decide(answer(503, "busy"), null, 1)).isInstanceOf(Retry.class)
        .extracting(d -> ((Retry) d).delay()).isEqualTo(Duration.ofMillis(500));
    assertThat(((Retry) policy.decide(answer(500, ""), null, 3)).delay()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void requestTimeoutAndTooManyRequestsAreRetriedHonouringRetryAfter() {
    assertThat(policy.decide(answer(408, ""), null, 1)).isInstanceOf(Retry.class);
    Retry r = (Retry) policy.decide(new SiteResponse(429, "slow down", Duration.ofSeconds(30)), null, 1);
    assertThat(r.delay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(r.why()).contains("429", "slow down");
  }

  @Test
  void noAnswerIsRetried() {
    Retry r = (Retry) policy.decide(null, new HttpTimeoutException("request timed out"), 2);
    assertThat(r.why()).contains("HttpTimeoutException", "request timed out");
  }

  @Test
  void permanentClientErrorGivesUpAtOnceWithStatusBodyAndAttempts() {
    GiveUp g = (GiveUp) policy.decide(answer(400, "{\"error\":\"article unknown\"}"), null, 1);
    assertThat(g.reason()).contains("400", "article unknown", "1 attempt");
    assertThat(policy.decide(answer(401, ""), null, 1)).isInstanceOf(GiveUp.class);
    assertThat(policy.decide(answer(404, ""), null, 1)).isInstanceOf(GiveUp.class);
    assertThat(policy.decide(answer(301, ""), null, 1)).isInstanceOf(GiveUp.class);
  }

  @Test
  void aRetractionTheSiteHasNoCommentForIsDone() {
    assertThat(policy.decideRetraction(answer(404, ""), null, 1)).isEqualTo(new Delivered(404));
    assertThat(policy.decideRetraction(answer(410, ""), null, 1)).isEqualTo(new Delivered(410));
    assertThat(policy.decideRetraction(answer(204, ""), null, 1)).isEqualTo(new Delivered(204));
    assertThat(policy.decideRetraction(answer(503, ""), null, 1)).isInstanceOf(Retry.class);
    assertThat(policy.decideRetraction(answer(401, ""), null, 1)).isInstanceOf(GiveUp.class);
  }

  @Test
  void transientFailureGivesUpAtTheAttemptLimit() {
    assertThat(policy.decide(answer(503, "down"), null, 4)).isInstanceOf(Retry.class);
    GiveUp g = (GiveUp) policy.decide(answer(503, "down"), null, 5);
    assertThat(g.reason()).contains("5 attempt", "503", "down");
  }
}
