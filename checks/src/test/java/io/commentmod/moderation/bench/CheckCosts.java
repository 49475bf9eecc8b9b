package io.commentmod.moderation.bench;

import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import java.util.List;

/**
 * Where the single-comment checks spend their time: every check runs on every comment of the
 * project's corpus in the moderator's order (so the caches the checks share are warm as in the
 * moderator), each call timed on its own. Prints nanoseconds per comment for the normaliser and for
 * each check, from the last half of the rounds. The cross-comment checks are not included. A
 * guide for where to look, not a figure to report: timing each call adds its own cost. Run:
 * {@code java -cp ... io.commentmod.moderation.bench.CheckCosts [rounds]}.
 */
public final class CheckCosts {
  private CheckCosts() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    List<ModerationCheck> checks = Moderators.checks(Policy.defaults());
    List<Example> corpus = Datasets.ownCorpus();
    long[] nanos = new long[checks.size() + 1];
    long comments = 0;
    for (int round = 0; round < rounds; round++) {
      boolean count = round >= rounds / 2;
      for (Example e : corpus) {
        long t0 = System.nanoTime();
        CommentText text = Normalizer.normalize(null, "Reader", "reader@example.org", null, e.text());
        long t1 = System.nanoTime();
        if (count) nanos[0] += t1 - t0;
        Findings findings = new Findings();
        for (int c = 0; c < checks.size(); c++) {
          long s = System.nanoTime();
          checks.get(c).inspect(text, findings);
          if (count) nanos[c + 1] += System.nanoTime() - s;
        }
        if (count) comments++;
      }
    }
    long total = 0;
    for (long n : nanos) total += n;
    System.out.printf("%-28s %8.0f ns%n", "normaliser", nanos[0] / (double) comments);
    for (int c = 0; c < checks.size(); c++) {
      System.out.printf("%-28s %8.0f ns%n", checks.get(c).getClass().getSimpleName(), nanos[c + 1] / (double) comments);
    }
    System.out.printf("%-28s %8.0f ns (%d comments)%n", "total", total / (double) comments, comments);
  }
}
