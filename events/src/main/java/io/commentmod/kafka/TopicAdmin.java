package io.commentmod.kafka;

import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Creates the catalogue's topics that do not exist yet; leaves existing ones alone. */
public final class TopicAdmin {
  private TopicAdmin() {}

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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics on " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
    }
  }
}
