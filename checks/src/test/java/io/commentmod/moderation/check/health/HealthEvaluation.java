package io.commentmod.moderation.check.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the health checks on the shared labelled sets (never shipped with the repository):
 * {@code eval/dev-comments.jsonl} (policy labels) and {@code datasets/twitter-suicidal-intention}.
 * The shared folder is {@code -Dhealth.shared=...}, else the first of {@code ../shared},
 * {@code ../../shared} that exists. {@code main} prints the figures and, with {@code -v}, every miss.
 */
final class HealthEvaluation {
  /** Counts for one flag. */
  record Score(String name, int tp, int fp, int fn, int tn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
      return String.format("%-34s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d, tn %d)", name, precision(), recall(), tp, fp, fn, tn);
    }
  }

  /** One labelled text. */
  record Example(String id, String body, boolean positive) {}

  private HealthEvaluation() {}

  static Path sharedDir() {
    String prop = System.getProperty("health.shared");
    if (prop != null) return Path.of(prop);
    for (String p : List.of("../shared", "../../shared")) {
      if (Files.isDirectory(Path.of(p))) return Path.of(p);
    }
    return Path.of("../shared");
  }

  static Path devFile() {
    return sharedDir().resolve("eval/dev-comments.jsonl");
  }

  static Path twitterFile() {
    return sharedDir().resolve("datasets/twitter-suicidal-intention/twitter-suicidal_data.csv");
  }

  static List<Example> dev(FlagName flag) {
    List<Example> out = new ArrayList<>();
    for (String line : lines(devFile())) {
      if (line.isBlank()) continue;
      try {
        JsonNode n = Json.mapper().readTree(line);
        boolean pos = false;
        for (JsonNode f : n.path("expected").path("flags")) pos |= f.asText().equals(flag.wire());
        out.add(new Example(n.path("id").asText(), n.path("body").asText(), pos));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static List<Example> twitter() {
    List<Example> out = new ArrayList<>();
    List<List<String>> rows = Csv.parse(String.join("\n", lines(twitterFile())));
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() < 2) continue;
      out.add(new Example("tw-" + i, r.get(0), r.get(1).strip().equals("1")));
    }
    return out;
  }

  /**
   * One half of the Twitter set, split by a hash of the text (duplicates fall in the same half):
   * half 0 is the analysis half whose misses may be read while writing rules, half 1 is held out
   * and only measured.
   */
  static List<Example> twitterHalf(int half) {
    return twitter().stream().filter(e -> half(e.body) == half).toList();
  }

  static int half(String body) {
    return Math.floorMod(body.strip().hashCode() * 0x9E3779B1, 2);
  }

  static Path rhmdFile() {
    return sharedDir().resolve("datasets/rhmd-reddit-health-mention/RHMD_3_Class.csv");
  }

  static Path adviceDir() {
    return sharedDir().resolve("datasets/health-advice-li2021");
  }

  /** RHMD rows with the given label (0 figurative, 1 non-health, 2 health mention). */
  static List<String> rhmd(String label) {
    List<String> out = new ArrayList<>();
    List<List<String>> rows = Csv.parse(String.join("\n", lines(rhmdFile())));
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() >= 2 && r.get(1).strip().equals(label)) out.add(r.get(0));
    }
    return out;
  }

  /** Sentences of the health-advice corpus with the given label (0 none, 1 weak, 2 strong advice). */
  static List<String> advice(String label) {
    List<String> out = new ArrayList<>();
    for (String file : List.of("annotations_structured_abstract.csv", "annotations_unstructured_abstract.csv", "annotations_discussion.csv")) {
      List<List<String>> rows = Csv.parse(String.join("\n", lines(adviceDir().resolve(file))));
      for (int i = 1; i < rows.size(); i++) {
        List<String> r = rows.get(i);
        if (r.size() >= 3 && r.get(0).strip().equals(label)) out.add(r.get(2));
      }
    }
    return out;
  }

  /** Share of {@code texts} that raise {@code flag}. */
  static double rate(List<String> texts, FlagName flag) {
    int n = 0;
    for (String s : texts) {
      if (flags(s, flag)) n++;
    }
    return texts.isEmpty() ? 0 : (double) n / texts.size();
  }

  static boolean flags(String body, FlagName flag) {
    Findings f = new Findings();
    CommentText text = Comments.comment(body);
    for (ModerationCheck c : HealthChecks.all()) c.inspect(text, f);
    return !f.of(flag).isEmpty();
  }

  static Score score(String name, List<Example> examples, FlagName flag, PrintStream misses) {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (Example e : examples) {
      boolean got = flags(e.body, flag);
      if (got && e.positive) tp++;
      else if (got) fp++;
      else if (e.positive) fn++;
      else tn++;
      if (misses != null && got != e.positive) {
        misses.println((got ? "  FP " : "  FN ") + e.id + " | " + abbreviate(e.body));
        if (got) misses.println("       " + Comments.run(e.body).of(flag));
      }
    }
    return new Score(name, tp, fp, fn, tn);
  }

  private static String abbreviate(String s) {
    s = s.replace('\n', ' ');
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    boolean verbose = args.length > 0 && args[0].equals("-v");
    String only = args.length > 1 ? args[1] : "";
    PrintStream out = System.out;
    if (!Files.exists(devFile())) {
      out.println("dev set not found under " + sharedDir().toAbsolutePath());
      return;
    }
    if (only.isEmpty() || only.equals("self")) {
      out.println(score("dev self_harm", dev(FlagName.SELF_HARM), FlagName.SELF_HARM, verbose ? out : null));
    }
    if (only.isEmpty() || only.equals("med")) {
      out.println(score("dev medical_advice", dev(FlagName.MEDICAL_ADVICE), FlagName.MEDICAL_ADVICE, verbose ? out : null));
    }
    if ((only.isEmpty() || only.equals("twitter")) && Files.exists(twitterFile())) {
      out.println(score("twitter suicidal-intention self_harm", twitter(), FlagName.SELF_HARM, verbose && only.equals("twitter") ? out : null));
    }
    if ((only.isEmpty() || only.startsWith("half")) && Files.exists(twitterFile())) {
      for (int half = 0; half < 2; half++) {
        out.println(score("twitter half " + half + (half == 0 ? " (analysis)" : " (held out)"), twitterHalf(half), FlagName.SELF_HARM,
            verbose && half == 0 && only.equals("half0") ? out : null));
      }
    }
    if ((only.isEmpty() || only.equals("rates")) && Files.exists(rhmdFile())) {
      for (String label : List.of("0", "1", "2")) {
        List<String> texts = rhmd(label);
        out.printf("rhmd label %s (%s, %d posts): self_harm %.3f  medical_advice %.3f%n", label,
            label.equals("0") ? "figurative" : label.equals("1") ? "non-health" : "health mention", texts.size(),
            rate(texts, FlagName.SELF_HARM), rate(texts, FlagName.MEDICAL_ADVICE));
      }
    }
    if ((only.isEmpty() || only.equals("rates")) && Files.isDirectory(adviceDir())) {
      for (String label : List.of("0", "1", "2")) {
        List<String> texts = advice(label);
        out.printf("health-advice-li2021 label %s (%s advice, %d sentences): medical_advice %.3f  self_harm %.3f%n", label,
            label.equals("0") ? "no" : label.equals("1") ? "weak" : "strong", texts.size(),
            rate(texts, FlagName.MEDICAL_ADVICE), rate(texts, FlagName.SELF_HARM));
      }
    }
  }
}
