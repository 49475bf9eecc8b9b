package io.commentmod.moderation.training;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a tiny spam classifier trained in milliseconds on "cheap pills" against study talk. */
public final class ToyModels {
  private ToyModels() {}

  public static TextModel spam() {
    List<Example> ex = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ex.add(new Example("cheap pills discount offer " + i, true, 1, "t", "t"));
      ex.add(new Example("the study was small but careful " + i, false, 1, "t", "t"));
    }
    return Trainer.defaults().train(ex);
  }
}
