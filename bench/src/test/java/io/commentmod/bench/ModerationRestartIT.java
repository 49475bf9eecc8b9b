package io.commentmod.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.ModerationConfig;
import io.commentmod.moderation.ModerationMain;
import io.commentmod.moderation.ModerationService;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.testkit.KafkaClusterExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation instance is closed and recreated (same application id, same state directory)
 * several times while comments keep arriving: every comment still gets exactly one verdict.
 */
@ExtendWith(KafkaClusterExtension.class)
class ModerationRestartIT {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModerationRestartIT.class);
  /** The broker's minimum: a member that left without a word is dropped after this long. */
  static final String FAST_SESSION_TIMEOUT = "6000";

  @TempDir Path dataDir;

  @Test
  void closingAndRecreatingModerationThreeTimesMidStreamGivesEveryCommentExactlyOneVerdict(KafkaSettings kafka) throws Exception {
    restartMidStream(withSessionTimeout(kafka, FAST_SESSION_TIMEOUT), 3, 1000, 80, Duration.ofSeconds(60));
  }

  /** The same with the client defaults (45 s session timeout): shows how long each restart stalls processing. */
  @Tag("slow")
  @Test
  void restartsWithDefaultClientSettingsAlsoLoseAndDuplicateNothing(KafkaSettings kafka) throws Exception {
    restartMidStream(kafka, 3, 6000, 50, Duration.ofMinutes(4));
  }

  /** Restarts when a quarter, half and three quarters of the comments have verdicts, while the load still runs. */
  private void restartMidStream(KafkaSettings kafka, int restarts, int comments, double perSecond, Duration drain)
      throws Exception {
    String run = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    ModerationConfig config = ModerationConfig.from(new Settings(Map.of(
        "CONSOLE_PORT", "0", "DATA_DIR", dataDir.toString(), "MODERATION_APPLICATION_ID", "restart-it-" + run)));
    List<String> sent;
    ModerationService moderation = start(config, kafka);
    try (VerdictCounter counter = VerdictCounter.verdicts(kafka, run + "-");
        SteadyLoad load = SteadyLoad.start(kafka, run, comments, perSecond)) {
      for (int i = 0; i < restarts; i++) {
        int progress = comments * (i + 1) / (restarts + 1);
        long deadline = System.nanoTime() + drain.toNanos();
        while (counter.counts().size() < progress && System.nanoTime() < deadline) Thread.sleep(50);
        long t0 = System.nanoTime();
        moderation.close();
        moderation = start(config, kafka);
        LOG.info("restart {} of {} took {} ms; {} verdicts so far", i + 1, restarts, (System.nanoTime() - t0) / 1_000_000, counter.counts().size());
      }
      load.awaitSent();
      sent = load.ids();
      assertThat(sent).hasSize(comments);
      assertThat(counter.awaitAll(sent, drain)).as("a verdict for every comment within %s", drain).isTrue();
    } finally {
      moderation.close();
    }
    Map<String, Integer> verdicts = Verdicts.committed(kafka, run + "-");
    assertThat(verdicts.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(verdicts).allSatisfy((id, n) -> assertThat(n).as("verdicts for %s", id).isEqualTo(1));
  }

  private static ModerationService start(ModerationConfig config, KafkaSettings kafka) {
    return new ModerationService(config, kafka, Moderators.defaults(), Clock.systemUTC(), ModerationMain.registry()).start();
  }

  static KafkaSettings withSessionTimeout(KafkaSettings kafka, String ms) {
    Map<String, String> props = new HashMap<>(kafka.clientProperties());
    props.put("session.timeout.ms", ms);
    return new KafkaSettings(kafka.bootstrapServers(), props, kafka.partitions(), kafka.replicationFactor());
  }
}
