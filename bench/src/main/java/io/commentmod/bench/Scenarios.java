package io.commentmod.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The runs BenchMain offers; each reads all its options when planned, so a typo fails before any work. */
final class Scenarios {
  /** A run, ready to go. */
  interface Plan {
    void run(PrintStream out) throws Exception;
  }

  static final long GIB = 1024L * 1024 * 1024;

  private Scenarios() {}

  static Plan plan(Options o) {
    Function<Map<String, String>, Target> targets = BenchMain.targets(o);
    Map<String, String> env = new HashMap<>();
    String partitions = o.string("partitions", null);
    if (partitions != null) env.put("KAFKA_TOPIC_PARTITIONS", partitions);
    String settings = o.string("env", null);
    if (settings != null) {
      for (String pair : settings.split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--env takes NAME=value[,NAME=value...], got '" + pair + "'");
        env.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    int length = (int) o.number("length", 1);
    Duration quiet = o.seconds("quiet-wait", 120);
    return switch (o.scenario) {
      case "all" -> all(o, targets, env, length, quiet);
      case "passthrough" -> {
        long count = o.number("count", 200_000);
        yield out -> {
          try (Target t = targets.apply(env); Bench b = new Bench(t, out)) {
            out.println("pipeline: " + t.describe());
            b.passThrough("warm-up", Math.min(count, 20_000), length);
            b.awaitQuietMachine(quiet);
            b.passThrough("pass-through", count, length);
          }
        };
      }
      case "topic" -> {
        long count = o.number("count", 200_000);
        double rate = o.decimal("rate", 0);
        double poison = o.decimal("poison", 0);
        long warmup = o.number("warmup", 20_000);
        yield out -> {
          try (Target t = targets.apply(env); Bench b = new Bench(t, out)) {
            out.println("pipeline: " + t.describe());
            if (warmup > 0) b.topic("warm-up", warmup, 0, length, 0, Duration.ofMinutes(2));
            b.awaitQuietMachine(quiet);
            b.topic("topic", count, rate, length, poison, Duration.ofSeconds(Math.max(120, count / 500)));
            memory(b);
          }
        };
      }
      case "http" -> {
        Duration duration = o.seconds("duration", 30);
        double rate = o.decimal("rate", 0);
        int connections = (int) o.number("connections", 64);
        long warmup = o.number("warmup", 10);
        yield out -> {
          try (Target t = targets.apply(env); Bench b = new Bench(t, out)) {
            out.println("pipeline: " + t.describe());
            if (warmup > 0) b.http("warm-up", 16, 500, Duration.ofSeconds(warmup), length, Duration.ofSeconds(60), false);
            b.awaitQuietMachine(quiet);
            b.http("http", connections, rate, duration, length, Duration.ofSeconds(120), rate > 0 && rate <= 500);
            memory(b);
          }
        };
      }
      case "poison" -> {
        long count = o.number("count", 100_000);
        double poison = o.decimal("poison", 0.05);
        yield out -> {
          try (Target t = targets.apply(env); Bench b = new Bench(t, out)) {
            out.println("pipeline: " + t.describe());
            b.topic("warm-up", 20_000, 0, length, 0, Duration.ofMinutes(2));
            b.awaitQuietMachine(quiet);
            var clean = b.topic("without poison", count, 0, length, 0, Duration.ofMinutes(5));
            var mixed = b.topic("with poison " + poison, count, 0, length, poison, Duration.ofMinutes(5));
            out.printf(Locale.ROOT, "valid comments per second with poison: %.0f%% of without%n", 100 * mixed.perSecond() / clean.perSecond());
          }
        };
      }
      case "scaling" -> scaling(o, targets, env, quiet);
      default -> throw new IllegalArgumentException("unknown scenario '" + o.scenario + "'");
    };
  }

  /**
   * Every target in one run, each phase on a pipeline that has worked off the previous one's
   * backlog: pass-through first on an idle system, then moderation's throughput, then end to end
   * at 200/s, then HTTP at 1,000/s and as fast as possible.
   */
  private static Plan all(Options o, Function<Map<String, String>, Target> targets, Map<String, String> env, int length, Duration quiet) {
    long count = o.number("count", 20_000);
    long passCount = o.number("passthrough-count", 200_000);
    long warmup = o.number("warmup", 5_000);
    Duration e2e = o.seconds("e2e-duration", 60);
    Duration http = o.seconds("http-duration", 30);
    Duration httpMax = o.seconds("http-max-duration", 20);
    int connections = (int) o.number("connections", 64);
    Duration settle = o.seconds("settle", 900);
    return out -> {
      try (Target t = targets.apply(env); Bench b = new Bench(t, out)) {
        out.println("pipeline: " + t.describe());
        b.passThrough("warm-up", 20_000, length);
        b.topic("warm-up", warmup, 0, length, 0, Duration.ofMinutes(5));
        if (t.ingest() != null) b.http("warm-up", 16, 100, Duration.ofSeconds(10), length, Duration.ofSeconds(60), false);
        b.settle(Duration.ofSeconds(3), settle);
        b.awaitQuietMachine(quiet);

        PassThrough.Result pass = b.passThrough("limit", passCount, length);
        var mod = b.topic("moderation, topic as fast as possible", count, 0, length, 0, Duration.ofSeconds(Math.max(300, count / 20)));
        double ratio = mod.perSecond() / pass.perSecond();
        out.printf(Locale.ROOT, "moderation / raw pass-through = %,.0f / %,.0f = %.1f%%%n", mod.perSecond(), pass.perSecond(), 100 * ratio);
        b.check("moderation >= 20,000 comments/s", String.format(Locale.ROOT, "%,.0f/s", mod.perSecond()), mod.perSecond() >= 20_000);
        b.check("moderation >= 50% of raw pass-through", String.format(Locale.ROOT, "%.1f%% (%,.0f of %,.0f/s)", 100 * ratio,
            mod.perSecond(), pass.perSecond()), ratio >= 0.5);
        b.settle(Duration.ofSeconds(3), settle);

        if (t.ingest() != null) {
          b.awaitQuietMachine(quiet);
          var slow = b.http("end to end at 200/s", 8, 200, e2e, length, Duration.ofSeconds(120), true);
          b.check("at 200/s: submission->verdict p99 <= 250 ms", Bench.ms(slow.tracker().toVerdict.getValueAtPercentile(99)),
              Bench.msOf(slow.tracker().toVerdict, 99) <= 250 && slow.tracker().verdictsForSubmitted() == slow.load().accepted());
          b.check("at 200/s: submission->publication p99 <= 500 ms", Bench.ms(slow.tracker().toPublished.getValueAtPercentile(99)),
              Bench.msOf(slow.tracker().toPublished, 99) <= 500 && slow.tracker().publishedForSubmitted() > 0);
          b.settle(Duration.ofSeconds(3), settle);

          b.awaitQuietMachine(quiet);
          var steady = b.http("HTTP at 1,000/s", 32, 1000, http, length, Duration.ZERO, false);
          b.check("at 1,000/s: acceptance p99 <= 20 ms", Bench.ms(steady.tracker().accept.getValueAtPercentile(99)),
              Bench.msOf(steady.tracker().accept, 99) <= 20 && steady.load().accepted() == steady.load().sent());
          b.settle(Duration.ofSeconds(3), settle);

          b.awaitQuietMachine(quiet);
          var max = b.http("HTTP as fast as possible", connections, 0, httpMax, length, Duration.ZERO, false);
          b.check("HTTP ingest >= 5,000 accepted/s", String.format(Locale.ROOT, "%,.0f/s", max.acceptedPerSecond()), max.acceptedPerSecond() >= 5000);
          b.settle(Duration.ofSeconds(3), settle);
        }
        memory(b);
        b.printChecks();
      }
    };
  }

  /** Peak memory of the process under test; checked against the targets only when it runs alone (launched). */
  private static void memory(Bench b) {
    Probes.Memory m = b.target.memory();
    if (m == null) return;
    b.out.printf(Locale.ROOT, "memory of the pipeline's process: peak heap used %,d MiB, peak RSS sampled %,d MiB, VmHWM %,d MiB%n",
        m.peakHeap() >> 20, m.peakRss() >> 20, m.highWaterRss() >> 20);
    if (b.target instanceof Target.Launched) {
      b.check("heap < 1 GiB under load", String.format(Locale.ROOT, "peak used %,d MiB", m.peakHeap() >> 20), m.peakHeap() < GIB);
      b.check("RSS < 1.5 GiB under load", String.format(Locale.ROOT, "VmHWM %,d MiB", m.highWaterRss() >> 20), m.highWaterRss() < GIB * 3 / 2);
    }
  }

  /**
   * A fresh pipeline per partition count and length factor (partitions are fixed when the topics
   * are created): pass-through and moderation at that length, as one table.
   */
  private static Plan scaling(Options o, Function<Map<String, String>, Target> targets, Map<String, String> env, Duration quiet) {
    long count = o.number("count", 5_000);
    long passCount = o.number("passthrough-count", 100_000);
    List<Integer> partitionCounts = o.integers("partitions-list", "1,4");
    List<Integer> lengths = o.integers("lengths", "1,4,16");
    return out -> {
      List<String> rows = new ArrayList<>();
      for (int p : partitionCounts) {
        for (int k : lengths) {
          Map<String, String> e = new HashMap<>(env);
          e.put("KAFKA_TOPIC_PARTITIONS", Integer.toString(p));
          long n = Math.max(500, count / k);
          long pn = Math.max(20_000, passCount / k);
          try (Target t = targets.apply(e); Bench b = new Bench(t, out)) {
            out.println("pipeline: " + t.describe());
            b.passThrough("warm-up", 20_000, k);
            b.topic("warm-up", Math.min(n, 2_000), 0, k, 0, Duration.ofMinutes(5));
            b.settle(Duration.ofSeconds(3), Duration.ofMinutes(10));
            b.awaitQuietMachine(quiet);
            var pass = b.passThrough("limit", pn, k);
            var mod = b.topic("moderation", n, 0, k, 0, Duration.ofSeconds(Math.max(300, n / 5)));
            rows.add(String.format(Locale.ROOT, "| %d | %dx | %,d | %,.0f | %,.0f | %.1f%% | %s |", p, k, averageBodyChars(k),
                pass.perSecond(), mod.perSecond(), 100 * mod.perSecond() / pass.perSecond(), mod.cpu()));
          }
        }
      }
      out.println();
      out.println("| partitions | length | mean body (chars) | pass-through/s | moderation/s | ratio | moderation CPU |");
      out.println("|---|---|---|---|---|---|---|");
      rows.forEach(out::println);
    };
  }

  static int averageBodyChars(int lengthFactor) {
    CommentMix mix = new CommentMix(99, lengthFactor);
    long sum = 0;
    for (int i = 0; i < 10_000; i++) sum += mix.next().body().length();
    return (int) (sum / 10_000);
  }
}
