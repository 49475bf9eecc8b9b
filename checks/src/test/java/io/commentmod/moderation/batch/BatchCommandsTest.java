package io.commentmod.moderation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandsTest {
  @TempDir Path dir;

  private Path fixture(String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/batch/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private int run(ByteArrayOutputStream out, String... args) {
    return BatchCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void classifyWritesOneLineePerInputLineInOrderAndReportsBadLines() throws Exception {
    Path out = dir.resolve("out.jsonl");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code = run(console, "classify", "--input", fixture("submissions.jsonl").toString(), "--output", out.toString());
    assertThat(code).isEqualTo(1);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    JsonNode ok = Json.mapper().readTree(lines.get(0));
    assertThat(ok.get("id").asText()).isEqualTo("s1");
    assertThat(ok.get("route").asText()).isEqualTo("approved");
    assertThat(ok.get("action").asText()).isEqualTo("approve");
    assertThat(ok.get("flags").size()).isZero();

    JsonNode spam = Json.mapper().readTree(lines.get(1));
    assertThat(spam.get("route").asText()).isEqualTo("spam");
    assertThat(spam.get("action").asText()).isEqualTo("reject");
    JsonNode flag = spam.get("flags").get(0);
    assertThat(flag.get("name").asText()).isEqualTo("spam");
    assertThat(flag.get("score").asDouble()).isBetween(0.9, 1.0);
    JsonNode link = flag.get("reasons").findParents("check").stream().filter(r -> r.get("check").asText().equals("links")).findFirst().orElseThrow();
    assertThat(link.get("detail").asText()).isEqualTo("disguised link 'gummy-deals dot com'");
    assertThat(link.get("spans").get(0).get("start").asInt()).isEqualTo(52);
    assertThat(link.get("spans").get(0).get("end").asInt()).isEqualTo(71);

    JsonNode bad = Json.mapper().readTree(lines.get(2));
    assertThat(bad.has("id")).isFalse();
    assertThat(bad.get("error").asText()).startsWith("line 3: not valid JSON");
    JsonNode noBody = Json.mapper().readTree(lines.get(3));
    assertThat(noBody.get("id").asText()).isEqualTo("s4");
    assertThat(noBody.get("error").asText()).isEqualTo("line 4: body: missing or not a string");

    JsonNode phone = Json.mapper().readTree(lines.get(4));
    assertThat(phone.get("route").asText()).isEqualTo("spam");
    assertThat(phone.get("action").asText()).isEqualTo("review");
    assertThat(phone.get("policyVersion").asText()).isEqualTo("default-1");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("2 line(s) had errors");
  }

  @Test
  void evaluateReportsPerFlagMetricsRoutesAndLegitimateHolds() throws Exception {
    Path report = dir.resolve("report.json");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code = run(console, "evaluate", "--input", fixture("labelled.jsonl").toString(), "--report", report.toString(),
        "--datasets", dir.resolve("no-datasets").toString());
    assertThat(code).isZero();
    JsonNode r = Json.mapper().readTree(report.toFile());
    assertThat(r.get("comments").asInt()).isEqualTo(4);
    JsonNode spam = r.get("flags").get("spam");
    assertThat(spam.get("truePositives").asInt()).isEqualTo(1);
    assertThat(spam.get("falsePositives").asInt()).isEqualTo(1);
    assertThat(spam.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(spam.get("recall").asDouble()).isEqualTo(1.0);
    assertThat(r.get("flags").get("medical_advice").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(r.get("routeAccuracy").asDouble()).isEqualTo(0.75);
    assertThat(r.get("legitimate").get("held").asInt()).isEqualTo(1);
    assertThat(r.get("legitimate").get("heldShare").asDouble()).isEqualTo(0.5);
    assertThat(r.get("harmfulAutoApproved").get("medical_advice").asInt()).isEqualTo(0);
    assertThat(r.get("confusion").get("medical").get("medical").asInt()).isEqualTo(1);
    assertThat(r.get("confusion").get("spam").get("spam-reject").asInt()).isEqualTo(1);
    assertThat(r.get("confusion").get("approved").get("spam-reject").asInt()).isEqualTo(1);
    assertThat(r.get("legitimate").get("autoRejectedShare").asDouble()).isEqualTo(0.5);
    assertThat(r.get("youtubeLeaveOneVideoOut").get("available").asBoolean()).isFalse();
    assertThat(r.get("twitterSuicidalIntention").get("available").asBoolean()).isFalse();
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("route accuracy: 0.750");
  }

  @Test
  void usageErrorsExitTwo() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    assertThat(run(console, "classify", "--input")).isEqualTo(2);
    assertThat(run(console, "frobnicate")).isEqualTo(2);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void aBadPolicyFileNamesTheKey() throws Exception {
    Path policy = dir.resolve("p.json");
    Files.writeString(policy, "{\"version\":\"v\",\"wave\":{\"minAuthors\":1}}");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    assertThat(run(console, "classify", "--input", fixture("submissions.jsonl").toString(), "--output", dir.resolve("o").toString(),
        "--policy", policy.toString())).isEqualTo(2);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("bad policy: wave.minAuthors: must be between 2 and 1000, was 1");
  }
}
