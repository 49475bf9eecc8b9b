package io.commentmod.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class JvmMetricsTest {
  @Test
  void bindsMemoryThreadsClassLoadingCpuUptimeAndGc() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (JvmMetrics.Binding gc = JvmMetrics.bindTo(registry)) {
      for (String name : new String[] {"jvm.memory.used", "jvm.threads.live", "jvm.classes.loaded",
          "system.cpu.count", "process.uptime", "jvm.gc.memory.allocated"}) {
        assertThat(registry.find(name).meter()).as(name).isNotNull();
      }
    }
  }
}
