package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static Backoff backoff(double random) {
    return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofMinutes(5), () -> random);
  }

  @Test
  void doublesEachAttemptUpToTheCap() {
    Backoff top = backoff(0.999999);
    assertThat(top.delay(1, null)).isEqualTo(Duration.ofMillis(499));
    assertThat(top.delay(2, null)).isEqualTo(Duration.ofMillis(999));
    assertThat(top.delay(3, null)).isEqualTo(Duration.ofMillis(1999));
    assertThat(top.delay(10, null)).isEqualTo(Duration.ofMillis(14999));
    assertThat(top.delay(1000, null)).isEqualTo(Duration.ofMillis(14999));
  }

  @Test
  void jitterNeverWaitsLessThanHalf() {
    Backoff bottom = backoff(0.0);
    assertThat(bottom.delay(1, null)).isEqualTo(Duration.ofMillis(250));
    assertThat(bottom.delay(3, null)).isEqualTo(Duration.ofMillis(1000));
    assertThat(bottom.delay(30, null)).isEqualTo(Duration.ofMillis(7500));
  }

  @Test
  void retryAfterWinsWhenLongerThanTheBackoff() {
    assertThat(backoff(0.0).delay(1, Duration.ofSeconds(42))).isEqualTo(Duration.ofSeconds(42));
    assertThat(backoff(0.0).delay(3, Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void retryAfterIsCappedSoASiteCannotParkUsForever() {
    assertThat(backoff(0.0).delay(1, Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(5));
  }
}
