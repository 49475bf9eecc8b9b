package io.commentmod.moderation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.events.FlagName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
  private static Policy parse(String json) {
    return Policy.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedDefaultIsValid() {
    Policy p = Policy.defaults();
    assertThat(p.version()).isEqualTo("default-1");
    assertThat(p.threshold(FlagName.SPAM, "any")).isEqualTo(0.5);
    assertThat(p.autoReject("any")).isEqualTo(0.9);
    assertThat(p.allowedDomains()).contains("nih.gov", "edu", "ac.uk", "doi.org");
    assertThat(p.preModerate("any")).isFalse();
  }

  @Test
  void keysLeftOutTakeTheDefault() {
    Policy p = parse("{\"version\":\"v7\",\"flags\":{\"spam\":{\"autoReject\":0.95}},\"preModerateAll\":true}");
    assertThat(p.version()).isEqualTo("v7");
    assertThat(p.autoReject("a")).isEqualTo(0.95);
    assertThat(p.threshold(FlagName.SPAM, "a")).isEqualTo(0.5);
    assertThat(p.shortenerDomains()).contains("bit.ly");
    assertThat(p.preModerate("a")).isTrue();
  }

  @Test
  void articleSensitivityLowersThatArticlesThresholds() {
    Policy p = parse("{\"version\":\"v\",\"articles\":{\"mushrooms\":{\"sensitivity\":0.1,\"preModerate\":true}}}");
    assertThat(p.threshold(FlagName.SPAM, "mushrooms")).isEqualTo(0.4);
    assertThat(p.autoReject("mushrooms")).isEqualTo(0.8);
    assertThat(p.threshold(FlagName.SPAM, "other")).isEqualTo(0.5);
    assertThat(p.preModerate("mushrooms")).isTrue();
    assertThat(p.preModerate("other")).isFalse();
  }

  @Test
  void anUnknownKeyIsNamed() {
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"flags\":{\"spam\":{\"treshold\":0.4}}}"))
        .isInstanceOf(PolicyException.class).hasMessage("flags.spam.treshold: unknown key");
  }

  @Test
  void anOutOfRangeValueIsNamed() {
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"flags\":{\"self_harm\":{\"threshold\":1.5}}}"))
        .hasMessage("flags.self_harm.threshold: must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"flood\":{\"maxComments\":2.5}}"))
        .hasMessage("flood.maxComments: must be a whole number, was 2.5");
  }

  @Test
  void aWrongTypeIsNamed() {
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"preModerateAll\":\"yes\"}")).hasMessage("preModerateAll: must be true or false");
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"domains\":{\"allowed\":[\"nih.gov\", 3]}}"))
        .hasMessage("domains.allowed[1]: must be a non-blank string");
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"articles\":{\"x\":{\"sensitivity\":\"high\"}}}"))
        .hasMessage("articles.x.sensitivity: must be a number");
  }

  @Test
  void inconsistentValuesAreNamed() {
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"flags\":{\"spam\":{\"threshold\":0.6,\"autoReject\":0.5}}}"))
        .hasMessage("flags.spam.autoReject: must not be below flags.spam.threshold (0.6)");
    assertThatThrownBy(() -> parse("{\"version\":\"  \"}")).hasMessage("version: must be a non-blank string");
    assertThatThrownBy(() -> parse("{\"version\":\"v\",\"domains\":{\"blocked\":[\"not a domain\"]}}"))
        .hasMessage("domains.blocked[0]: not a domain name: not a domain");
  }

  @Test
  void brokenJsonIsReported() {
    assertThatThrownBy(() -> parse("{\"version\":")).isInstanceOf(PolicyException.class).hasMessageStartingWith("(root): policy is not valid JSON");
    assertThatThrownBy(() -> parse("[]")).hasMessage("(root): must be a JSON object");
  }

  @Test
  void loadsFromAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "{\"version\":\"from-file\"}");
    assertThat(Policy.load(f).version()).isEqualTo("from-file");
  }
}
