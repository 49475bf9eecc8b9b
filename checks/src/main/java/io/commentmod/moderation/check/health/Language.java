package io.commentmod.moderation.check.health;

import java.util.Set;

/**
 * Whether a comment is written mostly in English, judged by its commonest function words. The
 * self-harm classifier learned far more English than Spanish, French, German or Dutch, and the public
 * sets that guard its thresholds are English, so text in the other languages is read at a slightly
 * lower threshold ({@link SelfHarmModelSignal}). Words two of the languages share ("me", "no", "is",
 * "die", "was", "en") are in neither list, nor English words a list would mistake ("van", "er", "ya").
 */
final class Language {
  /** Folded (lower case, no accents) English function words. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "i", "to", "of", "it", "that", "my", "you", "for",
      "with", "this", "have", "not", "but", "be", "on", "are", "just", "what", "so", "im", "they", "he", "she", "we");
  /** Folded function words of Spanish, French, German and Dutch, none of them English. */
  private static final Set<String> OTHER = Set.of(
      "el", "la", "que", "los", "las", "una", "por", "para", "es", "mi", "se", "pero", "muy", "del", "yo",
      "le", "les", "des", "et", "une", "je", "pour", "il", "qui", "ne", "mes", "sur", "du", "au", "ce", "pas",
      "der", "das", "und", "ich", "nicht", "ist", "ein", "eine", "zu", "mit", "sich", "mir", "mein", "auch", "auf",
      "het", "een", "ik", "niet", "dat", "mijn", "ook", "voor", "maar", "zijn", "wat", "heb");

  private Language() {}

  /** True unless more of the comment's words are function words of the other four languages than of English. */
  static boolean english(Tokens t) {
    int english = 0, other = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.foldEnd[i] - t.foldStart[i] > 6) continue;
      String w = t.word(i);
      if (ENGLISH.contains(w)) english++;
      else if (OTHER.contains(w)) other++;
    }
    return english >= other;
  }
}
