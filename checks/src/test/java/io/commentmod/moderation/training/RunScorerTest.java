package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RunScorer}: a run of words scores exactly as its substring featurised on its own. */
class RunScorerTest {
  @Test
  void aRunScoresAsItsOwnSubstring() {
    List<TextModel> models = List.of(TextModel.bundled().orElseThrow(), TextModel.bundledSelfHarm().orElseThrow(),
        TextModel.bundledMedical().orElseThrow());
    List<Example> texts = Datasets.heldoutLines("self_harm");
    Random random = new Random(14);
    int checked = 0;
    for (int k = 0; k < 400; k++) {
      String s = Normalizer.normalize("a", "", "", "", texts.get(random.nextInt(texts.size())).text()).normalized();
      Tokens words = Tokens.of(s);
      if (words.size() < 2) continue;
      for (TextModel model : models) {
        RunScorer runs = new RunScorer(model).reset(s, words);
        for (int r = 0; r < 5; r++) {
          int a = random.nextInt(words.size());
          int b = a + 1 + random.nextInt(words.size() - a);
          int from = words.start(a), to = words.end(b - 1);
          String part = s.substring(from, to);
          assertThat(runs.probability(from, to)).as(part).isEqualTo(model.probability(part, Tokens.of(part)));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(3000);
  }

  @Test
  void aRunWithALinkHasTheLinkFeatures() {
    TextModel model = TextModel.bundled().orElseThrow();
    String s = "great post. visit www example shop now for cheap pills. thanks";
    Tokens words = Tokens.of(s);
    RunScorer runs = new RunScorer(model).reset(s, words);
    int from = s.indexOf("visit"), to = s.indexOf("pills") + 5;
    String part = s.substring(from, to);
    assertThat(runs.probability(from, to)).isEqualTo(model.probability(part, Tokens.of(part)));
    assertThat(runs.probability(0, s.indexOf('.'))).isEqualTo(model.probability("great post", Tokens.of("great post")));
  }
}
