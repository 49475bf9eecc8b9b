package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Retractions against the real broker: taken down at the site, and winning whatever order they arrive in. */
@ExtendWith(KafkaClusterExtension.class)
class RetractionIT {
  private Harness h;

  @BeforeEach
  void connect(KafkaSettings kafka) {
    h = new Harness(kafka);
  }

  @AfterEach
  void close() throws Exception {
    h.close();
  }

  private static CommentRetracted retraction(String id, String article) {
    return new CommentRetracted(id, article, "sam", "posted by mistake", Instant.now());
  }

  @Test
  void aPublishedCommentIsTakenDownWithASignedDelete() throws Exception {
    String group = h.group();
    StandInSite site = h.site();
    String id = Comments.uniqueId("c");
    h.approve(Comments.approved(id, "lions-mane", "regrettable"));
    h.publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(id) != null);

    RecordMetadata at = h.retract(retraction(id, "lions-mane"));

    await().atMost(Duration.ofSeconds(30)).until(() -> site.isRetracted(id));
    assertThat(site.stored(id)).isNull();
    assertThat(site.received(id)).filteredOn(r -> r.method().equals("DELETE")).singleElement()
        .satisfies(r -> assertThat(r.signatureValid()).isTrue());
    TopicPartition tp = new TopicPartition(at.topic(), at.partition());
    await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(at.offset() + 1).equals(h.committed(group, tp)));
  }

  @Test
  void aRetractionThatArrivesBeforeTheApprovalWins() throws Exception {
    String group = h.group();
    StandInSite site = h.site();
    String id = Comments.uniqueId("c");
    String neighbour = Comments.uniqueId("n");
    h.retract(retraction(id, "exercise-and-mood"));
    h.approve(Comments.approved(id, "exercise-and-mood", "should never show"));
    h.approve(Comments.approved(neighbour, "exercise-and-mood", "shows"));

    h.publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(neighbour) != null);

    assertThat(site.received(id)).extracting(StandInSite.Received::method).containsOnly("DELETE");
    assertThat(site.stored(id)).isNull();
  }

  @Test
  void aRetractionWinsOverAnApprovalStillBeingRetried() throws Exception {
    String group = h.group();
    String id = Comments.uniqueId("c");
    StandInSite site = h.site().script(id, 503, 503, 503, 503, 503, 503, 503, 503);
    h.approve(Comments.approved(id, "psilocybin-research", "the site keeps failing on this one"));
    h.publisher(site, group, Map.of("PUBLISHER_BACKOFF_INITIAL", "300", "PUBLISHER_BACKOFF_MAX", "600", "PUBLISHER_MAX_ATTEMPTS", "50"));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.received(id).size() >= 2);

    h.retract(retraction(id, "psilocybin-research"));

    await().atMost(Duration.ofSeconds(30)).until(() -> site.isRetracted(id));
    int posts = (int) site.received(id).stream().filter(r -> r.method().equals("POST")).count();
    Thread.sleep(1500);
    assertThat(site.received(id).stream().filter(r -> r.method().equals("POST")).count()).as("no POST after the retraction").isEqualTo(posts);
    assertThat(site.writes(id)).isZero();
  }

  @Test
  void aRetractionIsRememberedAcrossRestartsSoARedrivenApprovalIsNotSent() throws Exception {
    String group = h.group();
    StandInSite site = h.site();
    String id = Comments.uniqueId("c");
    CommentApproved approved = Comments.approved(id, "lions-mane", "gone for good");
    h.approve(approved);
    PublisherService first = h.publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(id) != null);
    h.retract(retraction(id, "lions-mane"));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.isRetracted(id));
    first.close();
    int requestsBefore = site.received(id).size();

    String marker = Comments.uniqueId("after");
    h.approve(approved); // as a redrive, or a duplicate from upstream, would
    h.approve(Comments.approved(marker, "lions-mane", "after the restart"));
    h.publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(marker) != null);

    assertThat(site.received(id)).as("the publisher did not even ask").hasSize(requestsBefore);
  }

  @Test
  void aRetractionTheSiteRefusesIsDeadLetteredLikeAnyOther() throws Exception {
    String group = h.group();
    String id = Comments.uniqueId("c");
    StandInSite site = h.site().script("retract:" + id, 403);
    h.publisher(site, group);
    h.retract(retraction(id, "lions-mane"));

    var letters = h.readAll(Topics.DEAD_LETTER, id);
    DeadLetter letter = Harness.values(letters, id).get(0);
    assertThat(letter.sourceTopic()).isEqualTo(Topics.RETRACTED.name());
    assertThat(letter.reason()).contains("403", "1 attempt");
    assertThat(Topics.RETRACTED.valueSerde().fromBytes(letter.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id()).isEqualTo(id);
  }
}
