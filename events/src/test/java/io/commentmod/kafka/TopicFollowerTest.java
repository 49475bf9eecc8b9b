package io.commentmod.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The follower's own contract (assignment of every partition, start position, hand-off, stop and
 * close) over Kafka's MockConsumer; the services that use it are tested on a real broker.
 */
class TopicFollowerTest {
  private static final String TOPIC = "t";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final List<String> seen = new CopyOnWriteArrayList<>();

  TopicFollowerTest() {
    Node n = new Node(0, "localhost", 9092);
    consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, n, null, null), new PartitionInfo(TOPIC, 1, n, null, null)));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
  }

  private TopicFollower follower(TopicFollower.StartAt at, TopicFollower.Handler handler) {
    return new TopicFollower("test-follower", consumer, List.of(TOPIC), at, handler);
  }

  private static ConsumerRecord<byte[], byte[]> record(TopicPartition p, long offset, String value) {
    return new ConsumerRecord<>(p.topic(), p.partition(), offset, null, value.getBytes(StandardCharsets.UTF_8));
  }

  private void collect(org.apache.kafka.clients.consumer.ConsumerRecords<byte[], byte[]> batch) {
    batch.forEach(r -> seen.add(new String(r.value(), StandardCharsets.UTF_8)));
  }

  private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean() && System.nanoTime() < until) Thread.sleep(10);
  }

  @Test
  void fromTheBeginningEveryPartitionIsReadFromItsFirstRecord() throws Exception {
    try (TopicFollower f = follower(TopicFollower.StartAt.beginning(), this::collect).startNow()) {
      assertThat(consumer.assignment()).containsExactlyInAnyOrder(P0, P1);
      consumer.addRecord(record(P0, 0, "a"));
      consumer.addRecord(record(P0, 1, "b"));
      consumer.addRecord(record(P1, 0, "c"));
      await(() -> seen.size() == 3);
      assertThat(seen).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(f.following()).isTrue();
    }
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void fromTheEndOnlyRecordsWrittenAfterTheStartArrive() throws Exception {
    try (TopicFollower f = follower(TopicFollower.StartAt.end(), this::collect).startNow()) {
      assertThat(consumer.position(P0)).isEqualTo(2L);
      assertThat(consumer.position(P1)).isEqualTo(1L);
      consumer.addRecord(record(P0, 2, "new"));
      await(() -> !seen.isEmpty());
      assertThat(seen).containsExactly("new");
    }
  }

  @Test
  void aFailingHandlerStopsFollowingAndTheConsumerIsClosed() throws Exception {
    TopicFollower f = follower(TopicFollower.StartAt.beginning(), batch -> {
      throw new IllegalStateException("handler broke");
    }).start();
    consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 0, "a")));
    await(() -> !f.following());
    assertThat(f.following()).isFalse();
    assertThat(consumer.closed()).isTrue();
    f.close();
  }

  @Test
  void closingAFollowerThatNeverStartedClosesItsConsumer() {
    follower(TopicFollower.StartAt.beginning(), this::collect).close();
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void closeReturnsPromptlyWhileThePollWaits() throws Exception {
    TopicFollower f = follower(TopicFollower.StartAt.beginning(), this::collect).startNow();
    long started = System.nanoTime();
    f.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(f.following()).isFalse();
  }
}
