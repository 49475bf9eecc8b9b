package io.commentmod.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.config.Settings;
import io.commentmod.events.Topics;
import io.commentmod.ingest.IngestConfig;
import io.commentmod.ingest.IngestService;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import io.commentmod.moderation.ModerationConfig;
import io.commentmod.moderation.ModerationMain;
import io.commentmod.moderation.ModerationService;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.testkit.Records;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Its own broker (fixed port, own data directory) is stopped for a few seconds and started again
 * while site backends keep posting comments, retrying with the same Idempotency-Key until they get
 * a 202. Every answer given while the broker was down is 503, none 202; every 202 stands for a
 * record on the submissions topic; afterwards every accepted comment has exactly one verdict.
 */
class BrokerRestartIT {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartIT.class);
  private static final String KEY = "broker-restart-key";
  private static final int CLIENTS = 4;

  /** One HTTP attempt: its Idempotency-Key, when it started and ended (nanoTime), the answer. */
  record Attempt(String key, long start, long end, int status, String id) {}

  @TempDir Path dir;

  @Test
  void whileTheBrokerIsDownIngestAnswers503AndAfterwardsEveryAcceptedCommentIsModeratedOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir.resolve("kafka"), Target.freePort()).start();
    KafkaSettings kafka = ModerationRestartIT.withSessionTimeout(KafkaSettings.of(broker.bootstrapServers()), ModerationRestartIT.FAST_SESSION_TIMEOUT);
    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    long stopped;
    long restarting;
    try {
      TopicAdmin.ensureTopics(kafka);
      try (IngestService ingest = new IngestService(new IngestConfig(0, List.of(KEY), 10_000), kafka, Clock.systemUTC(),
              new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start();
          ModerationService moderation = new ModerationService(ModerationConfig.from(new Settings(Map.of(
              "CONSOLE_PORT", "0", "DATA_DIR", dir.toString(), "MODERATION_APPLICATION_ID", "broker-restart-it"))),
              kafka, Moderators.defaults(), Clock.systemUTC(), ModerationMain.registry()).start();
          VerdictCounter verdicts = VerdictCounter.verdicts(kafka, "")) {
        Clients clients = new Clients(URI.create("http://localhost:" + ingest.port()), run, attempts).start();
        Thread.sleep(3000);
        broker.stop();
        stopped = System.nanoTime();
        LOG.info("broker stopped after {} attempts", attempts.size());
        Thread.sleep(5000);
        restarting = System.nanoTime();
        broker.start();
        LOG.info("broker started again ({} ms down)", (System.nanoTime() - stopped) / 1_000_000);
        Thread.sleep(4000);
        clients.finish(Duration.ofSeconds(40));

        Set<String> accepted = accepted(attempts);
        assertThat(verdicts.awaitAll(accepted, Duration.ofSeconds(60))).as("a verdict for every accepted comment").isTrue();
        Thread.sleep(1000); // a duplicate verdict would come right after the first
        Map<String, Integer> counts = verdicts.counts();
        assertThat(accepted).allSatisfy(id -> assertThat(counts.get(id)).as("verdicts for %s", id).isEqualTo(1));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
        Set<String> onTopic = Records.readRaw(kafka, Topics.SUBMITTED.name(), Duration.ofSeconds(2)).stream()
            .map(r -> r.key()).collect(Collectors.toSet());
        assertThat(onTopic).containsAll(accepted);
      }
    } finally {
      broker.close();
    }

    List<Attempt> all = List.copyOf(attempts);
    for (Attempt a : all) {
      if (a.status() != 202 || (a.end() >= stopped && a.start() <= restarting)) {
        LOG.info("attempt {} from {} ms to {} ms (broker down from 0 to {} ms): {}", a.key(), (a.start() - stopped) / 1_000_000,
            (a.end() - stopped) / 1_000_000, (restarting - stopped) / 1_000_000, a.status());
      }
    }
    // Answered while the broker was fully down (stopped, not yet starting again).
    List<Attempt> duringOutage = all.stream().filter(a -> a.end() >= stopped && a.end() <= restarting).toList();
    LOG.info("{} attempts, {} keys accepted; during the outage {} attempts: {}", all.size(), accepted(all).size(), duringOutage.size(),
        duringOutage.stream().collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
    assertThat(all).extracting(Attempt::status).allMatch(s -> s == 202 || s == 503, "every answer is 202 or 503");
    assertThat(duringOutage).extracting(Attempt::status).as("answers while the broker was down").isNotEmpty().containsOnly(503);
    assertThat(all.stream().filter(a -> a.status() == 503).mapToLong(a -> a.end() - a.start()).max().orElse(0))
        .as("slowest 503 (ns)").isLessThan(Duration.ofSeconds(10).toNanos());
  }

  private static Set<String> accepted(List<Attempt> attempts) {
    synchronized (attempts) {
      return attempts.stream().filter(a -> a.status() == 202).map(Attempt::id).collect(Collectors.toSet());
    }
  }

  /** Site backends: each posts comment after comment, retrying one with the same key until it gets a 202. */
  private static final class Clients {
    private final URI ingest;
    private final String run;
    private final List<Attempt> attempts;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    Clients(URI ingest, String run, List<Attempt> attempts) {
      this.ingest = ingest;
      this.run = run;
      this.attempts = attempts;
    }

    Clients start() {
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        Thread t = new Thread(() -> post(client), "bench-client-" + c);
        threads.add(t);
        t.start();
      }
      return this;
    }

    private void post(int client) {
      CommentMix mix = new CommentMix(client, 1);
      try (HttpConnection conn = new HttpConnection(ingest, HttpLoad.PATH, KEY)) {
        for (int n = 0; !stopping; n++) {
          String key = run + "-" + client + "-" + n;
          byte[] body = mix.next().toJson().getBytes(StandardCharsets.UTF_8);
          while (true) { // until this comment is accepted: the finish wait bounds it
            long start = System.nanoTime();
            int status;
            String id = null;
            try {
              HttpConnection.Response r = conn.postWithKey(body, key);
              status = r.status();
              if (status == 202) id = HttpLoad.idOf(r.body());
            } catch (java.io.IOException e) {
              status = -1;
            }
            attempts.add(new Attempt(key, start, System.nanoTime(), status, id));
            if (status == 202) break;
            Thread.sleep(200);
          }
          Thread.sleep(50);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void finish(Duration max) throws InterruptedException {
      stopping = true;
      for (Thread t : threads) t.join(max.toMillis());
      assertThat(threads).as("clients got their last comments accepted").noneMatch(Thread::isAlive);
    }
  }
}
