package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.commentmod.webhook.WebhookSignature;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification recipes in docs/publishing.md, run as written against what the publisher sends. */
class PublishingDocsTest {
  private static final Path DOC = Path.of("..", "docs", "publishing.md");
  private static final String SECRET = "docs-secret";
  @TempDir Path dir;

  record Run(int status, String output) {}

  /** The fenced block after {@code <!-- test: name -->}. */
  static String example(String name) throws IOException {
    String doc = Files.readString(DOC);
    int marker = doc.indexOf("<!-- test: " + name + " -->");
    assertThat(marker).as("example %s in %s", name, DOC).isNotNegative();
    int start = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
    return doc.substring(start, doc.indexOf("\n```", start) + 1);
  }

  private Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static boolean has(String tool) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private byte[] body() throws IOException {
    byte[] body = "{\"id\":\"c-1\",\"articleId\":\"lions-mane\",\"author\":{\"name\":\"Zoë\"},\"body\":\"Ünïcode & <b>bytes</b>\"}"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("body.json"), body);
    return body;
  }

  @Test
  void thePlainJavaVerifierRunsAsDocumentedAndAcceptsWhatThePublisherSigns() throws Exception {
    Files.writeString(dir.resolve("VerifyWebhook.java"), example("verify-java"));
    long ts = Instant.now().getEpochSecond();
    String sig = new WebhookSignature(SECRET).sign(ts, body());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Run ok = run(List.of(java, "VerifyWebhook.java", SECRET, Long.toString(ts), sig, "body.json"), Map.of());
    assertThat(ok.output()).contains("valid");
    assertThat(ok.status()).isZero();
  }

  @Test
  void thePlainJavaVerifierRefusesATamperedBodyTheWrongSecretAndAnOldTimestamp() throws Exception {
    Path src = dir.resolve("VerifyWebhook.java");
    Files.writeString(src, example("verify-java"));
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), src.toString())).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
      Method verify = loader.loadClass("VerifyWebhook").getDeclaredMethod("verify", String.class, String.class, String.class, byte[].class, long.class);
      verify.setAccessible(true);
      long now = Instant.now().getEpochSecond();
      byte[] body = body();
      String sig = new WebhookSignature(SECRET).sign(now, body);

      assertThat(verify.invoke(null, SECRET, Long.toString(now), sig, body, now)).isEqualTo(true);
      assertThat(verify.invoke(null, SECRET, Long.toString(now), sig, "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8), now)).isEqualTo(false);
      assertThat(verify.invoke(null, "other", Long.toString(now), sig, body, now)).isEqualTo(false);
      assertThat(verify.invoke(null, SECRET, Long.toString(now), sig, body, now + 301)).isEqualTo(false);
      assertThat(verify.invoke(null, SECRET, Long.toString(now), "sha256=zz", body, now)).isEqualTo(false);
      assertThat(verify.invoke(null, SECRET, null, sig, body, now)).isEqualTo(false);
    }
  }

  @Test
  void theShellVerifierAcceptsWhatThePublisherSignsAndRefusesTheWrongSecretOrAnOldTimestamp() throws Exception {
    assumeTrue(has("openssl") && has("bash"), "needs bash and openssl");
    String script = example("verify-sh");
    long ts = Instant.now().getEpochSecond();
    String sig = new WebhookSignature(SECRET).sign(ts, body());

    Run ok = run(List.of("bash", "-c", script), Map.of("SECRET", SECRET, "TIMESTAMP", Long.toString(ts), "SIGNATURE", sig));
    assertThat(ok.output().strip()).isEqualTo("valid");
    assertThat(ok.status()).isZero();

    Run wrongSecret = run(List.of("bash", "-c", script), Map.of("SECRET", "other", "TIMESTAMP", Long.toString(ts), "SIGNATURE", sig));
    assertThat(wrongSecret.output().strip()).isEqualTo("INVALID");

    long old = ts - 600;
    String oldSig = new WebhookSignature(SECRET).sign(old, body());
    Run stale = run(List.of("bash", "-c", script), Map.of("SECRET", SECRET, "TIMESTAMP", Long.toString(old), "SIGNATURE", oldSig));
    assertThat(stale.output().strip()).isEqualTo("INVALID");
  }

  @Test
  void theHandSignedCurlRequestIsAcceptedByASiteThatVerifies() throws Exception {
    assumeTrue(has("openssl") && has("bash") && has("curl"), "needs bash, openssl and curl");
    try (StandInSite site = new StandInSite(SECRET)) {
      Run sent = run(List.of("bash", "-c", example("send-sh")), Map.of("SECRET", SECRET, "URL", site.url().toString()));
      assertThat(sent.output().strip()).isEqualTo("200");
      assertThat(site.received("c-test-1")).singleElement().satisfies(r -> assertThat(r.signatureValid()).isTrue());
      assertThat(site.stored("c-test-1").get("body").asText()).isEqualTo("Signed by hand.");
    }
  }
}
