package io.commentmod.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/**
 * The JVM's own metrics every service exposes on {@code /metrics}, so ops see the same names
 * (memory, GC, threads, class loading, CPU, uptime) whichever service they scrape.
 */
public final class JvmMetrics {
  private JvmMetrics() {}

  /** What {@link #bindTo} returns: closing it stops the GC binder's listener. Never throws. */
  public interface Binding extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Binds the JVM binders to the registry. The returned handle stops the GC binder's listener
   * (the only binder holding a resource); close it when the registry's owner closes.
   */
  public static Binding bindTo(MeterRegistry registry) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    return gc::close;
  }
}
