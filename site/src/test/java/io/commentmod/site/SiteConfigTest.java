package io.commentmod.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigTest {
  private static final Settings MINIMAL = new Settings(Map.of("SITE_WEBHOOK_SECRET", "s", "INGEST_API_KEY", "k"));

  @Test
  void defaultsFillEverythingButTheSecrets() {
    SiteConfig c = SiteConfig.from(MINIMAL);
    assertThat(c.port()).isEqualTo(8083);
    assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(c.databaseFile()).isEqualTo(Path.of("./data/site/site").toAbsolutePath());
    assertThat(c.ingestUrl()).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(c.replayWindow()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void siteDataDirWinsOverTheSharedDataDir() {
    assertThat(SiteConfig.from(MINIMAL.with(Map.of("DATA_DIR", "/var/shared"))).dataDir()).isEqualTo(Path.of("/var/shared"));
    assertThat(SiteConfig.from(MINIMAL.with(Map.of("DATA_DIR", "/var/shared", "SITE_DATA_DIR", "/var/site"))).dataDir())
        .isEqualTo(Path.of("/var/site"));
  }

  @Test
  void missingSecretsNameTheirKeys() {
    assertThatThrownBy(() -> SiteConfig.from(new Settings(Map.of("INGEST_API_KEY", "k")))).hasMessageStartingWith("SITE_WEBHOOK_SECRET");
    assertThatThrownBy(() -> SiteConfig.from(new Settings(Map.of("SITE_WEBHOOK_SECRET", "s")))).hasMessageStartingWith("INGEST_API_KEY");
  }

  @Test
  void badValuesNameTheirKeys() {
    assertThatThrownBy(() -> SiteConfig.from(MINIMAL.with(Map.of("INGEST_URL", "localhost:8080")))).hasMessageStartingWith("INGEST_URL");
    assertThatThrownBy(() -> SiteConfig.from(MINIMAL.with(Map.of("SITE_REPLAY_WINDOW", "PT0S")))).hasMessageStartingWith("SITE_REPLAY_WINDOW");
    assertThatThrownBy(() -> SiteConfig.from(MINIMAL.with(Map.of("SITE_PORT", "-1")))).hasMessageStartingWith("SITE_PORT");
  }
}
