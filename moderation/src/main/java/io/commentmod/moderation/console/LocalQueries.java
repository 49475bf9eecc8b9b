package io.commentmod.moderation.console;

import io.commentmod.events.ActionAudited;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.Topics;
import io.commentmod.moderation.topology.AuthorComments;
import io.commentmod.moderation.topology.CheckStats;
import io.commentmod.moderation.topology.RecentApproval;
import io.commentmod.moderation.topology.ReviewMeta;
import io.commentmod.moderation.topology.StoreNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over this instance's active tasks only (never stale standbys), so the
 * union over all instances counts every comment once. Throws {@link InvalidStateStoreException}
 * while the stores are not queryable (starting, rebalancing).
 */
final class LocalQueries {
  private final Supplier<KafkaStreams> streams;

  LocalQueries(Supplier<KafkaStreams> streams) {
    this.streams = streams;
  }

  List<QueueItem> queue() {
    ReadOnlyKeyValueStore<String, ReviewMeta> metas = store(StoreNames.REVIEW_META, null);
    List<QueueItem> out = new ArrayList<>();
    try (KeyValueIterator<String, CommentModerated> it = this.<CommentModerated>store(StoreNames.REVIEW_QUEUE, null).all()) {
      it.forEachRemaining(kv -> out.add(new QueueItem(kv.value, metas.get(kv.key))));
    }
    return out;
  }

  List<CommentModerated> held() {
    List<CommentModerated> out = new ArrayList<>();
    try (KeyValueIterator<String, CommentModerated> it = this.<CommentModerated>store(StoreNames.REVIEW_QUEUE, null).all()) {
      it.forEachRemaining(kv -> out.add(kv.value));
    }
    return out;
  }

  /**
   * Each known author's history as this instance's tasks hold it, merged over the tasks (a plain
   * get on the composite store would stop at the first task that knows the author).
   */
  Map<String, AuthorComments> authors(Collection<String> keys) {
    Map<String, List<AuthorComments>> parts = new HashMap<>();
    for (int p : localPartitions()) {
      ReadOnlyKeyValueStore<String, AuthorComments> s;
      try {
        s = store(StoreNames.AUTHOR_HISTORY, p);
      } catch (InvalidStateStoreException e) {
        continue;
      }
      for (String k : new TreeSet<>(keys)) {
        AuthorComments h = s.get(k);
        if (h != null) parts.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
      }
    }
    Map<String, AuthorComments> out = new HashMap<>();
    parts.forEach((k, v) -> out.put(k, AuthorComments.merge(v)));
    return out;
  }

  Map<String, CheckStats> stats() {
    Map<String, CheckStats> out = new HashMap<>();
    try (KeyValueIterator<String, CheckStats> it = this.<CheckStats>store(StoreNames.CHECK_STATS, null).all()) {
      it.forEachRemaining(kv -> out.merge(kv.key, kv.value, CheckStats::plus));
    }
    return out;
  }

  /** Up to {@code limit} newest entries matching {@code filter}, newest first. */
  List<ActionAudited> audit(int limit, Predicate<ActionAudited> filter) {
    List<ActionAudited> out = new ArrayList<>();
    for (int p : localPartitions()) {
      ReadOnlyKeyValueStore<String, ActionAudited> s;
      try {
        s = store(StoreNames.AUDIT_LOG, p);
      } catch (InvalidStateStoreException e) {
        continue;
      }
      int taken = 0;
      try (KeyValueIterator<String, ActionAudited> it = s.reverseAll()) {
        while (it.hasNext() && taken < limit) {
          ActionAudited a = it.next().value;
          if (filter.test(a)) {
            out.add(a);
            taken++;
          }
        }
      }
    }
    out.sort(Comparator.comparing(ActionAudited::at).reversed());
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /**
   * Up to {@code limit} newest approvals matching {@code filter}, newest first: each local partition's
   * time index is read backwards, so an unfiltered view reads {@code limit} entries per partition.
   */
  List<RecentApproval> recent(int limit, Predicate<RecentApproval> filter) {
    List<RecentApproval> out = new ArrayList<>();
    for (int p : localPartitions()) {
      ReadOnlyKeyValueStore<String, String> byTime;
      ReadOnlyKeyValueStore<String, RecentApproval> recent;
      try {
        byTime = store(StoreNames.RECENT_BY_TIME, p);
        recent = store(StoreNames.RECENT_APPROVALS, p);
      } catch (InvalidStateStoreException e) {
        continue;
      }
      int taken = 0;
      try (KeyValueIterator<String, String> it = byTime.reverseAll()) {
        while (it.hasNext() && taken < limit) {
          RecentApproval r = recent.get(it.next().value);
          if (r != null && filter.test(r)) {
            out.add(r);
            taken++;
          }
        }
      }
    }
    out.sort(Comparator.comparing(RecentApproval::approvedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private List<Integer> localPartitions() {
    KafkaStreams s = running();
    TreeSet<Integer> parts = new TreeSet<>();
    s.metadataForLocalThreads().forEach(t -> t.activeTasks().forEach(task -> {
      for (TopicPartition tp : task.topicPartitions()) if (tp.topic().equals(Topics.SUBMITTED.name())) parts.add(tp.partition());
    }));
    return new ArrayList<>(parts);
  }

  private <V> ReadOnlyKeyValueStore<String, V> store(String name, Integer partition) {
    StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> q =
        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore());
    if (partition != null) q = q.withPartition(partition);
    return running().store(q);
  }

  private KafkaStreams running() {
    KafkaStreams s = streams.get();
    if (s == null) throw new InvalidStateStoreException("streams not started");
    return s;
  }
}
