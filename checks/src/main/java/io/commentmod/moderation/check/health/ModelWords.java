package io.commentmod.moderation.check.health;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.training.TextModel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The words a classifier's reason names for a moderator: the ones that pushed its probability up
 * most. Shared by the self-harm and medical-advice classifiers; each passes the words too common to
 * explain its verdict.
 */
final class ModelWords {
  private ModelWords() {}

  /** Words too common to explain a verdict to a moderator. */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "for", "you", "your", "are", "was", "this", "that", "with", "have", "has", "not", "but", "all", "can",
      "its", "from", "they", "them", "his", "her", "who", "what", "will", "just", "like", "more", "here", "there", "way",
      "had", "been", "were", "then", "than", "when", "she", "him", "our", "too", "very", "really", "some", "about", "would",
      "i'm", "im", "i've", "ive", "i'd", "i'll", "it's", "don't", "dont", "can't", "cant");

  /** {@link #FUNCTION_WORDS} but "just", which in advice is a directive ("just stop them") and worth naming. */
  static final Set<String> FUNCTION_WORDS_BUT_JUST = FUNCTION_WORDS.stream().filter(w -> !w.equals("just"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

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

  /**
   * Adds the {@link #top} words of the comment's normalised text ({@code words} are its tokens) to
   * {@code named}, quoted as the reader wrote them, and their spans in the original text to
   * {@code spans}; a word written twice the same way is named once.
   */
  static void name(TextModel model, Set<String> skip, CommentText text, Tokens words, List<Span> spans, List<String> named) {
    for (int i : top(model, skip, text.normalized(), words)) {
      Span sp = text.originalSpan(words.start(i), words.end(i));
      String word = "'" + text.original().substring(sp.start(), sp.end()) + "'";
      if (named.contains(word)) continue;
      spans.add(sp);
      named.add(word);
    }
  }
}
