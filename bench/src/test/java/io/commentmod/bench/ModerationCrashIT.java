package io.commentmod.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.ModerationMain;
import io.commentmod.testkit.KafkaClusterExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation service runs in its own JVM and is killed with SIGKILL mid-stream, twice, then
 * started again on the same state directory: no clean close, open transactions left behind. Every
 * comment still has exactly one committed verdict; the aborted attempts are visible only to a
 * read_uncommitted reader.
 */
@ExtendWith(KafkaClusterExtension.class)
class ModerationCrashIT {
  private static final Logger LOG = LoggerFactory.getLogger(ModerationCrashIT.class);
  private static final int COMMENTS = 1200;
  private static final int KILLS = 2;

  @TempDir Path dataDir;

  @Test
  void killingTheModerationProcessTwiceMidStreamLosesNoVerdictAndDuplicatesNone(KafkaSettings kafka) throws Exception {
    String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> sent;
    Process moderation = launch(kafka, run, 0);
    try (VerdictCounter counter = VerdictCounter.verdicts(kafka, run + "-");
        SteadyLoad load = SteadyLoad.start(kafka, run, COMMENTS, 60)) {
      for (int kill = 1; kill <= KILLS; kill++) {
        int progress = COMMENTS * kill / (KILLS + 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counter.counts().size() < progress && System.nanoTime() < deadline && moderation.isAlive()) Thread.sleep(50);
        assertThat(moderation.isAlive()).as("moderation process %d still running", kill).isTrue();
        moderation.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no commit, no leave
        LOG.info("killed moderation (kill {} of {}) at {} verdicts", kill, KILLS, counter.counts().size());
        moderation = launch(kafka, run, kill);
      }
      load.awaitSent();
      sent = load.ids();
      assertThat(sent).hasSize(COMMENTS);
      assertThat(counter.awaitAll(sent, Duration.ofSeconds(90))).as("a verdict for every comment").isTrue();
    } finally {
      moderation.destroy();
      moderation.waitFor(30, TimeUnit.SECONDS);
    }

    Map<String, Integer> committed = Verdicts.committed(kafka, run + "-");
    assertThat(committed.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(committed).allSatisfy((id, n) -> assertThat(n).as("committed verdicts for %s", id).isEqualTo(1));
    int written = Verdicts.written(kafka, run + "-").values().stream().mapToInt(Integer::intValue).sum();
    LOG.info("{} comments, {} committed verdicts, {} verdict records written including aborted transactions", sent.size(),
        committed.size(), written);
  }

  /** {@code java -cp <test classpath> ModerationMain} on the shared state directory, with a 6 s session timeout. */
  private Process launch(KafkaSettings kafka, String run, int generation) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", classpath, ModerationMain.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("moderation-" + generation + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    kafka.clientProperties().forEach((k, v) -> env.put("KAFKA_CLIENT_" + k.toUpperCase().replace('.', '_'), v));
    env.put("KAFKA_CLIENT_SESSION_TIMEOUT_MS", ModerationRestartIT.FAST_SESSION_TIMEOUT);
    env.put("DATA_DIR", dataDir.toString());
    env.put("CONSOLE_PORT", "0");
    env.put("MODERATION_APPLICATION_ID", "crash-it-" + run);
    return pb.start();
  }
}
