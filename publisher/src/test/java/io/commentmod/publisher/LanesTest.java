package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.publisher.Lanes.After;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanesTest {
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final Lanes lanes = new Lanes(workers, timer);

  @AfterEach
  void stop() {
    workers.shutdownNow();
    timer.shutdownNow();
  }

  @Test
  void jobsOfOneLaneFinishInSubmissionOrderEvenWhenEarlierOnesFailAndWait() {
    List<String> finished = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 30; i++) {
      String name = "a" + i;
      AtomicInteger failuresLeft = new AtomicInteger(ThreadLocalRandom.current().nextInt(3));
      lanes.submit("article-a", resume -> {
        if (failuresLeft.getAndDecrement() > 0) return new After(Duration.ofMillis(ThreadLocalRandom.current().nextInt(20)));
        finished.add(name);
        return Lanes.DONE;
      });
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> finished.size() == 30);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) expected.add("a" + i);
    assertThat(finished).containsExactlyElementsOf(expected);
    assertThat(lanes.active()).isZero();
  }

  @Test
  void aLaneNeverRunsTwoJobsAtOnceWhileOtherLanesRunConcurrently() throws Exception {
    Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    AtomicInteger maxPerLane = new AtomicInteger();
    AtomicInteger overall = new AtomicInteger();
    AtomicInteger maxOverall = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    for (int i = 0; i < 40; i++) {
      String lane = "article-" + (i % 4);
      lanes.submit(lane, resume -> {
        int mine = running.computeIfAbsent(lane, k -> new AtomicInteger()).incrementAndGet();
        maxPerLane.accumulateAndGet(mine, Math::max);
        maxOverall.accumulateAndGet(overall.incrementAndGet(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        overall.decrementAndGet();
        running.get(lane).decrementAndGet();
        done.incrementAndGet();
        return Lanes.DONE;
      });
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> done.get() == 40);
    assertThat(maxPerLane.get()).isEqualTo(1);
    assertThat(maxOverall.get()).isGreaterThan(1);
  }

  @Test
  void aWaitingLaneDoesNotHoldUpOthers() {
    List<String> finished = Collections.synchronizedList(new ArrayList<>());
    lanes.submit("slow", resume -> {
      if (!finished.contains("fast")) return new After(Duration.ofMillis(20));
      finished.add("slow");
      return Lanes.DONE;
    });
    lanes.submit("fast", resume -> {
      finished.add("fast");
      return Lanes.DONE;
    });
    await().atMost(Duration.ofSeconds(5)).until(() -> finished.size() == 2);
    assertThat(finished).containsExactly("fast", "slow");
  }

  @Test
  void aParkedJobContinuesWhenResumedAndTheLaneStaysBlockedUntilThen() throws Exception {
    List<Runnable> parked = new CopyOnWriteArrayList<>();
    List<String> finished = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    lanes.submit("x", resume -> {
      if (calls.getAndIncrement() == 0) {
        parked.add(resume);
        return Lanes.PARKED;
      }
      finished.add("first");
      return Lanes.DONE;
    });
    lanes.submit("x", resume -> {
      finished.add("second");
      return Lanes.DONE;
    });
    Thread.sleep(100);
    assertThat(finished).isEmpty();
    parked.get(0).run();
    await().atMost(Duration.ofSeconds(5)).until(() -> finished.size() == 2);
    assertThat(finished).containsExactly("first", "second");
  }
}
