package io.commentmod.moderation.check.health;

import java.util.Set;

/**
 * Death preferred to something ("I'd rather die than", "liever dood dan"), told apart from the other
 * neutral phrases: a preference word and a word of dying in the same phrase. Only this idiom turns
 * into a wish to die when the writer says it is meant; "bored to death" or "this killed me" said in
 * earnest are still no wish. Compared with the tokens' folded forms (lower case, accents folded).
 */
final class DeathWords {
  private static final Set<String> WORDS = Set.of(
      "die", "dies", "died", "dying", "dead", "death", "kill", "killed", "kills", "killing",
      "morir", "muero", "muera", "muerto", "muerta", "muerte", "morirme",
      "sterben", "sterbe", "tot", "tod", "umbringen",
      "mourir", "meurs", "mort", "morte", "crever",
      "dood", "sterven", "doodgaan", "morire", "morto");

  private static final Set<String> PREFER = Set.of(
      "rather", "sooner", "prefer", "prefiero", "prefiere", "lieber", "prefere", "prefererais", "liever");

  private DeathWords() {}

  /** Whether tokens {@code [from, to)} hold a preference word and a word of dying. */
  static boolean preferred(Tokens t, int from, int to) {
    boolean prefer = false, death = false;
    for (int i = from; i < to; i++) {
      String w = new String(t.folded, t.foldStart[i], t.foldEnd[i] - t.foldStart[i]);
      prefer |= PREFER.contains(w);
      death |= WORDS.contains(w);
    }
    return prefer && death;
  }
}
