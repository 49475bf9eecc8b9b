package io.commentmod.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the cluster answers ({@code describeCluster} within two seconds), checked in the
 * background every {@link #PERIOD} so that a readiness probe never waits on the broker.
 */
public final class BrokerProbe implements AutoCloseable {
  public static final Duration PERIOD = Duration.ofSeconds(3);
  private static final int TIMEOUT_MS = 2000;

  private final Admin admin;
  private final ScheduledExecutorService timer;
  private volatile String problem = "not checked yet";

  /** {@code name} names the client id ({@code name-probe}) and the thread. */
  public BrokerProbe(KafkaSettings kafka, String name) {
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name + "-broker-probe");
      t.setDaemon(true);
      return t;
    });
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(AdminClientConfig.CLIENT_ID_CONFIG, name + "-probe");
    cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    this.admin = Admin.create(cfg);
  }

  public BrokerProbe start() {
    timer.scheduleWithFixedDelay(this::check, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Null when the last check reached the cluster, else what went wrong. */
  public String problem() {
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
