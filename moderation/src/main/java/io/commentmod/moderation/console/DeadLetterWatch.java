package io.commentmod.moderation.console;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicFollower;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Counts the records on the dead-letter topic by reading it from the beginning (committed
 * records only, no consumer group), so the count is exact where end offsets would also count
 * transaction markers.
 */
final class DeadLetterWatch implements AutoCloseable {
  private final AtomicLong count = new AtomicLong();
  private final TopicFollower follower;

  DeadLetterWatch(KafkaSettings kafka) {
    this.follower = new TopicFollower("moderation-console-dead-letters", kafka, Map.of(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024),
        List.of(Topics.DEAD_LETTER.name()), TopicFollower.StartAt.beginning(), batch -> count.addAndGet(batch.count()));
  }

  DeadLetterWatch start() {
    follower.start();
    return this;
  }

  long count() {
    return count.get();
  }

  @Override
  public void close() {
    follower.close();
  }
}
