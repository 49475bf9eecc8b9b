package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.ArrayList;
import java.util.List;

/** Single-thread throughput of the health checks on ~300-character comments (development aid and slow test). */
final class HealthSpeed {
  private HealthSpeed() {}

  /** Comments of about 300 characters built from a fixed mix of texts (no dataset needed). */
  static List<CommentText> corpus(int n) {
    String[] parts = {
      "I've been on escitalopram for a year and honestly the side effects were rough at first. ",
      "Has anyone tried lion's mane with sertraline? My doctor said to check with the pharmacist. ",
      "Stop taking your SSRIs and take 2g of dried mushrooms every other day instead, trust me. ",
      "This article killed me, the synapse metaphor was great. Thanks for the clear write-up! ",
      "The study reported that 4% of participants had suicidal thoughts during the first weeks. ",
      "I don't see the point of going on anymore, nothing helps and I'm so tired of everything. ",
      "Nimm einfach Johanniskraut statt Citalopram, das wirkt genauso gut und ist natürlich. ",
      "Mi hermana toma escitalopram desde hace un año y le ha ayudado bastante, gracias. ",
    };
    List<CommentText> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int k = i;
      while (sb.length() < 300) {
        sb.append(parts[k % parts.length]);
        k = k * 7 + 3;
      }
      out.add(Comments.comment(sb.substring(0, 300)));
    }
    return out;
  }

  /**
   * CPU nanoseconds per comment for all health checks on this thread, after warm-up. CPU time, not
   * wall time, so a busy machine does not inflate the figure.
   */
  static double nanosPerComment(List<CommentText> comments, int rounds) {
    List<ModerationCheck> checks = HealthChecks.all();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w < 5; w++) sink += run(checks, comments);
    long start = mx.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) sink += run(checks, comments);
    long elapsed = mx.getCurrentThreadCpuTime() - start;
    if (sink == 42) System.out.print("");
    return (double) elapsed / ((long) rounds * comments.size());
  }

  private static long run(List<ModerationCheck> checks, List<CommentText> comments) {
    long flagged = 0;
    for (CommentText c : comments) {
      Findings f = new Findings();
      for (ModerationCheck check : checks) check.inspect(c, f);
      if (!f.isEmpty()) flagged++;
    }
    return flagged;
  }

  public static void main(String[] args) {
    List<CommentText> comments = corpus(20_000);
    double ns = nanosPerComment(comments, 10);
    System.out.printf("health checks: %.2f µs per 300-char comment, %.0f comments/s on one core%n", ns / 1000, 1e9 / ns);
  }
}
