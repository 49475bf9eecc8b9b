package io.commentmod.moderation.check.health;

import java.util.ArrayList;
import java.util.List;

/** The drugs, classes and supplements of {@code health/drugs.txt}, each with its pharmacological classes. */
final class Drugs {
  /** Pharmacological classes that matter for interactions; a drug may have several. */
  enum Kind {
    SSRI, SNRI, MAOI, TCA, ANTIDEPRESSANT, SEROTONERGIC, LITHIUM, BENZODIAZEPINE, OPIOID, SEDATIVE,
    STIMULANT, PSYCHEDELIC, EMPATHOGEN, DISSOCIATIVE, SUPPLEMENT, CANNABINOID, ALCOHOL, ANTIPSYCHOTIC,
    OTHER,
    /** The entry names a whole class ("SSRIs", "antidepressants"), not one drug. */
    GENERIC;

    long bit() {
      return 1L << ordinal();
    }
  }

  /** One lexicon entry: canonical name and class bits. */
  record Drug(String name, long kinds) {
    boolean is(Kind k) {
      return (kinds & k.bit()) != 0;
    }
  }

  private final List<Drug> drugs = new ArrayList<>();

  int add(String name, long kinds) {
    drugs.add(new Drug(name, kinds));
    return drugs.size() - 1;
  }

  Drug get(int id) {
    return drugs.get(id);
  }

  int size() {
    return drugs.size();
  }
}
