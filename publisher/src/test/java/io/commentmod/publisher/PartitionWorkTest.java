package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionWorkTest {
  private final PartitionWork work = new PartitionWork(new TopicPartition("comments.approved", 0));

  @Test
  void commitsUpToTheLowestUnsettledRecordAndNeverPastIt() {
    for (long o : new long[] {10, 11, 12, 15}) work.track(o);
    work.settle(11);
    work.settle(12);
    assertThat(work.advance()).isEqualTo(10);
    assertThat(work.advance()).isEqualTo(-1); // unchanged
    work.settle(10);
    assertThat(work.advance()).isEqualTo(15);
    work.settle(15);
    assertThat(work.advance()).isEqualTo(16);
    assertThat(work.inFlight()).isZero();
  }

  @Test
  void nothingHandedOutMeansNothingToCommit() {
    assertThat(work.advance()).isEqualTo(-1);
  }

  @Test
  void settlingAnOffsetNeverHandedOutChangesNothing() {
    work.track(3);
    work.settle(7);
    assertThat(work.advance()).isEqualTo(3);
    assertThat(work.inFlight()).isEqualTo(1);
  }

  @Test
  void revocationRefusesNewSideEffectsAndWaitsForRunningOnes() throws Exception {
    assertThat(work.enter()).isTrue();
    CountDownLatch revoking = new CountDownLatch(1);
    Thread t = new Thread(() -> {
      revoking.countDown();
      try {
        work.revokeAndAwait(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.start();
    revoking.await();
    Thread.sleep(100);
    assertThat(t.isAlive()).as("waits for the running call").isTrue();
    assertThat(work.enter()).isFalse();
    work.exit();
    t.join(5000);
    assertThat(t.isAlive()).isFalse();
    assertThat(work.isRevoked()).isTrue();
  }

  @Test
  void revocationGivesUpWaitingAfterTheTimeout() throws Exception {
    work.enter();
    assertThat(work.revokeAndAwait(Duration.ofMillis(50))).isFalse();
  }
}
