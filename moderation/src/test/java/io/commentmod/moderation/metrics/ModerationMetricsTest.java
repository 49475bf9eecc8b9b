package io.commentmod.moderation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.ActionAudited;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModerationMetricsTest {
  @Test
  void moderatorActionsAreCountedByActionAndOutcome() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ModerationMetrics m = new ModerationMetrics(registry, Clock.systemUTC());
    Instant t = Instant.parse("2026-11-28T10:00:00Z");
    m.audited(new ActionAudited("a", "c1", "maria", "approve", null, "applied", t));
    m.audited(new ActionAudited("b", "c2", "maria", "approve", null, "applied", t));
    m.audited(new ActionAudited("c", "c3", "sam", "reject", "spam", "refused: claimed by maria", t));

    assertThat(registry.get("moderation_console_actions_total").tag("action", "approve").tag("outcome", "applied").counter().count())
        .isEqualTo(2.0);
    assertThat(registry.get("moderation_console_actions_total").tag("action", "reject").tag("outcome", "refused").counter().count())
        .isEqualTo(1.0);
  }
}
