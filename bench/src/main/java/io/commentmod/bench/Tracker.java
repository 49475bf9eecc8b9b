package io.commentmod.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One phase's comments by id: when each was submitted, when its verdict and its publication
 * receipt were read, and the latency histograms (microseconds). A verdict can be read before the
 * submitting thread registers the id (HTTP: the id comes with the 202), so either order works.
 */
final class Tracker {
  private static final class Entry {
    long sent = -1;
    long verdict = -1;
    long published = -1;
    String route;
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  final Histogram toVerdict = histogram();
  final Histogram toPublished = histogram();
  final Histogram accept = histogram();
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong verdicts = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong duplicateVerdicts = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final Map<String, LongAdder> routes = new ConcurrentHashMap<>();
  private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastVerdict = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong lastSent = new AtomicLong(Long.MIN_VALUE);

  static Histogram histogram() {
    return new ConcurrentHistogram(TimeUnit.HOURS.toMicros(1), 3);
  }

  /** {@code id} was submitted at {@code nanos} (System.nanoTime). */
  void sent(String id, long nanos) {
    submitted.incrementAndGet();
    firstSent.accumulateAndGet(nanos, Math::min);
    lastSent.accumulateAndGet(nanos, Math::max);
    entries.compute(id, (k, e) -> {
      if (e == null) e = new Entry();
      e.sent = nanos;
      if (e.verdict >= 0) {
        record(toVerdict, e.verdict - nanos);
        lastVerdict.accumulateAndGet(e.verdict, Math::max);
        countRoute(e.route);
      }
      if (e.published >= 0) record(toPublished, e.published - nanos);
      return e;
    });
  }

  /** Acceptance latency of one HTTP submission. */
  void accepted(long latencyNanos) {
    record(accept, latencyNanos);
  }

  void verdict(String id, long nanos, String route) {
    entries.compute(id, (k, e) -> {
      if (e == null) e = new Entry();
      if (e.verdict >= 0) {
        duplicateVerdicts.incrementAndGet();
        return e;
      }
      e.verdict = nanos;
      e.route = route;
      verdicts.incrementAndGet();
      if (e.sent >= 0) {
        record(toVerdict, nanos - e.sent);
        lastVerdict.accumulateAndGet(nanos, Math::max);
        countRoute(route);
      }
      return e;
    });
  }

  void published(String id, long nanos) {
    entries.compute(id, (k, e) -> {
      if (e == null) e = new Entry();
      if (e.published >= 0) return e;
      e.published = nanos;
      published.incrementAndGet();
      if (e.sent >= 0) record(toPublished, nanos - e.sent);
      return e;
    });
  }

  void deadLetter() {
    deadLetters.incrementAndGet();
  }

  long submitted() {
    return submitted.get();
  }

  /** Verdicts for ids this phase submitted (others, left over from an earlier phase, do not count). */
  long verdictsForSubmitted() {
    return toVerdict.getTotalCount();
  }

  long publishedForSubmitted() {
    return toPublished.getTotalCount();
  }

  /** Every verdict read during this phase, whoever submitted it. */
  long verdictsAll() {
    return verdicts.get();
  }

  /** Every receipt read during this phase, whoever submitted the comment. */
  long publishedAll() {
    return published.get();
  }

  long duplicateVerdicts() {
    return duplicateVerdicts.get();
  }

  long deadLetters() {
    return deadLetters.get();
  }

  long firstSentNanos() {
    return firstSent.get();
  }

  long lastSentNanos() {
    return lastSent.get();
  }

  long lastVerdictNanos() {
    return lastVerdict.get();
  }

  /** Routes of the verdicts for ids this phase submitted. */
  Map<String, Long> routes() {
    Map<String, Long> out = new TreeMap<>();
    routes.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private void countRoute(String route) {
    if (route != null) routes.computeIfAbsent(route, r -> new LongAdder()).increment();
  }

  private static void record(Histogram h, long nanos) {
    h.recordValue(Math.max(0, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), h.getHighestTrackableValue())));
  }
}
