package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessTest {
  @Test
  void readyWhenDeliveryRunsTheBrokerAnswersAndTheSiteGateIsOpen() {
    Readiness r = Readiness.of(null, null, true);
    assertThat(r.ready()).isTrue();
    assertThat(r.checks()).containsExactly(
        java.util.Map.entry("delivery", "ok"), java.util.Map.entry("broker", "ok"), java.util.Map.entry("site", "ok"));
  }

  @Test
  void notReadyWhileTheBrokerIsUnreachableSayingWhy() {
    Readiness r = Readiness.of(null, "cluster unreachable: timed out", true);
    assertThat(r.ready()).isFalse();
    assertThat(r.checks()).containsEntry("broker", "cluster unreachable: timed out").containsEntry("site", "ok");
  }

  @Test
  void notReadyWhileTheSiteGateIsClosed() {
    Readiness r = Readiness.of(null, null, false);
    assertThat(r.ready()).isFalse();
    assertThat(r.checks().get("site")).startsWith("site failing");
  }

  @Test
  void notReadyWhenTheDeliveryThreadStopped() {
    assertThat(Readiness.of("delivery thread stopped", null, true).ready()).isFalse();
  }
}
