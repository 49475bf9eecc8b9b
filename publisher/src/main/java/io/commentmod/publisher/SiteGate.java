package io.commentmod.publisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a failing site from being hammered by every article at once. While the site answers, every
 * request passes. After a transient failure (no answer, 408, 429, 5xx) the gate closes for a backoff
 * that grows with each failed probe and honours Retry-After; when it ends, exactly one request probes
 * the site while the others wait. An answer that is not transient (2xx, or a 4xx about one comment)
 * opens the gate for all. Waiting requests hold no thread: they leave a wake-up and are called back.
 */
final class SiteGate {
  /** How a request was let through: freely, or as the one probe of a closed gate. */
  enum Pass { FREE, PROBE }

  private final Backoff backoff;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private int level;
  private Instant closedUntil = Instant.EPOCH;
  private boolean probing;
  private Instant wakeScheduledFor = Instant.EPOCH;
  private List<Runnable> waiting = new ArrayList<>();

  SiteGate(Backoff backoff, Clock clock, ScheduledExecutorService timer) {
    this.backoff = backoff;
    this.clock = clock;
    this.timer = timer;
  }

  /** A pass, or null after {@code wake} was left to be run once the caller may try again. */
  synchronized Pass tryPass(Runnable wake) {
    if (level == 0) return Pass.FREE;
    if (!probing && !clock.instant().isBefore(closedUntil)) {
      probing = true;
      return Pass.PROBE;
    }
    waiting.add(wake);
    // Woken when the probe out reports, else when the wait ends.
    if (!probing) wakeAt(closedUntil);
    return null;
  }

  /** Gives back a pass that was not used. */
  void cancel(Pass pass) {
    if (pass != Pass.PROBE) return;
    synchronized (this) {
      probing = false;
    }
    wakeAll();
  }

  /** The site answered in a way that proves it is up. */
  void answered(Pass pass) {
    List<Runnable> wake;
    synchronized (this) {
      if (pass == Pass.PROBE) probing = false;
      level = 0;
      closedUntil = Instant.EPOCH;
      wake = takeWaiting();
    }
    wake.forEach(Runnable::run);
  }

  /** The site failed transiently; {@code retryAfter} (may be null) is what it asked for. */
  synchronized void failed(Pass pass, Duration retryAfter) {
    boolean escalate = pass == Pass.PROBE || level == 0;
    if (pass == Pass.PROBE) probing = false;
    if (escalate) level++;
    Duration wait = escalate ? backoff.delay(level, retryAfter) : retryAfter == null ? Duration.ZERO : backoff.delay(1, retryAfter);
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(closedUntil)) closedUntil = until;
    wakeAt(closedUntil);
  }

  /** True while the gate lets every request through. */
  synchronized boolean isOpen() {
    return level == 0;
  }

  /** Schedules one wake-up at {@code at} unless one is already due then or later. */
  private void wakeAt(Instant at) {
    if (!at.isAfter(wakeScheduledFor)) return;
    wakeScheduledFor = at;
    long micros = Math.max(0, Duration.between(clock.instant(), at).toNanos() / 1000 + 1);
    timer.schedule(this::timerFired, micros, TimeUnit.MICROSECONDS);
  }

  private void timerFired() {
    List<Runnable> wake;
    synchronized (this) {
      wakeScheduledFor = Instant.EPOCH;
      wake = takeWaiting();
    }
    wake.forEach(Runnable::run);
  }

  private void wakeAll() {
    List<Runnable> wake;
    synchronized (this) {
      wake = takeWaiting();
    }
    wake.forEach(Runnable::run);
  }

  private List<Runnable> takeWaiting() {
    List<Runnable> w = waiting;
    waiting = new ArrayList<>();
    return w;
  }
}
