package io.commentmod.moderation.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named series of fixed-width time buckets over a sliding window (for example 360 one-minute
 * buckets: the last six hours), kept in ring buffers, so memory stays constant however long the
 * process runs. A bucket is a count ({@link #add}) or the highest sampled value ({@link #sample}).
 * Values outside the window, older than its first bucket or later than the current one, are
 * dropped. Thread-safe.
 */
public final class TimeSeries {
  private final Clock clock;
  private final long bucketMillis;
  private final int buckets;
  private final Map<String, Ring> series = new LinkedHashMap<>();

  public TimeSeries(Clock clock, Duration bucket, int buckets) {
    if (bucket.toMillis() < 1) throw new IllegalArgumentException("bucket must be at least 1 ms, was " + bucket);
    if (buckets < 1) throw new IllegalArgumentException("buckets must be at least 1, was " + buckets);
    this.clock = clock;
    this.bucketMillis = bucket.toMillis();
    this.buckets = buckets;
  }

  /** Adds {@code amount} to the bucket holding {@code at}. */
  public synchronized void add(String name, Instant at, long amount) {
    Ring r = ring(name, false);
    long index = index(at);
    if (inWindow(index)) r.add(index, amount);
  }

  /** Records a sampled value in the bucket holding {@code at}; the bucket keeps the highest sample. */
  public synchronized void sample(String name, Instant at, long value) {
    Ring r = ring(name, true);
    long index = index(at);
    if (inWindow(index)) r.max(index, value);
  }

  /**
   * The window as it stands now, oldest bucket first: for a count every bucket has a value (0 when
   * nothing happened), for a sample a bucket nobody sampled is {@code null}.
   */
  public synchronized Snapshot snapshot() {
    long last = index(clock.instant());
    long first = last - buckets + 1;
    Map<String, List<Long>> values = new LinkedHashMap<>();
    series.forEach((name, r) -> {
      List<Long> v = new ArrayList<>(buckets);
      for (long i = first; i <= last; i++) v.add(r.get(i));
      values.put(name, Collections.unmodifiableList(v));
    });
    return new Snapshot(Instant.ofEpochMilli(first * bucketMillis), Duration.ofMillis(bucketMillis), buckets,
        Collections.unmodifiableMap(values));
  }

  /** Declares a count series, so it shows (all zeros) before anything was added. */
  public synchronized void declareCount(String name) {
    ring(name, false);
  }

  /** Declares a sampled series, so it shows (no samples) before the first. */
  public synchronized void declareSample(String name) {
    ring(name, true);
  }

  private Ring ring(String name, boolean sampled) {
    Ring r = series.computeIfAbsent(name, n -> new Ring(buckets, sampled));
    if (r.sampled != sampled) throw new IllegalArgumentException(name + " is " + (r.sampled ? "a sampled" : "a count") + " series");
    return r;
  }

  private long index(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), bucketMillis);
  }

  private boolean inWindow(long index) {
    long last = index(clock.instant());
    return index <= last && index > last - buckets;
  }

  /** The window at one moment: {@code start} is the start of the first bucket. */
  public record Snapshot(Instant start, Duration bucket, int buckets, Map<String, List<Long>> series) {
    public List<Long> get(String name) {
      return series.get(name);
    }
  }

  /** One series: slot i holds the bucket whose index is {@code owner[i]}; a stale slot reads as empty. */
  private static final class Ring {
    final boolean sampled;
    final long[] owner;
    final long[] value;

    Ring(int size, boolean sampled) {
      this.sampled = sampled;
      this.owner = new long[size];
      this.value = new long[size];
      java.util.Arrays.fill(owner, Long.MIN_VALUE);
    }

    void add(long index, long amount) {
      int slot = claim(index, 0);
      value[slot] += amount;
    }

    void max(long index, long v) {
      int slot = claim(index, Long.MIN_VALUE);
      value[slot] = Math.max(value[slot], v);
    }

    Long get(long index) {
      int slot = slot(index);
      if (owner[slot] == index) return value[slot];
      return sampled ? null : 0L;
    }

    private int claim(long index, long empty) {
      int slot = slot(index);
      if (owner[slot] != index) {
        owner[slot] = index;
        value[slot] = empty;
      }
      return slot;
    }

    private int slot(long index) {
      return (int) Math.floorMod(index, (long) owner.length);
    }
  }
}
