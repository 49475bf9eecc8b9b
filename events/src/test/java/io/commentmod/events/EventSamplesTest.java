package io.commentmod.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each event survives a round trip through its topic's serde unchanged, against a saved sample. */
class EventSamplesTest {
  static Stream<Topic<?>> topics() {
    return Topics.all().stream();
  }

  @ParameterizedTest
  @MethodSource("topics")
  <V> void savedSampleRoundTripsUnchanged(Topic<V> topic) throws IOException {
    byte[] sample = sample(topic.valueSerde().type().getSimpleName());
    V decoded = topic.valueSerde().fromBytes(sample);
    byte[] encoded = topic.valueSerde().toBytes(decoded);

    JsonNode expected = Json.mapper().readTree(sample);
    JsonNode actual = Json.mapper().readTree(encoded);
    assertThat(actual).isEqualTo(expected);
    assertThat(topic.valueSerde().fromBytes(encoded)).isEqualTo(decoded);
  }

  @Test
  void undecodableBytesRaiseASerializationExceptionNamingTheType() {
    assertThatThrownBy(() -> Topics.SUBMITTED.valueSerde().fromBytes("{oops".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("cannot decode CommentSubmitted");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> Topics.PUBLISHED.valueSerde().fromBytes(
        "{\"id\":\"a\",\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void topicNamesAreUnique() {
    assertThat(Topics.all().stream().map(Topic::name).distinct().count()).isEqualTo(Topics.all().size());
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = EventSamplesTest.class.getResourceAsStream("/samples/" + name + ".json")) {
      assertThat(in).as("sample for " + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
