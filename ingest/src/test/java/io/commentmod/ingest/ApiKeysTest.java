package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
  private final ApiKeys keys = new ApiKeys(List.of("alpha-key", "beta-key"));

  @Test
  void aConfiguredBearerKeyIsAcceptedWithAStableFingerprint() {
    assertThat(keys.authenticate("Bearer alpha-key")).isPresent();
    assertThat(keys.authenticate("bearer   alpha-key ")).isEqualTo(keys.authenticate("Bearer alpha-key"));
    assertThat(keys.authenticate("Bearer beta-key")).isPresent().isNotEqualTo(keys.authenticate("Bearer alpha-key"));
  }

  @Test
  void theFingerprintDoesNotContainTheKey() {
    assertThat(keys.authenticate("Bearer alpha-key").orElseThrow()).doesNotContain("alpha").hasSize(32);
  }

  @Test
  void anythingElseIsRefused() {
    assertThat(keys.authenticate(null)).isEmpty();
    assertThat(keys.authenticate("")).isEmpty();
    assertThat(keys.authenticate("Bearer ")).isEmpty();
    assertThat(keys.authenticate("Bearer alpha-ke")).isEmpty();
    assertThat(keys.authenticate("Basic alpha-key")).isEmpty();
    assertThat(keys.authenticate("alpha-key")).isEmpty();
  }
}
