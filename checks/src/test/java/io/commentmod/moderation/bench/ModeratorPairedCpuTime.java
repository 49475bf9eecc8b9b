package io.commentmod.moderation.bench;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@link ModeratorCpuTime}'s workload for two builds of this module at once, to tell a change of a
 * few per cent from the load of a shared machine: each build's classes are loaded by a class loader
 * of their own in one JVM, and short rounds alternate between the two (which goes first alternates
 * too), so both see the same load. Prints each build's median CPU time per comment and the median
 * of the per-round ratios, with its quartiles. Run two copies of {@code checks/target/classes}
 * (before and after a change) with the module's dependencies, but not its own classes, on the class
 * path: {@code java -cp "checks/target/test-classes:$(cat checks/target/classpath.txt)"
 * io.commentmod.moderation.bench.ModeratorPairedCpuTime BEFORE_DIR AFTER_DIR [rounds] [comments per round]}.
 * Two copies of the same build read about 0.98-1.0 on a loaded machine: smaller differences are noise.
 */
public final class ModeratorPairedCpuTime {
  private ModeratorPairedCpuTime() {}

  /** One build: its moderator, state and comments, reached through method handles (its types are its loader's own). */
  private static final class Build {
    private final Object moderator;
    private final Object state;
    private final MethodHandle assess;
    private final MethodHandle flags;
    private final CommentSubmitted[] comments;
    private long clock = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private int next;

    Build(String classes) throws Throwable {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL()}, ModeratorPairedCpuTime.class.getClassLoader());
      String engine = "io.commentmod.moderation.engine.";
      Class<?> moderatorType = loader.loadClass(engine + "Moderator");
      Class<?> stateType = loader.loadClass(engine + "ModerationState");
      Class<?> assessmentType = loader.loadClass(engine + "Assessment");
      Class<?> datasets = loader.loadClass("io.commentmod.moderation.training.Datasets");
      Class<?> example = loader.loadClass("io.commentmod.moderation.training.Example");
      moderator = loader.loadClass(engine + "Moderators").getMethod("defaults").invoke(null);
      state = stateType.getMethod("inMemory").invoke(null);
      List<?> corpus = (List<?>) datasets.getMethod("ownCorpus").invoke(null);
      comments = new CommentSubmitted[corpus.size()];
      for (int i = 0; i < comments.length; i++) {
        String email = "reader" + (i % 500) + "@example.org";
        String text = (String) example.getMethod("text").invoke(corpus.get(i));
        comments[i] = new CommentSubmitted("c" + i, "article-" + (i % 3), new Author("Reader " + i, email, "10.0." + (i % 250) + ".1", null, null),
            text, null, null, null, null, null);
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      assess = lookup.findVirtual(moderatorType, "assess", MethodType.methodType(assessmentType, CommentSubmitted.class, Instant.class, stateType))
          .asType(MethodType.methodType(Object.class, Object.class, CommentSubmitted.class, Instant.class, Object.class));
      flags = lookup.findVirtual(assessmentType, "flags", MethodType.methodType(List.class))
          .asType(MethodType.methodType(List.class, Object.class));
    }

    /** Moderates the next {@code n} comments; returns the flags raised, so the work cannot be skipped. */
    long run(int n) throws Throwable {
      long raised = 0;
      for (int k = 0; k < n; k++) {
        clock += 1000;
        Object assessment = assess.invokeExact(moderator, comments[next], Instant.ofEpochMilli(clock), state);
        raised += ((List<?>) flags.invokeExact(assessment)).size();
        next = next + 1 == comments.length ? 0 : next + 1;
      }
      return raised;
    }
  }

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) throw new IllegalArgumentException("usage: BEFORE_CLASSES AFTER_CLASSES [rounds] [comments per round]");
    try {
      Class.forName("io.commentmod.moderation.engine.Moderators");
      throw new IllegalStateException("the module's own classes are on the class path: both builds would run them");
    } catch (ClassNotFoundException expected) {
      // as it should be: each build is loaded from its directory
    }
    Build before = new Build(args[0]), after = new Build(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    int warmUp = 4;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] usBefore = new double[rounds], usAfter = new double[rounds], ratio = new double[rounds];
    long raised = 0;
    for (int round = 0; round < rounds + warmUp; round++) {
      double b = 0, a = 0;
      for (int half = 0; half < 2; half++) {
        boolean isBefore = (half == 0) == (round % 2 == 0); // before goes first in even rounds
        long cpu0 = cpu.getCurrentThreadCpuTime();
        raised += (isBefore ? before : after).run(perRound);
        double us = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e3 / perRound;
        if (isBefore) b = us;
        else a = us;
      }
      if (round < warmUp) continue;
      usBefore[round - warmUp] = b;
      usAfter[round - warmUp] = a;
      ratio[round - warmUp] = a / b;
    }
    Arrays.sort(usBefore);
    Arrays.sort(usAfter);
    Arrays.sort(ratio);
    System.out.printf("before %.1f us, after %.1f us of CPU per comment (medians of %d rounds of %,d); after/before %.3f (quartiles %.3f-%.3f; flags seen: %d)%n",
        usBefore[rounds / 2], usAfter[rounds / 2], rounds, perRound, ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], raised);
  }
}
