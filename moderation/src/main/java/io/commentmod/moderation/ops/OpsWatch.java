package io.commentmod.moderation.ops;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicFollower;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an {@link OpsHistory} from the topics every instance can read, whole-cluster and from six
 * hours back, so a restarted console shows the same history: verdicts, approvals and rejections
 * (for moderators' decision times), publisher receipts and dead letters. Reads committed records only, without a consumer group.
 */
public final class OpsWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpsWatch.class);

  private final OpsHistory history;
  private final TopicFollower follower;

  public OpsWatch(KafkaSettings kafka, OpsHistory history, Clock clock) {
    this.history = history;
    long from = clock.millis() - OpsHistory.BUCKET.multipliedBy(OpsHistory.BUCKETS).toMillis();
    this.follower = new TopicFollower("moderation-console-ops", kafka, Map.of(),
        List.of(Topics.VERDICTS.name(), Topics.APPROVED.name(), Topics.REJECTED.name(), Topics.PUBLISHED.name(), Topics.DEAD_LETTER.name()),
        TopicFollower.StartAt.since(from), batch -> batch.forEach(this::take));
  }

  public OpsWatch start() {
    follower.start();
    return this;
  }

  private void take(ConsumerRecord<byte[], byte[]> r) {
    Instant stamped = Instant.ofEpochMilli(r.timestamp());
    try {
      if (r.topic().equals(Topics.VERDICTS.name())) {
        CommentModerated v = Topics.VERDICTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (v != null) history.verdict(v, v.moderatedAt() == null ? stamped : v.moderatedAt());
      } else if (r.topic().equals(Topics.APPROVED.name())) {
        CommentApproved a = Topics.APPROVED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (a != null && a.comment() != null) history.decided(a.approvedBy(), a.comment().receivedAt(), a.approvedAt() == null ? stamped : a.approvedAt());
      } else if (r.topic().equals(Topics.REJECTED.name())) {
        CommentRejected j = Topics.REJECTED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (j != null && j.comment() != null) history.decided(j.rejectedBy(), j.comment().receivedAt(), j.rejectedAt() == null ? stamped : j.rejectedAt());
      } else if (r.topic().equals(Topics.PUBLISHED.name())) {
        CommentPublished p = Topics.PUBLISHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (p != null) history.published(p, p.publishedAt() == null ? stamped : p.publishedAt());
      } else {
        DeadLetter d = Topics.DEAD_LETTER.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (d != null) history.deadLetter(d, d.failedAt() == null ? stamped : d.failedAt());
      }
    } catch (RuntimeException e) {
      LOG.debug("Operations history skipped an undecodable record at {}-{}@{}", r.topic(), r.partition(), r.offset());
    }
  }

  @Override
  public void close() {
    follower.close();
  }
}
