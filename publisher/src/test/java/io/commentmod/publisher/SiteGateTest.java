package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.publisher.SiteGate.Pass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SiteGateTest {
  private Instant now = Instant.parse("2026-03-01T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  // jitter at its floor: half of 1 s, 2 s, 4 s ... capped at 8 s
  private final SiteGate gate = new SiteGate(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1), () -> 0.0), clock, timer);
  private final AtomicInteger woken = new AtomicInteger();
  private final Runnable wake = woken::incrementAndGet;

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void anAnsweringSiteLetsEveryRequestThrough() {
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.FREE);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.FREE);
    assertThat(gate.isOpen()).isTrue();
  }

  @Test
  void afterAFailureOthersWaitThenExactlyOneProbes() {
    gate.failed(Pass.FREE, null);
    assertThat(gate.isOpen()).isFalse();
    assertThat(gate.tryPass(wake)).isNull();

    now = now.plusSeconds(1);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.PROBE);
    assertThat(gate.tryPass(wake)).as("a second request while the probe is out").isNull();
  }

  @Test
  void aSuccessfulProbeOpensTheGateAndWakesEveryoneWaiting() {
    gate.failed(Pass.FREE, null);
    List<Integer> order = new ArrayList<>();
    gate.tryPass(() -> order.add(1));
    gate.tryPass(() -> order.add(2));
    now = now.plusSeconds(1);
    Pass probe = gate.tryPass(wake);

    gate.answered(probe);

    assertThat(order).containsExactly(1, 2);
    assertThat(gate.isOpen()).isTrue();
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.FREE);
  }

  @Test
  void eachFailedProbeDoublesTheWait() {
    gate.failed(Pass.FREE, null); // closed for 500 ms
    now = now.plusMillis(499);
    assertThat(gate.tryPass(wake)).isNull();
    now = now.plusMillis(1);
    Pass probe = gate.tryPass(wake);
    assertThat(probe).isEqualTo(Pass.PROBE);
    gate.failed(probe, null); // 1 s
    now = now.plusMillis(999);
    assertThat(gate.tryPass(wake)).isNull();
    now = now.plusMillis(1);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.PROBE);
  }

  @Test
  void failuresOfRequestsAlreadyInFlightDoNotEscalate() {
    gate.failed(Pass.FREE, null); // the first failure closes for ~1 s
    gate.failed(Pass.FREE, null); // others that were already running fail too
    gate.failed(Pass.FREE, null);
    now = now.plusSeconds(1);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.PROBE);
  }

  @Test
  void retryAfterKeepsTheGateClosedForAsLongAsTheSiteAsked() {
    gate.failed(Pass.FREE, Duration.ofSeconds(30));
    now = now.plusSeconds(29);
    assertThat(gate.tryPass(wake)).isNull();
    now = now.plusSeconds(1);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.PROBE);
  }

  @Test
  void anUnusedProbeIsGivenBackForSomeoneElse() {
    gate.failed(Pass.FREE, null);
    now = now.plusSeconds(1);
    Pass probe = gate.tryPass(wake);
    gate.tryPass(wake);
    gate.cancel(probe);
    assertThat(woken.get()).isEqualTo(1);
    assertThat(gate.tryPass(wake)).isEqualTo(Pass.PROBE);
  }

  @Test
  void waitersAreWokenWhenTheWaitEnds() throws Exception {
    // closed for 1 s of real time: long enough that even a loaded machine asks before it ends
    SiteGate real = new SiteGate(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0.0),
        Clock.systemUTC(), timer);
    real.failed(Pass.FREE, null);
    assertThat(real.tryPass(wake)).isNull();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() == 1);
    assertThat(real.tryPass(wake)).isEqualTo(Pass.PROBE);
  }
}
