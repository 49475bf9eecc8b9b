package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Approvals a test wrote, with where they landed, to check what the site received against. */
final class Sent {
  record One(String id, String article, int partition, long offset) {}

  private final List<One> all = new ArrayList<>();

  void add(String id, String article, RecordMetadata at) {
    all.add(new One(id, article, at.partition(), at.offset()));
  }

  List<String> ids() {
    return all.stream().map(One::id).toList();
  }

  int size() {
    return all.size();
  }

  /**
   * Within each article and partition, the site first stored the comments in offset order: the
   * order the publisher promises. {@code firstStored} may hold other tests' ids and skip dead-lettered ones.
   */
  void assertArticleOrderKept(List<String> firstStored) {
    Map<String, List<One>> groups = new LinkedHashMap<>();
    for (One o : all) groups.computeIfAbsent(o.article() + "@" + o.partition(), k -> new ArrayList<>()).add(o);
    for (var g : groups.entrySet()) {
      List<String> expected = g.getValue().stream().sorted(Comparator.comparingLong(One::offset)).map(One::id)
          .filter(firstStored::contains).toList();
      List<String> actual = firstStored.stream().filter(expected::contains).toList();
      assertThat(actual).as("order of first publication for article@partition %s", g.getKey()).containsExactlyElementsOf(expected);
    }
  }
}
