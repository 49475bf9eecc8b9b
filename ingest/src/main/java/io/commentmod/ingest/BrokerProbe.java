package io.commentmod.ingest;

import io.commentmod.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the cluster answers, checked in the background every {@link #PERIOD} so that a
 * readiness probe never waits on the broker.
 */
final class BrokerProbe implements AutoCloseable {
  static final Duration PERIOD = Duration.ofSeconds(3);
  private static final int TIMEOUT_MS = 2000;

  private final Admin admin;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "ingest-broker-probe");
    t.setDaemon(true);
    return t;
  });
  private volatile String problem = "not checked yet";

  BrokerProbe(KafkaSettings kafka) {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-probe");
    cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    this.admin = Admin.create(cfg);
  }

  BrokerProbe start() {
    timer.scheduleWithFixedDelay(this::check, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Null when the last check reached the cluster, else what went wrong. */
  String problem() {
    return problem;
  }

  private void check() {
    try {
      int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes().get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).size();
      problem = nodes > 0 ? null : "cluster reports no brokers";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      problem = "cluster unreachable: " + (e.getCause() != null ? e.getCause().getMessage() : e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
