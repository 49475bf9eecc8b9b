package io.commentmod.standalone.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The shared logback.xml: LOG_FORMAT=json writes one JSON object a line with the message, level,
 * logger and the logging context (comment id, request and trace ids); the default is readable text
 * carrying the same context.
 */
class StructuredLogTest {

  @Test
  void jsonFormatIsOneObjectALineWithTheCommentAndTraceIds() throws Exception {
    List<String> lines = logWith("json");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode accepted = json.readTree(lines.get(0));
    assertThat(accepted.path("level").asText()).isEqualTo("INFO");
    assertThat(accepted.path("loggerName").asText()).isEqualTo("io.commentmod.ingest.SubmitHandler");
    assertThat(accepted.path("formattedMessage").asText()).isEqualTo("Accepted comment c-1 on article a-1");
    assertThat(accepted.path("mdc").path("commentId").asText()).isEqualTo("c-1");
    assertThat(accepted.path("mdc").path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(accepted.path("mdc").path("requestId").asText()).isEqualTo("r-1");
    assertThat(accepted.has("timestamp")).isTrue();

    JsonNode failed = json.readTree(lines.get(1));
    assertThat(failed.path("level").asText()).isEqualTo("WARN");
    assertThat(failed.path("throwable").path("className").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(failed.path("mdc").isMissingNode() || failed.path("mdc").isEmpty()).as("context cleared").isTrue();
  }

  @Test
  void textFormatIsReadableAndCarriesTheSameContext() throws Exception {
    List<String> lines = logWith(null);
    assertThat(lines.get(0)).contains("INFO ").contains("ingest.SubmitHandler {").contains("commentId=c-1")
        .endsWith("- Accepted comment c-1 on article a-1");
    assertThat(lines.get(1)).contains("WARN ").doesNotContain("{}").contains("- Delivery failed");
    assertThat(lines).anyMatch(l -> l.startsWith("java.lang.IllegalStateException: site down"));
  }

  /** Configures a fresh logback from the shipped logback.xml, logs two events, returns stdout's lines. */
  private static List<String> logWith(String format) throws Exception {
    URL config = null;
    for (URL u : Collections.list(StructuredLogTest.class.getClassLoader().getResources("logback.xml"))) {
      if (config == null) config = u;
    }
    assertThat(config).as("logback.xml from the events module").isNotNull();
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LoggerContext context = new LoggerContext();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      context.setMDCAdapter(MDC.getMDCAdapter());
      if (format != null) context.putProperty("LOG_FORMAT", format);
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(config);
      Logger submit = context.getLogger("io.commentmod.ingest.SubmitHandler");
      MDC.put("requestId", "r-1");
      MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
      MDC.put("commentId", "c-1");
      submit.info("Accepted comment {} on article {}", "c-1", "a-1");
      MDC.clear();
      context.getLogger("io.commentmod.publisher.DeliveryLoop").warn("Delivery failed", new IllegalStateException("site down"));
    } finally {
      context.stop();
      System.setOut(original);
      MDC.clear();
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
