package io.commentmod.moderation.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.Json;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.policy.PolicyException;
import io.commentmod.moderation.training.TrainCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The batch commands, running the same checks as the Streams app:
 * <pre>
 *   classify --input IN.jsonl --output OUT.jsonl [--policy FILE]
 *   evaluate --input LABELLED.jsonl [--report OUT.json] [--datasets DIR] [--policy FILE] [--misses]
 *   train    [--model spam|self-harm|self-harm-context|medical] [--datasets DIR] [--output MODEL.bin.gz]
 * </pre>
 * Exit codes: 0 done, 1 done but some input lines had errors, 2 usage or setup error.
 */
public final class BatchCommands {
  static final String DEFAULT_DATASETS = "../shared/datasets";

  private BatchCommands() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    try {
      switch (args[0]) {
        case "classify":
          return classify(new Args(args, 1, Set.of("input", "output", "policy"), Set.of()), err);
        case "evaluate":
          return evaluate(new Args(args, 1, Set.of("input", "report", "datasets", "policy"), Set.of("misses")), out);
        case "train":
          Args a = new Args(args, 1, Set.of("model", "datasets", "output"), Set.of());
          String model = a.get("model", "spam");
          if (model.equals("self-harm")) return TrainCommand.runSelfHarm(Path.of(a.get("output", TrainCommand.SELF_HARM_OUTPUT)), out);
          if (model.equals("self-harm-context")) return TrainCommand.runSelfHarmContext(Path.of(a.get("output", TrainCommand.SELF_HARM_CONTEXT_OUTPUT)), out);
          if (model.equals("medical")) return TrainCommand.runMedical(Path.of(a.get("output", TrainCommand.MEDICAL_OUTPUT)), out);
          if (!model.equals("spam")) throw new Args.UsageException("--model must be spam, self-harm, self-harm-context or medical: " + model);
          return TrainCommand.run(Path.of(a.get("datasets", DEFAULT_DATASETS)), Path.of(a.get("output", TrainCommand.DEFAULT_OUTPUT)), out);
        default:
          err.println("unknown command: " + args[0] + "\n" + usage());
          return 2;
      }
    } catch (Args.UsageException e) {
      err.println(e.getMessage() + "\n" + usage());
      return 2;
    } catch (PolicyException e) {
      err.println("bad policy: " + e.getMessage());
      return 2;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("I/O error: " + e.getMessage());
      return 2;
    }
  }

  static String usage() {
    return "usage:\n"
        + "  classify --input IN.jsonl --output OUT.jsonl [--policy FILE]\n"
        + "  evaluate --input LABELLED.jsonl [--report OUT.json] [--datasets DIR] [--policy FILE] [--misses]\n"
        + "  train [--model spam|self-harm|self-harm-context|medical] [--datasets DIR] [--output MODEL.bin.gz]";
  }

  private static Policy policy(Args a) {
    String p = a.get("policy", null);
    return p == null ? Policy.defaults() : Policy.load(Path.of(p));
  }

  private static int classify(Args a, PrintStream err) throws IOException {
    Path in = Path.of(a.required("input"));
    Path outFile = Path.of(a.required("output"));
    Policy policy = policy(a);
    int errors;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      errors = Classify.run(r, w, Moderators.create(policy));
    }
    if (errors > 0) err.println(errors + " line(s) had errors; see their 'error' field in " + outFile);
    return errors > 0 ? 1 : 0;
  }

  private static int evaluate(Args a, PrintStream out) throws IOException {
    Path in = Path.of(a.required("input"));
    Policy policy = policy(a);
    List<Evaluate.Outcome> outcomes;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      outcomes = Evaluate.run(r, Moderators.create(policy));
    }
    ObjectNode report = Evaluate.report(outcomes);
    report.put("policyVersion", policy.version());
    Evaluate.print(report, out);
    if (a.flag("misses")) Evaluate.printMisses(outcomes, out);
    Path datasets = Path.of(a.get("datasets", DEFAULT_DATASETS));
    ObjectNode youtube = DatasetProtocols.youtube(datasets, policy);
    report.set("youtubeLeaveOneVideoOut", youtube);
    if (youtube.get("available").asBoolean()) {
      out.println("YouTube leave-one-video-out (classifier / whole spam detector):");
      youtube.get("videos").forEach(v -> out.printf(java.util.Locale.ROOT, "  %-10s %.3f / %.3f%n", v.get("video").asText(),
          v.get("classifierAccuracy").asDouble(), v.get("detectorAccuracy").asDouble()));
      out.printf(java.util.Locale.ROOT, "  mean       %.3f / %.3f%n", youtube.get("meanClassifierAccuracy").asDouble(),
          youtube.get("meanDetectorAccuracy").asDouble());
    } else {
      out.println("YouTube leave-one-video-out: unavailable (" + youtube.get("reason").asText() + ")");
    }
    ObjectNode suicidal = DatasetProtocols.suicidalIntention(datasets, policy);
    report.set("twitterSuicidalIntention", suicidal);
    if (suicidal.get("available").asBoolean()) {
      out.printf(java.util.Locale.ROOT, "Twitter suicidal intention: self-harm recall %.3f, false-positive rate %.3f%n",
          suicidal.get("recall").asDouble(), suicidal.get("falsePositiveRate").asDouble());
    } else {
      out.println("Twitter suicidal intention: unavailable (" + suicidal.get("reason").asText() + ")");
    }
    String reportPath = a.get("report", null);
    if (reportPath != null) {
      Files.writeString(Path.of(reportPath), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    }
    return report.get("errors").asInt() > 0 ? 1 : 0;
  }
}
