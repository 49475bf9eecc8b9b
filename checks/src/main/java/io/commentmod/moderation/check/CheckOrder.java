package io.commentmod.moderation.check;

import java.util.List;

/** The one ordering rule of a check list: a check that reads others' findings ({@link ReadsFindings}) runs after them. */
public final class CheckOrder {
  private CheckOrder() {}

  /**
   * Returns {@code checks} when every {@link ReadsFindings} check comes after each check whose findings it reads;
   * otherwise throws, naming both. A check it reads that is absent from the list is allowed (a spam-only
   * moderator has no health checks, and the reader then has nothing to defer to).
   */
  public static List<ModerationCheck> requireReadersLast(List<ModerationCheck> checks) {
    for (int i = 0; i < checks.size(); i++) {
      if (!(checks.get(i) instanceof ReadsFindings reader)) continue;
      for (int j = i + 1; j < checks.size(); j++) {
        if (reader.readsFindingsOf(checks.get(j))) {
          throw new IllegalArgumentException(name(checks.get(i)) + " (check " + i + ") reads the findings of "
              + name(checks.get(j)) + ", which runs after it (check " + j + "): put it first");
        }
      }
    }
    return checks;
  }

  private static String name(ModerationCheck c) {
    String n = c.getClass().getSimpleName();
    return n.isEmpty() ? c.getClass().getName() : n;
  }
}
