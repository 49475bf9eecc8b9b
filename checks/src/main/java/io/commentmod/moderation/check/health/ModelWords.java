package io.commentmod.moderation.check.health;

import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.training.TextModel;
import java.util.Arrays;
import java.util.Set;

/**
 * The words a classifier's reason names for a moderator: the ones that pushed its probability up
 * most. Shared by the self-harm and medical-advice classifiers; each passes the words too common to
 * explain its verdict.
 */
final class ModelWords {
  private ModelWords() {}

  /** Up to three words (three letters or more, not in {@code skip}) with the largest positive weights, strongest first. */
  static int[] top(TextModel model, Set<String> skip, String s, Tokens words) {
    int[] top = {-1, -1, -1};
    double[] w = {0, 0, 0};
    for (int i = 0; i < words.size(); i++) {
      if (words.length(i) < 3 || skip.contains(s.substring(words.start(i), words.end(i)))) continue;
      double x = model.wordWeight(s, words, i);
      for (int k = 0; k < 3; k++) {
        if (x > w[k]) {
          for (int j = 2; j > k; j--) {
            top[j] = top[j - 1];
            w[j] = w[j - 1];
          }
          top[k] = i;
          w[k] = x;
          break;
        }
      }
    }
    int n = 0;
    while (n < 3 && top[n] >= 0) n++;
    return Arrays.copyOf(top, n);
  }
}
