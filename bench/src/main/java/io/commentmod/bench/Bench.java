package io.commentmod.bench;

import io.commentmod.events.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The measurements one run makes against one {@link Target}: each method is a phase that drives
 * load, waits for the pipeline's output, prints what it saw and returns it.
 */
final class Bench implements AutoCloseable {
  /** One line of the final summary: a target, what was measured, and whether it was met. */
  record Check(String goal, String measured, boolean met) {}

  /** What a topic phase saw; {@code cpu} is the CPU line's per-record figure. */
  record TopicResult(long sent, long verdicts, double seconds, Tracker tracker, String cpu) {
    double perSecond() {
      return verdicts / seconds;
    }
  }

  /** What an HTTP phase saw. */
  record HttpResult(HttpLoad.Result load, Tracker tracker) {
    double acceptedPerSecond() {
      return load.accepted() / load.seconds();
    }
  }

  final Target target;
  final PrintStream out;
  final List<Check> checks = new ArrayList<>();
  private final OutputWatcher watcher;
  private long seed = 1;

  Bench(Target target, PrintStream out) {
    this.target = target;
    this.out = out;
    this.watcher = new OutputWatcher(target.kafka()).start(new Tracker());
  }

  /** Comments straight to {@code comments.submitted}; {@code rate} 0 means as fast as possible. */
  TopicResult topic(String label, long count, double rate, int lengthFactor, double poisonRatio, Duration maxWait) {
    Tracker t = new Tracker();
    watcher.track(t);
    Probes.Cpu cpu = new Probes.Cpu(target.pid());
    try (TopicLoad load = new TopicLoad(target.kafka())) {
      load.run(Topics.SUBMITTED.name(), new CommentMix(seed++, lengthFactor), count, rate, poisonRatio, t);
    }
    long valid = t.submitted();
    awaitVerdicts(t, valid, maxWait);
    long verdicts = t.verdictsForSubmitted();
    double seconds = verdicts == 0 ? Double.NaN : (t.lastVerdictNanos() - t.firstSentNanos()) / 1e9;
    String cpuLine = cpu.report(verdicts);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([0-9,]+ µs CPU per record)\\)").matcher(cpuLine);
    TopicResult r = new TopicResult(count, verdicts, seconds, t, m.find() ? m.group(1) : "-");
    out.printf(Locale.ROOT, "[%s] %,d records (%,d valid) straight to %s%s, length x%d: %,d verdicts in %.1f s = %,.0f verdicts/s%n",
        label, count, valid, Topics.SUBMITTED.name(), rate > 0 ? String.format(Locale.ROOT, " at %,.0f/s", rate) : " as fast as possible",
        lengthFactor, verdicts, seconds, r.perSecond());
    out.printf(Locale.ROOT, "    submission->verdict %s%n", percentiles(t.toVerdict));
    if (poisonRatio > 0) out.printf(Locale.ROOT, "    dead letters read: %,d%n", t.deadLetters());
    out.printf(Locale.ROOT, "    routes %s; duplicate verdicts %d%n    %s%n", t.routes(), t.duplicateVerdicts(), cpuLine);
    if (verdicts < valid) out.printf(Locale.ROOT, "    MISSING %,d verdicts after waiting %s%n", valid - verdicts, maxWait);
    return r;
  }

  /** Comments through the ingest API over {@code connections} connections; {@code rate} 0 means as fast as answered. */
  HttpResult http(String label, int connections, double rate, Duration duration, int lengthFactor, Duration maxWait, boolean awaitPublished)
      throws InterruptedException {
    if (target.ingest() == null) throw new IllegalStateException("this target has no ingest");
    Tracker t = new Tracker();
    watcher.track(t);
    Probes.Cpu cpu = new Probes.Cpu(target.pid());
    HttpLoad.Result load = new HttpLoad(target.ingest(), target.apiKey()).run(connections, rate, duration, lengthFactor, seed++, t);
    String cpuDuringLoad = cpu.report(load.accepted());
    if (target.moderates()) awaitVerdicts(t, load.accepted(), maxWait);
    if (target.moderates() && awaitPublished) awaitPublished(t, maxWait);
    HttpResult r = new HttpResult(load, t);
    out.printf(Locale.ROOT, "[%s] POST %s over %d connections%s for %.1f s: %,d answered %s, %,d connection errors = %,.0f accepted/s%n",
        label, HttpLoad.PATH, connections, rate > 0 ? String.format(Locale.ROOT, " at %,.0f/s", rate) : " as fast as answered",
        load.seconds(), load.sent() - load.errors(), load.statuses(), load.errors(), r.acceptedPerSecond());
    if (load.firstError() != null) out.printf("    first non-202: %s%n", load.firstError());
    out.printf(Locale.ROOT, "    acceptance (request due -> 202)   %s%n", percentiles(t.accept));
    out.printf(Locale.ROOT, "    submission->verdict              %s%n", percentiles(t.toVerdict));
    out.printf(Locale.ROOT, "    submission->publication receipt  %s%n", percentiles(t.toPublished));
    out.printf(Locale.ROOT, "    routes %s; duplicate verdicts %d%n    during the load, %s%n", t.routes(), t.duplicateVerdicts(), cpuDuringLoad);
    return r;
  }

  PassThrough.Result passThrough(String label, long count, int lengthFactor) throws Exception {
    Probes.Cpu cpu = new Probes.Cpu(target.pid());
    PassThrough.Result r = PassThrough.run(target.kafka(), target.partitions(), lengthFactor, count, target.workDir.resolve("passthrough"));
    out.printf(Locale.ROOT, "[%s] raw pass-through (Streams, exactly_once_v2, %d partitions), length x%d: %,d records in %.1f s = %,.0f records/s, %.1f MB/s%n    %s%n",
        label, target.partitions(), lengthFactor, r.records(), r.seconds(), r.perSecond(), r.bytes() / r.seconds() / 1e6, cpu.report(r.records()));
    return r;
  }

  /**
   * Waits until the pipeline has worked off what earlier phases left behind: no verdict and no
   * receipt for {@code quiet}, or {@code max} passed. Prints how much it drained and how fast.
   */
  void settle(Duration quiet, Duration max) throws InterruptedException {
    Tracker t = new Tracker();
    watcher.track(t);
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    long lastCount = 0;
    long lastChange = start;
    while (System.nanoTime() < deadline) {
      Thread.sleep(250);
      long n = t.publishedAll() + t.verdictsAll();
      if (n != lastCount) {
        lastCount = n;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > quiet.toNanos()) {
        break;
      }
    }
    if (lastCount == 0) return;
    double took = Math.max((lastChange - start) / 1e9, 0.001);
    out.printf(Locale.ROOT, "[settle] backlog worked off in %.1f s: %,d verdicts (%,.0f/s), %,d publication receipts (%,.0f/s)%s%n", took,
        t.verdictsAll(), t.verdictsAll() / took, t.publishedAll(), t.publishedAll() / took,
        System.nanoTime() >= deadline ? "; still going when the wait ended" : "");
  }

  /**
   * Waits, at most {@code max}, until other processes leave the machine alone (under a quarter of a
   * core for five seconds): this machine is shared, and a benchmark beside a build measures the build.
   */
  void awaitQuietMachine(Duration max) throws InterruptedException {
    if (max.isZero()) return;
    long deadline = System.nanoTime() + max.toNanos();
    long nextNote = 0;
    while (true) {
      double others = Probes.Cpu.othersCores(target.pid(), Duration.ofSeconds(5));
      if (others < 0.25) {
        out.printf(Locale.ROOT, "[quiet] other processes use %.2f cores; measuring%n", others);
        return;
      }
      if (System.nanoTime() >= deadline) {
        out.printf(Locale.ROOT, "[quiet] other processes still use %.2f cores after waiting %s; measuring anyway, read the CPU lines%n", others, max);
        return;
      }
      if (System.nanoTime() >= nextNote) {
        out.printf(Locale.ROOT, "[quiet] other processes use %.2f cores; waiting for them (at most %s)%n", others, max);
        nextNote = System.nanoTime() + 60_000_000_000L;
      }
    }
  }

  void check(String goal, String measured, boolean met) {
    checks.add(new Check(goal, measured, met));
  }

  void printChecks() {
    out.println();
    out.println("Targets:");
    for (Check c : checks) out.printf("  %-6s %-55s %s%n", c.met() ? "MET" : "MISSED", c.goal(), c.measured());
  }

  private void awaitVerdicts(Tracker t, long expected, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (t.verdictsForSubmitted() < expected && System.nanoTime() < deadline) sleep(20);
  }

  private void awaitPublished(Tracker t, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (t.publishedForSubmitted() < t.routes().getOrDefault("approved", 0L) && System.nanoTime() < deadline) sleep(50);
  }

  static String percentiles(Histogram h) {
    if (h.getTotalCount() == 0) return "n=0";
    return String.format(Locale.ROOT, "n=%,d p50 %s p99 %s p99.9 %s max %s", h.getTotalCount(),
        ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
  }

  static String ms(long micros) {
    return String.format(Locale.ROOT, micros < 10_000 ? "%.2f ms" : "%.0f ms", micros / 1000.0);
  }

  static double msOf(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    watcher.close();
  }
}
