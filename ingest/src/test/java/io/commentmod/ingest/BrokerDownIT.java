package io.commentmod.ingest;

import static io.commentmod.ingest.IngestServiceIT.comment;
import static io.commentmod.ingest.IngestServiceIT.get;
import static io.commentmod.ingest.IngestServiceIT.post;
import static io.commentmod.ingest.IngestServiceIT.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.kafka.KafkaSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingest pointed at a port where no broker listens. */
class BrokerDownIT {

  @Test
  void anUnreachableBrokerGives503WithinTenSecondsAndNeverAccepts() throws Exception {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (IngestService service = new IngestService(new IngestConfig(0, List.of("down-key"), 100),
        KafkaSettings.of("127.0.0.1:" + deadPort), Clock.systemUTC(), registry).start()) {
      long start = System.nanoTime();
      HttpResponse<String> r = post(service, comment(unique("article"), "into the void"),
          Map.of("Authorization", "Bearer down-key", "Idempotency-Key", unique("idem")));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(registry.get("comments.ingested").counter().count()).isZero();
      assertThat(registry.get("comments.refused").tag("reason", "broker_unavailable").counter().count()).isEqualTo(1.0);

      assertThat(get(service, "/health/live", null).statusCode()).isEqualTo(200);
      HttpResponse<String> ready = get(service, "/health/ready", null);
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("not_ready");
    }
  }
}
