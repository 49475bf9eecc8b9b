package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentIdsTest {

  @Test
  void theSameIdempotencyKeyFromTheSameCallerGivesTheSameId() {
    assertThat(CommentIds.derived("fp1", "k-1", null)).isEqualTo(CommentIds.derived("fp1", "k-1", "ignored"));
    assertThat(CommentIds.derived("fp1", "k-1", null)).isNotEqualTo(CommentIds.derived("fp1", "k-2", null));
  }

  @Test
  void callersWithDifferentKeysNeverShareAnId() {
    assertThat(CommentIds.derived("fp1", "k-1", null)).isNotEqualTo(CommentIds.derived("fp2", "k-1", null));
  }

  @Test
  void theHeaderWinsOverTheSiteCommentIdAndTheTwoNeverCollide() {
    assertThat(CommentIds.derived("fp1", null, "same")).isNotEqualTo(CommentIds.derived("fp1", "same", null));
    assertThat(CommentIds.derived("fp1", null, "s-9")).isEqualTo(CommentIds.derived("fp1", null, "s-9"));
  }

  @Test
  void nothingToDeriveFromMeansARandomId() {
    assertThat(CommentIds.derived("fp1", null, null)).isEmpty();
    assertThat(UUID.fromString(CommentIds.random())).isNotEqualTo(UUID.fromString(CommentIds.random()));
  }
}
