package io.commentmod.moderation;

import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.engine.Moderator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Moderation services sharing one application id on a test broker (so they split the partitions),
 * each with its own data directory and a console on a free port; closed together.
 */
final class Instances implements AutoCloseable {
  private final KafkaSettings kafka;
  private final String app;
  private final Map<String, String> settings;
  private final List<ModerationService> services = new ArrayList<>();

  /** @param settings extra configuration for every instance, e.g. moderator accounts or the undo window */
  Instances(KafkaSettings kafka, String app, Map<String, String> settings) {
    this.kafka = kafka;
    this.app = app;
    this.settings = Map.copyOf(settings);
  }

  /** Starts one more instance judging with {@code moderator}. */
  ModerationService start(Moderator moderator) {
    Map<String, String> cfg = new HashMap<>(settings);
    cfg.put("CONSOLE_PORT", "0");
    cfg.put("MODERATION_APPLICATION_ID", app);
    try {
      cfg.put("DATA_DIR", Files.createTempDirectory(app + "-" + services.size()).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ModerationService s = new ModerationService(ModerationConfig.from(new Settings(cfg)), kafka, moderator, Clock.systemUTC(),
        ModerationMain.registry()).start();
    services.add(s);
    return s;
  }

  /** Waits until every instance runs and owns at least one task. */
  void awaitRunningWithTasks() {
    await().atMost(Duration.ofSeconds(90)).until(() -> services.stream().allMatch(s -> s.streams().state() == KafkaStreams.State.RUNNING
        && s.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum() > 0));
  }

  ModerationService get(int i) {
    return services.get(i);
  }

  List<ModerationService> all() {
    return List.copyOf(services);
  }

  @Override
  public void close() {
    services.forEach(ModerationService::close);
  }
}
