package io.commentmod.moderation.check.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import io.commentmod.moderation.training.TextModel;
import io.commentmod.moderation.training.Trainer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development aid for the medical-advice classifier ({@link MedicalModelSignal}): trains on the
 * training part of the own medical corpus (everything but the hash-chosen validation fifth, see
 * {@link Datasets#medicalValidation}), quantises as the shipped file does, and runs the whole
 * medical check (rules, then the classifier) at several thresholds on the validation fifth; with
 * {@code -Dsets=1} also on the dev set, the generalisation set and the public sets (their medical
 * false-flag rates, and spam rows of the public spam sets).
 *
 * <pre>
 *   java ... MedicalModelExperiment [L2] [-Dgrid=T,T,...] [-Dsets=1] [-Dlist=T] [-Dfp=T] [-Ddebug=TEXT] [-Dcorpus=FILE] [-Dall=1]
 * </pre>
 * {@code -Dall=1} trains on the whole corpus (as the shipped model): validation figures are then not held out.
 */
final class MedicalModelExperiment {
  private MedicalModelExperiment() {}

  static final HealthLexicons LEX = HealthLexicons.load();

  record Labelled(String body, boolean positive) {}

  static List<Example> corpus() {
    if (System.getProperty("corpus") == null) return Datasets.medicalCorpus();
    List<Example> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(System.getProperty("corpus")), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        String text = line.substring(tab + 1);
        out.add(new Example(text, line.startsWith("advice"), 1.0, "own-medical", Datasets.medicalValidation(text) ? "validation" : "train"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static TextModel train(List<Example> examples, double l2) {
    TextModel m = new Trainer(18, Integer.getInteger("epochs", 15), Double.parseDouble(System.getProperty("rate", "0.2")), l2).train(examples);
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      m.write(bytes);
      return TextModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean flags(MedicalAdviceCheck check, String body) {
    Findings f = new Findings();
    check.inspect(Normalizer.normalize("article", "", "", "", body), f);
    return !f.of(FlagName.MEDICAL_ADVICE).isEmpty();
  }

  static List<Labelled> jsonl(Path p) {
    List<Labelled> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = Json.mapper().readTree(line);
        boolean pos = false;
        for (JsonNode f : n.path("expected").path("flags")) pos |= f.asText().equals(FlagName.MEDICAL_ADVICE.wire());
        out.add(new Labelled(n.path("body").asText(), pos));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String score(MedicalAdviceCheck check, List<Labelled> set) {
    int tp = 0, fp = 0, fn = 0;
    for (Labelled l : set) {
      boolean got = flags(check, l.body());
      if (got && l.positive()) tp++;
      else if (got) fp++;
      else if (l.positive()) fn++;
    }
    return String.format(Locale.ROOT, "P %.3f R %.3f (tp %d fp %d fn %d)", tp + fp == 0 ? 1.0 : tp / (double) (tp + fp),
        tp + fn == 0 ? 1.0 : tp / (double) (tp + fn), tp, fp, fn);
  }

  static String rate(MedicalAdviceCheck check, List<String> texts) {
    int n = 0;
    for (String s : texts) if (flags(check, s)) n++;
    return String.format(Locale.ROOT, "%.4f (%d/%d)", texts.isEmpty() ? 0 : n / (double) texts.size(), n, texts.size());
  }

  public static void main(String[] args) {
    if (System.getProperty("probe") != null) {
      // -Dprobe=FILE: the shipped checks' medical findings, one text a line
      try {
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe")), StandardCharsets.UTF_8)) {
          if (line.isBlank()) continue;
          Findings f = new Findings();
          CommentText ct = Normalizer.normalize("article", "", "", "", line);
          for (io.commentmod.moderation.check.ModerationCheck c : HealthChecks.all()) c.inspect(ct, f);
          System.out.println(line + "\n    " + f.of(FlagName.MEDICAL_ADVICE));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    if (System.getProperty("debug") != null) {
      // -Ddebug=TEXT: the medical hits with their sentences and clauses
      CommentText ct = Normalizer.normalize("article", "", "", "", System.getProperty("debug"));
      Tokens t = LEX.tokens(ct);
      Hits h = LEX.medicalHits(t);
      for (int k = 0; k < h.size; k++) {
        System.out.printf("%s [%d,%d) sentence %d clause %d: %s%n", Cat.of(h.category[k]), h.from[k], h.to[k], t.sentence[h.from[k]],
            t.clause[h.from[k]], ct.normalized().substring(t.start[h.from[k]], t.end[h.to[k] - 1]));
      }
      int cue = MedicalModelSignal.cue(t, h, LEX.drugs);
      System.out.println(cue == MedicalModelSignal.NO_CUE ? "no cue"
          : "cue " + (cue & ~MedicalModelSignal.ANY_SHAPE_CUE) + ((cue & MedicalModelSignal.ANY_SHAPE_CUE) == 0 ? "" : " (any shape)"));
      return;
    }
    double l2 = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
    List<Example> all = corpus();
    boolean trainAll = System.getProperty("all") != null;
    List<Example> train = all.stream().filter(e -> trainAll || e.group().equals("train")).toList();
    List<Labelled> validation = all.stream().filter(e -> e.group().equals("validation")).map(e -> new Labelled(e.text(), e.spam())).toList();
    System.out.printf(Locale.ROOT, "corpus %d (advice %d); train %d; validation %d (advice %d); L2 %s%n", all.size(),
        all.stream().filter(Example::spam).count(), train.size(), validation.size(), validation.stream().filter(Labelled::positive).count(), l2);
    TextModel m = train(train, l2);
    MedicalAdviceCheck rules = new MedicalAdviceCheck(LEX);

    if (System.getProperty("list") != null) {
      String[] ca = System.getProperty("list").split(":");
      MedicalAdviceCheck both = new MedicalAdviceCheck(LEX, new MedicalModelSignal(m, Double.parseDouble(ca[0])));
      MedicalModelSignal sig = new MedicalModelSignal(m);
      for (Labelled l : validation) {
        boolean r = flags(rules, l.body()), b = flags(both, l.body());
        double p = sig.probability(Normalizer.normalize("article", "", "", "", l.body()));
        String kind = l.positive() ? (b ? (r ? null : "ADDED-TP") : "MISS") : (b ? (r ? "RULE-FP" : "ADDED-FP") : null);
        if (kind != null) System.out.printf(Locale.ROOT, "%-9s %.2f %s%n", kind, p, l.body());
      }
      return;
    }

    if (System.getProperty("fp") != null) {
      // -Dfp=T: public-set texts (RHMD, li2021, public spam rows) the classifier adds at that setting
      String[] ca = System.getProperty("fp").split(":");
      MedicalAdviceCheck both = new MedicalAdviceCheck(LEX, new MedicalModelSignal(m, Double.parseDouble(ca[0])));
      Path ds = HealthEvaluation.sharedDir().resolve("datasets");
      java.util.Map<String, List<String>> sets = new java.util.LinkedHashMap<>();
      for (String l : List.of("0", "1", "2")) sets.put("rhmd" + l, HealthEvaluation.rhmd(l));
      for (String l : List.of("0", "1", "2")) sets.put("li" + l, HealthEvaluation.advice(l));
      List<String> spam = new ArrayList<>();
      for (Example e : Datasets.youtube(ds)) if (e.spam()) spam.add(e.text());
      for (Example e : Datasets.sms(ds)) if (e.spam()) spam.add(e.text());
      for (Example e : Datasets.blogComments(ds)) if (e.spam()) spam.add(e.text());
      sets.put("spam", spam);
      for (var en : sets.entrySet()) {
        for (String body : en.getValue()) {
          if (flags(rules, body) || !flags(both, body)) continue;
          Findings f = new Findings();
          both.inspect(Normalizer.normalize("article", "", "", "", body), f);
          System.out.println(en.getKey() + " | " + body.replace('\n', ' ') + "\n      " + f.of(FlagName.MEDICAL_ADVICE));
        }
      }
      return;
    }

    double[][] grid = {{1.1}, {0.6}, {0.7}, {0.75}, {0.8}, {0.85}, {0.9}};
    if (System.getProperty("grid") != null) {
      String[] points = System.getProperty("grid").split(",");
      grid = new double[points.length][];
      for (int i = 0; i < points.length; i++) {
        grid[i] = new double[] {Double.parseDouble(points[i].split(":")[0])};
      }
    }
    boolean sets = System.getProperty("sets") != null;
    List<Labelled> dev = sets && Files.exists(HealthEvaluation.devFile()) ? jsonl(HealthEvaluation.devFile()) : List.of();
    Path genFile = Path.of("checks/src/test/resources/eval/generalisation.jsonl");
    List<Labelled> gen = sets && Files.exists(genFile) ? jsonl(genFile) : List.of();
    Path ds = HealthEvaluation.sharedDir().resolve("datasets");
    List<String> spamRows = new ArrayList<>();
    if (sets) {
      for (Example e : Datasets.youtube(ds)) if (e.spam()) spamRows.add(e.text());
      for (Example e : Datasets.sms(ds)) if (e.spam()) spamRows.add(e.text());
      for (Example e : Datasets.blogComments(ds)) if (e.spam()) spamRows.add(e.text());
    }
    List<List<String>> rhmd = sets ? List.of(HealthEvaluation.rhmd("0"), HealthEvaluation.rhmd("1"), HealthEvaluation.rhmd("2")) : List.of();
    List<List<String>> advice = sets ? List.of(HealthEvaluation.advice("0"), HealthEvaluation.advice("1"), HealthEvaluation.advice("2")) : List.of();
    for (double[] g : grid) {
      MedicalAdviceCheck check = g[0] > 1 ? rules : new MedicalAdviceCheck(LEX, new MedicalModelSignal(m, g[0]));
      String name = g[0] > 1 ? "rules only" : String.format(Locale.ROOT, "rules + model >= %.2f", g[0]);
      System.out.printf(Locale.ROOT, "%-24s validation %s%n", name, score(check, validation));
      if (sets) {
        System.out.printf(Locale.ROOT, "%-24s dev %s | generalisation %s%n", "", score(check, dev), score(check, gen));
        System.out.printf(Locale.ROOT, "%-24s RHMD 0/1/2 %s %s %s | li2021 0/1/2 %s %s %s | public spam rows %s%n", "",
            rate(check, rhmd.get(0)), rate(check, rhmd.get(1)), rate(check, rhmd.get(2)),
            rate(check, advice.get(0)), rate(check, advice.get(1)), rate(check, advice.get(2)), rate(check, spamRows));
      }
    }
  }
}
