package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void keysAreReadCommaSeparatedAndThePortDefaultsTo8080() {
    IngestConfig c = IngestConfig.from(new Settings(Map.of("INGEST_API_KEYS", " key-one , key-two,,")));
    assertThat(c.apiKeys()).containsExactly("key-one", "key-two");
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.idempotencyCacheSize()).isEqualTo(100_000);
  }

  @Test
  void missingApiKeysStopStartUpNamingTheKey() {
    assertThatThrownBy(() -> IngestConfig.from(new Settings(Map.of())))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.key()).isEqualTo("INGEST_API_KEYS"))
        .hasMessageStartingWith("INGEST_API_KEYS");
  }

  @Test
  void anApiKeyListWithNoKeyInItStopsStartUpNamingTheKey() {
    assertThatThrownBy(() -> IngestConfig.from(new Settings(Map.of("INGEST_API_KEYS", " , ,"))))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.key()).isEqualTo("INGEST_API_KEYS"));
  }

  @Test
  void aKeyWithSpacesIsRefused() {
    assertThatThrownBy(() -> IngestConfig.from(new Settings(Map.of("INGEST_API_KEYS", "two words"))))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.key()).isEqualTo("INGEST_API_KEYS"));
  }

  @Test
  void aBadPortNamesINGEST_PORT() {
    assertThatThrownBy(() -> IngestConfig.from(new Settings(Map.of("INGEST_API_KEYS", "k", "INGEST_PORT", "70000"))))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.key()).isEqualTo("INGEST_PORT"));
    assertThat(IngestConfig.from(new Settings(Map.of("INGEST_API_KEYS", "k", "INGEST_PORT", "0"))).port()).isZero();
  }

  @Test
  void constructingDirectlyValidatesTheSameWay() {
    assertThatThrownBy(() -> new IngestConfig(8080, List.of(), 10))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.key()).isEqualTo("INGEST_API_KEYS"));
    assertThat(new IngestConfig(0, List.of(IngestConfig.STANDALONE_LOCAL_KEY), 10).apiKeys()).containsExactly("local-dev-key");
  }

  @Test
  void keysNeverAppearInToString() {
    assertThat(new IngestConfig(8080, List.of("s3cret-key"), 10).toString()).doesNotContain("s3cret-key");
  }
}
