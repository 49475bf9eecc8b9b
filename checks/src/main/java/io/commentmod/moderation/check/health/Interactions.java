package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.health.Drugs.Drug;
import io.commentmod.moderation.check.health.Drugs.Kind;

/** Which pairs of drugs are dangerous together, and why. */
final class Interactions {
  private Interactions() {}

  /** Why {@code a} with {@code b} is dangerous, or {@code null} if the pair is not known to be. */
  static String danger(Drug a, Drug b) {
    if (a.name().equals(b.name()) || sameClass(a, b) || sameClass(b, a)) return null;
    if (a.is(Kind.MAOI) || b.is(Kind.MAOI)) {
      Drug other = a.is(Kind.MAOI) ? b : a;
      if (serotonergic(other)) return "MAOI with a serotonergic drug: serotonin syndrome risk";
      if (other.is(Kind.STIMULANT) || other.is(Kind.EMPATHOGEN)) return "MAOI with a stimulant: hypertensive crisis risk";
      if (other.is(Kind.TCA) || other.is(Kind.ANTIDEPRESSANT)) return "MAOI with another antidepressant: dangerous interaction";
    }
    if (a.is(Kind.LITHIUM) || b.is(Kind.LITHIUM)) {
      Drug other = a.is(Kind.LITHIUM) ? b : a;
      if (other.is(Kind.PSYCHEDELIC)) return "lithium with a psychedelic: seizure risk";
      if (serotonergic(other)) return "lithium with a serotonergic drug: serotonin syndrome and lithium toxicity risk";
    }
    if (a.is(Kind.ALCOHOL) || b.is(Kind.ALCOHOL)) {
      Drug other = a.is(Kind.ALCOHOL) ? b : a;
      // alcohol deepens depression and adds sedation to every antidepressant, not only to the serotonergic ones
      if (antidepressant(other)) return "alcohol with an antidepressant: more sedation and worse depression";
    }
    if (serotonergic(a) && serotonergic(b)) return "two serotonergic drugs: serotonin syndrome risk";
    if (depressant(a) && depressant(b)) return "two central nervous system depressants: breathing and overdose risk";
    return null;
  }

  static boolean serotonergic(Drug d) {
    return d.is(Kind.SSRI) || d.is(Kind.SNRI) || d.is(Kind.MAOI) || d.is(Kind.SEROTONERGIC) || d.is(Kind.EMPATHOGEN)
        || d.is(Kind.TCA) || (d.is(Kind.ANTIDEPRESSANT) && d.is(Kind.GENERIC));
  }

  private static boolean antidepressant(Drug d) {
    return d.is(Kind.SSRI) || d.is(Kind.SNRI) || d.is(Kind.MAOI) || d.is(Kind.TCA) || d.is(Kind.ANTIDEPRESSANT);
  }

  private static boolean depressant(Drug d) {
    return d.is(Kind.BENZODIAZEPINE) || d.is(Kind.OPIOID) || d.is(Kind.SEDATIVE) || d.is(Kind.ALCOHOL);
  }

  /** Whether {@code generic} names a class that {@code member} belongs to ("SSRIs" and "sertraline"). */
  private static boolean sameClass(Drug generic, Drug member) {
    if (!generic.is(Kind.GENERIC)) return false;
    long classBits = generic.kinds() & ~Kind.GENERIC.bit();
    return (member.kinds() & classBits) == classBits;
  }
}
