package io.commentmod.kafka;

import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the catalogue's topics that do not exist yet; leaves existing ones alone. Returns once
 * the leader of every new partition answers for it. An idempotent producer that writes to a
 * partition in the moment the broker applies its creation can have one request refused
 * (NOT_LEADER_OR_FOLLOWER) and the next accepted, and then retries the first on
 * OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout drops it (KAFKA-15591): seen here as a
 * 120 s stall and lost records in ModerationCrashIT right after the test broker started.
 */
public final class TopicAdmin {
  private TopicAdmin() {}

  private static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        boolean led = described.values().stream().flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (led && leadersAnswer(admin, described)) return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) throw e;
      }
      if (System.nanoTime() > deadline) throw new IllegalStateException("topics created but partitions still without a leader after 30 s: " + topics);
      Thread.sleep(100);
    }
  }

  /**
   * The metadata can name a leader a moment before that broker acts as one: a ListOffsets request
   * goes to the leader's replica manager, so its success means produce requests will be taken too.
   */
  private static boolean leadersAnswer(Admin admin, Map<String, TopicDescription> described) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    described.forEach((name, d) -> d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
    try {
      admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.RetriableException) return false;
      throw e;
    }
  }

  public static void ensureTopics(KafkaSettings kafka) {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?> t : Topics.all()) {
        if (existing.contains(t.name())) continue;
        NewTopic nt = new NewTopic(t.name(), kafka.partitions(), kafka.replicationFactor());
        if (t.compacted()) nt.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        missing.add(nt);
      }
      if (missing.isEmpty()) return;
      try {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) throw e;
      }
      awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics on " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
    }
  }
}
