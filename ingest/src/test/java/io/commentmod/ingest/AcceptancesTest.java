package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AcceptancesTest {
  private static final Acceptances.Accepted A = new Acceptances.Accepted("h", "art", Instant.EPOCH);

  @Test
  void theLeastRecentlyUsedIdIsForgottenFirst() {
    Acceptances cache = new Acceptances(2);
    cache.put("one", A);
    cache.put("two", A);
    cache.get("one");
    cache.put("three", A);
    assertThat(cache.get("one")).isPresent();
    assertThat(cache.get("two")).isEmpty();
    assertThat(cache.get("three")).isPresent();
  }

  @Test
  void aSecondClaimOnAnIdWaitsForTheFirstToClose() throws Exception {
    Acceptances cache = new Acceptances(10);
    Acceptances.Claim first = cache.claim("id", Duration.ofSeconds(1));
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
      waiting.countDown();
      try (Acceptances.Claim c = cache.claim("id", Duration.ofSeconds(5))) {
        assertThat(cache.get("id")).isPresent(); // sees what the first one stored
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    waiting.await();
    Thread.sleep(100);
    assertThat(second).isNotDone();
    cache.put("id", A);
    first.close();
    second.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aClaimGivesUpAfterItsWait() throws Exception {
    Acceptances cache = new Acceptances(10);
    try (Acceptances.Claim held = cache.claim("id", Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> cache.claim("id", Duration.ofMillis(50))).isInstanceOf(TimeoutException.class);
      try (Acceptances.Claim other = cache.claim("other-id", Duration.ofMillis(50))) {
        assertThat(other).isNotNull();
      }
    }
  }
}
