package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  @Test
  void allReturnsTheSelfHarmAndMedicalChecksLoadedOnce() {
    List<ModerationCheck> checks = HealthChecks.all();
    assertThat(checks).hasSize(2);
    assertThat(checks.get(0)).isInstanceOf(SelfHarmCheck.class);
    assertThat(checks.get(1)).isInstanceOf(MedicalAdviceCheck.class);
    assertThat(HealthChecks.all()).isSameAs(checks);
  }

  @Test
  void aCommentCanCarryBothFlags() {
    Findings f = Comments.run("Stop your antidepressants cold turkey like I did. I won't be around by the end of the month anyway.");
    assertThat(f.of(FlagName.MEDICAL_ADVICE)).isNotEmpty();
    assertThat(f.of(FlagName.SELF_HARM)).isNotEmpty();
  }

  @Test
  void anEmptyOrSymbolOnlyCommentHasNoFindings() {
    assertThat(Comments.run("").isEmpty()).isTrue();
    assertThat(Comments.run("!!! 🍄🍄 ...").isEmpty()).isTrue();
  }

  @Test
  void checksGiveTheSameAnswersFromManyThreads() throws Exception {
    List<String> bodies = List.of(
        "Take 2g of mushrooms every weekend instead of your SSRI.",
        "I don't see the point of going on anymore.",
        "Great article, thank you.",
        "Has anyone tried lion's mane with sertraline?");
    List<String> expected = new ArrayList<>();
    for (String b : bodies) expected.add(summary(b));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 8; task++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 500; round++) {
            for (int i = 0; i < bodies.size(); i++) {
              if (!summary(bodies.get(i)).equals(expected.get(i))) return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(String body) {
    Findings f = Comments.run(body);
    return f.of(FlagName.MEDICAL_ADVICE) + "|" + f.of(FlagName.SELF_HARM);
  }
}
