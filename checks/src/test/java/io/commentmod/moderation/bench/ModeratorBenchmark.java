package io.commentmod.moderation.bench;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comments per second through every check (normaliser, spam checks, classifier, waves, floods,
 * author history, routing) on one thread, with in-memory state. The comments are the project's
 * own corpus (legitimate comments and spam, 20 to 200 characters), cycled with 500 authors.
 * Run: see docs/moderation.md ("Speed").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModeratorBenchmark {
  private Moderator moderator;
  private ModerationState state;
  private CommentSubmitted[] comments;
  private int next;
  private long clock;

  /** {@code all}: every check; {@code spam}: the normaliser, spam and cross-comment checks without the health checks. */
  @Param({"all", "spam"})
  public String checks;

  @Setup
  public void setUp() {
    moderator = checks.equals("spam")
        ? Moderators.create(Policy.defaults(), SpamChecks.all(Policy.defaults()))
        : Moderators.defaults();
    state = ModerationState.inMemory();
    List<Example> corpus = Datasets.ownCorpus();
    comments = new CommentSubmitted[corpus.size()];
    for (int i = 0; i < comments.length; i++) {
      String email = "reader" + (i % 500) + "@example.org";
      comments[i] = new CommentSubmitted("c" + i, "article-" + (i % 3), new Author("Reader " + i, email, "10.0." + (i % 250) + ".1", null, null),
          corpus.get(i).text(), null, null, null, null, null);
    }
    clock = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  }

  @Benchmark
  public Assessment assess() {
    CommentSubmitted c = comments[next];
    next = next + 1 == comments.length ? 0 : next + 1;
    clock += 1000;
    return moderator.assess(c, Instant.ofEpochMilli(clock), state);
  }
}
