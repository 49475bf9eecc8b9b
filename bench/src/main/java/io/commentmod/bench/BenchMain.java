package io.commentmod.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code java -jar bench/target/bench.jar [scenario] [options]}: wiring only; see {@link #USAGE}. */
public final class BenchMain {
  static final String USAGE = """
      usage: java [-Xmx..] -jar bench/target/bench.jar [scenario] [options]

      scenarios
        all          (default) warm-up, raw pass-through, end to end at 200/s, HTTP at 1,000/s,
                     HTTP as fast as possible, topic as fast as possible, memory; checks the targets
        passthrough  raw Kafka pass-through only                      --count
        topic        comments straight to comments.submitted          --count --rate --length --poison
        http         comments through the ingest API                  --duration --rate --connections --length
        poison       topic as fast as possible without, then with poison records  --count --poison
        scaling      a fresh pipeline per partition count and length: pass-through and topic, as a table
                                                                      --count --partitions-list --lengths

      the pipeline under test (default: the standalone pipeline in this JVM, its own embedded broker,
      default settings, fresh data directory)
        --launch <jar> [--jvm-args "-Xmx1g"]  run `java <jvm-args> -jar <jar>` and measure that process
        --moderation-only                     embedded broker + moderation only, in this JVM (diagnostic)
        --ingest-only                         embedded broker + ingest only, in this JVM (diagnostic)
        --bootstrap <servers> [--ingest-url <url> --api-key <key>]   a pipeline that is already running
        --partitions <n>                      KAFKA_TOPIC_PARTITIONS for a fresh pipeline (default 3)
        --env NAME=value[,NAME=value...]      more settings for a fresh pipeline, e.g. MODERATION_COMMIT_INTERVAL_MS=1000

      load
        --rate <per second>   0 = as fast as possible (default 0 for topic and http)
        --count <n>           records for topic and pass-through phases
        --duration <s>        seconds of HTTP load
        --connections <n>     HTTP connections (default 64)
        --length <k>          stretch every comment to k times its length (default 1)
        --poison <ratio>      share of poison records on the topic, e.g. 0.05
      """;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.print(USAGE);
      return;
    }
    PrintStream out = System.out;
    Options o;
    Scenarios.Plan plan;
    try {
      o = new Options(args);
      plan = Scenarios.plan(o);
      o.requireAllRead();
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    Machine.describe(out);
    plan.run(out);
    System.exit(0); // Kafka and Jetty leave non-daemon threads behind after a run this size
  }

  /** Which pipeline to measure, read from the options now, built (fresh each time) with extra settings later. */
  static java.util.function.Function<Map<String, String>, Target> targets(Options o) {
    String bootstrap = o.string("bootstrap", null);
    String ingestUrl = o.string("ingest-url", null);
    String apiKey = o.string("api-key", null);
    String launch = o.string("launch", null);
    String jvmArgs = o.string("jvm-args", "-Xmx1g");
    boolean moderationOnly = o.flag("moderation-only");
    boolean ingestOnly = o.flag("ingest-only");
    return env -> {
      if (bootstrap != null) return new Target.External(bootstrap, ingestUrl == null ? null : URI.create(ingestUrl), apiKey);
      if (launch != null) return new Target.Launched(Path.of(launch), List.of(jvmArgs.trim().split("\\s+")), env);
      if (moderationOnly) return new Target.ModerationOnly(env);
      if (ingestOnly) return new Target.IngestOnly(env);
      return new Target.InProcess(env);
    };
  }
}
