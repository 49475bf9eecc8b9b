package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.COMBINATION;

import io.commentmod.moderation.check.health.Drugs.Drug;

/**
 * Dangerous pairs of drugs joined in one sentence ("5-HTP + sertraline", "combine X with Y") that
 * gives advice, endorses, or names a dose. A drug being stopped ("stop X and take Y") is not joined.
 */
final class Combinations {
  /** Verbs whose object is joined to another drug: combine, mix, stack, add, and their translations. */
  private static final java.util.regex.Pattern COMBINING_VERBS = java.util.regex.Pattern.compile(
      "(?iu)(combin|kombin|mix|misch|mezcl|mescol|m[eé]lang|mistur|stack|add|a[ñn]ad|ajout|aggiung|adicion|voeg|f[üu]g)");

  private final HitIndex x;
  private final Tokens t;
  private final Hits h;
  private final Drugs drugs;

  Combinations(HitIndex x, Drugs drugs) {
    this.x = x;
    this.t = x.t;
    this.h = x.h;
    this.drugs = drugs;
  }

  /** Adds a {@code medical.combination} reason per dangerous joined pair in a qualifying sentence. */
  void find(Reasons reasons, boolean[] question, boolean[] advised, boolean[] dose) {
    boolean flagged = !reasons.isEmpty();
    for (int s = 0; s < t.sentences; s++) {
      if (question[s] && !advised[s]) continue; // a rhetorical "why not just ..." counts
      boolean endorse = false;
      for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
        if (h.is(k, Cat.ENDORSE) && !(h.payload[k] == MedicalSentences.BARE_ENDORSE && reportedBefore(k))) endorse = true;
      }
      if (!(advised[s] || endorse || dose[s] || flagged)) continue;
      for (int a = x.firstHit(s); a >= 0 && a < h.size && t.sentence[h.from[a]] == s; a++) {
        if (!h.is(a, Cat.DRUG) || t.quoted[h.from[a]]) continue;
        for (int b = a + 1; b < h.size && t.sentence[h.from[b]] == s; b++) {
          if (!h.is(b, Cat.DRUG) || h.from[b] < h.to[a]) continue;
          Drug da = drugs.get(h.payload[a]);
          Drug db = drugs.get(h.payload[b]);
          String danger = Interactions.danger(da, db);
          if (danger == null || !joined(a, b)) continue;
          reasons.add(COMBINATION, 0.95, "dangerous combination: " + da.name() + " + " + db.name() + " (" + danger + ")",
              x.range(a), x.range(b));
          advised[s] = true;
        }
      }
    }
  }

  /** "My aunt says X with Y is fine": a bare "is fine" after a reporting verb is someone else's claim. */
  static final java.util.Set<String> REPORTING = java.util.Set.of(
      "said", "says", "say", "told", "tells", "claims", "claimed", "claim", "reckons", "swears", "wrote", "writes", "thinks", "insists",
      "according", "dice", "dijo", "decía", "decia", "sagt", "sagte", "meinte", "zegt", "zei", "dit", "disait", "diceva");

  private boolean reportedBefore(int k) {
    int s = t.sentence[h.from[k]];
    for (int i = t.sentenceStart[s]; i < h.from[k]; i++) {
      if (REPORTING.contains(t.word(i))) return true;
    }
    return false;
  }

  private boolean joined(int a, int b) {
    if (stoppedBy(a)) return false;
    boolean connect = false;
    for (int k = a + 1; k < b; k++) {
      if (h.from[k] < h.to[a] || h.to[k] > h.from[b]) continue;
      if (h.is(k, Cat.REPLACE) || h.is(k, Cat.DIR_STOP)) return false;
      if (h.is(k, Cat.CONNECT)) connect = true;
    }
    return connect || isCombineVerbBefore(a);
  }

  /** Whether the directive nearest before drug hit {@code a} in its sentence tells readers to stop it. */
  private boolean stoppedBy(int a) {
    int s = t.sentence[h.from[a]];
    for (int k = a - 1; k >= 0 && t.sentence[h.from[k]] == s; k--) {
      if (h.to[k] > h.from[a]) continue;
      if (h.is(k, Cat.DIR_STOP) || h.is(k, Cat.NO_NEED)) return true;
      if (h.is(k, Cat.DIR_START)) return false;
    }
    return false;
  }

  /** "combine X with Y", "mix X and Y", "add X to Y": the verb sits before the first drug. */
  private boolean isCombineVerbBefore(int a) {
    for (int k = a - 1; k >= 0 && t.clause[h.from[k]] == t.clause[h.from[a]]; k--) {
      if (h.is(k, Cat.DIR_START)) {
        String w = x.surface(k);
        if (COMBINING_VERBS.matcher(w).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
