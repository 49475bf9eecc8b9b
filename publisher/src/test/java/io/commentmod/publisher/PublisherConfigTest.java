package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublisherConfigTest {
  private static final Settings MINIMAL =
      new Settings(Map.of("SITE_WEBHOOK_URL", "http://localhost:8083/webhooks/comments", "SITE_WEBHOOK_SECRET", "s3cret"));

  @Test
  void defaultsFillEverythingButUrlAndSecret() {
    PublisherConfig c = PublisherConfig.from(MINIMAL);
    assertThat(c.webhookUrl()).isEqualTo(URI.create("http://localhost:8083/webhooks/comments"));
    assertThat(c.port()).isEqualTo(8082);
    assertThat(c.groupId()).isEqualTo("publisher");
    assertThat(c.maxAttempts()).isEqualTo(20);
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.backoffInitial()).isEqualTo(Duration.ofMillis(500));
    assertThat(c.backoffMax()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void theWebhookIsTheDefaultTargetAndFourArticlesGoAtOnce() {
    PublisherConfig c = PublisherConfig.from(MINIMAL);
    assertThat(c.target()).isEqualTo(PublisherConfig.Target.WEBHOOK);
    assertThat(c.concurrency()).isEqualTo(4);
    assertThat(c.wordpress()).isNull();
  }

  @Test
  void wordpressNeedsItsUrlUserAndApplicationPasswordButNoWebhook() {
    Settings wp = new Settings(Map.of("PUBLISHER_TARGET", "wordpress", "WORDPRESS_URL", "https://blog.example.org",
        "WORDPRESS_USER", "pipeline", "WORDPRESS_APP_PASSWORD", "abcd efgh ijkl"));
    PublisherConfig c = PublisherConfig.from(wp);
    assertThat(c.target()).isEqualTo(PublisherConfig.Target.WORDPRESS);
    assertThat(c.wordpress().url()).isEqualTo(URI.create("https://blog.example.org"));
    assertThat(c.wordpress().user()).isEqualTo("pipeline");
    assertThat(c.toString()).doesNotContain("abcd efgh ijkl");
    assertThat(c.wordpress().toString()).doesNotContain("abcd efgh ijkl");

    for (String key : new String[] {"WORDPRESS_URL", "WORDPRESS_USER", "WORDPRESS_APP_PASSWORD"}) {
      var without = new java.util.HashMap<>(wp.asMap());
      without.remove(key);
      assertThatThrownBy(() -> PublisherConfig.from(new Settings(without))).hasMessageStartingWith(key);
    }
    assertThatThrownBy(() -> PublisherConfig.from(wp.with(Map.of("WORDPRESS_URL", "ftp://blog"))))
        .hasMessageStartingWith("WORDPRESS_URL");
  }

  @Test
  void anUnknownTargetOrConcurrencyNamesTheKey() {
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_TARGET", "ghost"))))
        .hasMessageStartingWith("PUBLISHER_TARGET");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_CONCURRENCY", "0"))))
        .hasMessageStartingWith("PUBLISHER_CONCURRENCY");
  }

  @Test
  void theSecretNeverShowsInToString() {
    assertThat(PublisherConfig.from(MINIMAL).toString()).doesNotContain("s3cret");
  }

  @Test
  void missingUrlNamesTheKey() {
    assertThatThrownBy(() -> PublisherConfig.from(new Settings(Map.of("SITE_WEBHOOK_SECRET", "x"))))
        .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("SITE_WEBHOOK_URL");
  }

  @Test
  void relativeOrNonHttpUrlNamesTheKey() {
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("SITE_WEBHOOK_URL", "/webhooks"))))
        .hasMessageStartingWith("SITE_WEBHOOK_URL");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("SITE_WEBHOOK_URL", "ftp://site/x"))))
        .hasMessageStartingWith("SITE_WEBHOOK_URL");
  }

  @Test
  void missingSecretNamesTheKey() {
    assertThatThrownBy(() -> PublisherConfig.from(new Settings(Map.of("SITE_WEBHOOK_URL", "http://site/x"))))
        .hasMessageStartingWith("SITE_WEBHOOK_SECRET");
  }

  @Test
  void badNumbersAndDurationsNameTheirKeys() {
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_MAX_ATTEMPTS", "0"))))
        .hasMessageStartingWith("PUBLISHER_MAX_ATTEMPTS");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_BACKOFF_MAX", "PT0.1S"))))
        .hasMessageStartingWith("PUBLISHER_BACKOFF_MAX");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_REQUEST_TIMEOUT", "soon"))))
        .hasMessageStartingWith("PUBLISHER_REQUEST_TIMEOUT");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_REQUEST_TIMEOUT", "PT10M"))))
        .hasMessageStartingWith("PUBLISHER_REQUEST_TIMEOUT");
    assertThatThrownBy(() -> PublisherConfig.from(MINIMAL.with(Map.of("PUBLISHER_PORT", "70000"))))
        .hasMessageStartingWith("PUBLISHER_PORT");
  }
}
