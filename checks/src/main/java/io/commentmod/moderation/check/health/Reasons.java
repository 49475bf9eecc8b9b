package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one check's reasons per check name (score = strongest, details and token spans merged). */
final class Reasons {
  private static final class Entry {
    double score;
    final Set<String> details = new LinkedHashSet<>();
    final List<int[]> tokenRanges = new ArrayList<>();
  }

  private final Map<String, Entry> byCheck = new LinkedHashMap<>();

  /** Records {@code detail} under {@code check}; each range is a token range {@code {from, to}}. */
  void add(String check, double score, String detail, int[]... tokenRanges) {
    Entry e = byCheck.computeIfAbsent(check, k -> new Entry());
    e.score = Math.max(e.score, score);
    e.details.add(detail);
    for (int[] r : tokenRanges) {
      if (r[0] >= 0 && r[1] > r[0]) e.tokenRanges.add(r);
    }
  }

  boolean isEmpty() {
    return byCheck.isEmpty();
  }

  boolean has(String check) {
    return byCheck.containsKey(check);
  }

  double score(String check) {
    Entry e = byCheck.get(check);
    return e == null ? 0 : e.score;
  }

  void raise(String check, double score) {
    Entry e = byCheck.get(check);
    if (e != null) e.score = Math.max(e.score, score);
  }

  /** Adds one finding per check name; spans are original-text ranges, merged and sorted. */
  void report(FlagName flag, Tokens t, CommentText text, Findings findings) {
    for (Map.Entry<String, Entry> me : byCheck.entrySet()) {
      Entry e = me.getValue();
      List<int[]> ranges = new ArrayList<>(e.tokenRanges);
      ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      List<Span> spans = new ArrayList<>();
      int curFrom = -1;
      int curTo = -1;
      for (int[] r : ranges) {
        int from = t.start[r[0]];
        int to = t.end[r[1] - 1];
        if (curTo >= 0 && from <= curTo) {
          curTo = Math.max(curTo, to);
        } else {
          if (curTo >= 0) spans.add(text.originalSpan(curFrom, curTo));
          curFrom = from;
          curTo = to;
        }
      }
      if (curTo >= 0) spans.add(text.originalSpan(curFrom, curTo));
      findings.add(flag, Math.min(1.0, e.score), me.getKey(), String.join("; ", e.details), spans);
    }
  }
}
