package io.commentmod.moderation.bench;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;

/**
 * {@link ModeratorBenchmark}'s workload timed by the thread's CPU time instead of the wall clock,
 * for a shared machine: other processes taking the core lower JMH's ops/s, but not (or much less)
 * the CPU time one comment costs. Prints comments per CPU-second for each round and the median of the
 * second half of the rounds (after warm-up). Run: {@code java -cp ... io.commentmod.moderation.bench.ModeratorCpuTime [all|spam] [rounds] [seconds]}.
 */
public final class ModeratorCpuTime {
  private ModeratorCpuTime() {}

  public static void main(String[] args) {
    String checks = args.length > 0 ? args[0] : "all";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;
    Moderator moderator = checks.equals("spam")
        ? Moderators.create(Policy.defaults(), SpamChecks.all(Policy.defaults()))
        : Moderators.defaults();
    ModerationState state = ModerationState.inMemory();
    List<Example> corpus = Datasets.ownCorpus();
    CommentSubmitted[] comments = new CommentSubmitted[corpus.size()];
    for (int i = 0; i < comments.length; i++) {
      String email = "reader" + (i % 500) + "@example.org";
      comments[i] = new CommentSubmitted("c" + i, "article-" + (i % 3), new Author("Reader " + i, email, "10.0." + (i % 250) + ".1", null, null),
          corpus.get(i).text(), null, null, null, null, null);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long clock = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    int next = 0;
    long flags = 0;
    double[] rates = new double[rounds];
    for (int round = 1; round <= rounds; round++) {
      long cpu0 = cpu.getCurrentThreadCpuTime(), wall0 = System.nanoTime(), n = 0;
      while (System.nanoTime() - wall0 < seconds * 1e9) {
        for (int k = 0; k < 100; k++) {
          clock += 1000;
          flags += moderator.assess(comments[next], Instant.ofEpochMilli(clock), state).flags().size();
          next = next + 1 == comments.length ? 0 : next + 1;
        }
        n += 100;
      }
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9, wallSeconds = (System.nanoTime() - wall0) / 1e9;
      rates[round - 1] = n / cpuSeconds;
      System.out.printf("%s round %d: %,.0f comments per CPU-second (%.1f us each), %,.0f per wall-clock second%n",
          checks, round, n / cpuSeconds, cpuSeconds * 1e6 / n, n / wallSeconds);
    }
    double[] late = java.util.Arrays.copyOfRange(rates, rounds / 2, rounds);
    java.util.Arrays.sort(late);
    System.out.printf("%s median of rounds %d-%d: %,.0f comments per CPU-second (flags seen: %d)%n",
        checks, rounds / 2 + 1, rounds, late[late.length / 2], flags);
  }
}
