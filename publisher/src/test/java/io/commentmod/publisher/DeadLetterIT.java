package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code publisher dlq list} and {@code publisher dlq redrive}: dead letters are not a grave. */
@ExtendWith(KafkaClusterExtension.class)
class DeadLetterIT {
  private Harness h;

  @BeforeEach
  void connect(KafkaSettings kafka) {
    h = new Harness(kafka);
  }

  @AfterEach
  void close() throws Exception {
    h.close();
  }

  record Run(int status, String out, String err) {}

  private Run dlq(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status = new DeadLetterCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args), new Settings(Map.of(KafkaSettings.BOOTSTRAP, h.kafka.bootstrapServers())));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDeadLetterIsListedWithItsReasonRedrivenOnceDeliveredAndNotListedAgain() throws Exception {
    String group = h.group();
    String refused = Comments.uniqueId("refused");
    String other = Comments.uniqueId("other");
    StandInSite site = h.site().script(refused, 422).script(other, 400);
    h.approve(Comments.approved(refused, "lions-mane", "the site's validation was wrong"));
    h.approve(Comments.approved(other, "lions-mane", "stays dead"));
    h.publisher(site, group);
    h.readAll(Topics.DEAD_LETTER, refused, other);

    Run listed = dlq("list");
    assertThat(listed.status()).isZero();
    String line = listed.out().lines().filter(l -> l.contains(refused)).findFirst().orElseThrow();
    assertThat(line).contains("comments.approved", "permanent failure after 1 attempt(s): site answered 422");
    String deadLetterId = line.split("\\s+")[0];

    Run redriven = dlq("redrive", "--id", deadLetterId);
    assertThat(redriven.status()).as(redriven.err()).isZero();
    assertThat(redriven.out()).contains("Redrove " + deadLetterId, refused);
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(refused) != null);
    assertThat(site.writes(refused)).isEqualTo(1);

    Run after = dlq("list");
    assertThat(after.out()).doesNotContain(refused).contains(other);
    assertThat(dlq("list", "--all").out()).contains(refused, "[redriven]");
    Run again = dlq("redrive", "--id", refused);
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err()).contains("No waiting publisher dead letter", refused);
  }

  @Test
  void theShadedJarRunsTheDlqCommand() throws Exception {
    Path jar = Path.of("target", "publisher.jar");
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "dlq", "list");
    pb.environment().put(KafkaSettings.BOOTSTRAP, h.kafka.bootstrapServers());
    Path out = Files.createTempFile("dlq", ".txt");
    pb.redirectErrorStream(true).redirectOutput(out.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    String printed = Files.readString(out);
    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(printed).containsAnyOf("ID", "No publisher dead letters waiting.");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(dlq().status()).isEqualTo(2);
    assertThat(dlq("bury").status()).isEqualTo(2);
    assertThat(dlq("list", "--id", "x").status()).isEqualTo(2);
    assertThat(dlq("--help").status()).isZero();
  }
}
