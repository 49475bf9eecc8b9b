package io.commentmod.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CommentContextTest {
  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void theIdIsInTheContextWhileTheWorkRunsAndGoneAfter() {
    try (var log = CommentContext.of("5d4f0c1e-aaaa-bbbb-cccc-000000000001")) {
      assertThat(MDC.get("commentId")).isEqualTo("5d4f0c1e-aaaa-bbbb-cccc-000000000001");
    }
    assertThat(MDC.get("commentId")).isNull();
  }

  @Test
  void nestedWorkPutsBackTheOuterId() {
    try (var outer = CommentContext.of("outer-1")) {
      try (var inner = CommentContext.of("inner-2")) {
        assertThat(MDC.get("commentId")).isEqualTo("inner-2");
      }
      assertThat(MDC.get("commentId")).isEqualTo("outer-1");
    }
  }

  @Test
  void somethingThatIsNotAnIdIsNotLogged() {
    try (var log = CommentContext.of("evil\nFAKE LOG LINE")) {
      assertThat(MDC.get("commentId")).isNull();
    }
    try (var log = CommentContext.of(null)) {
      assertThat(MDC.get("commentId")).isNull();
    }
  }
}
