package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import io.commentmod.moderation.training.TextModel;
import io.commentmod.moderation.training.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid: the self-harm classifier beside the rules, at several thresholds, on the shared sets. */
final class SelfHarmModelExperiment {
  private SelfHarmModelExperiment() {}

  static double p(TextModel m, String body) {
    String t = Normalizer.fold(body);
    return m.probability(t, io.commentmod.moderation.normalize.Tokens.of(t));
  }

  static final HealthLexicons LEX = HealthLexicons.load();

  /** Whether the text has any self-harm lexicon cue at all (weak ones and background words included). */
  static boolean anyCue(String body) {
    Tokens t = Tokenizer.tokenize(body.toLowerCase(java.util.Locale.ROOT), LEX.vocabulary);
    Hits h = LEX.selfHarmHits(t);
    for (int k = 0; k < h.size; k++) {
      Cat c = Cat.of(h.category[k]);
      if (c == Cat.SH_DISTRESS || c == Cat.SH_DEATH || c == Cat.SH_HOPELESS || c == Cat.SH_PLAN || c == Cat.SH_TOPIC
          || c == Cat.SH_INJURY || c == Cat.SH_ACT || c == Cat.SH_ACT_OTHER) return true;
    }
    return false;
  }

  static double high = Double.parseDouble(System.getProperty("high", "2"));

  static double p(TextModel m, String body, boolean tiered) {
    double pr = p(m, body);
    if (!tiered || pr >= high) return pr;
    return anyCue(body) ? pr : 0;
  }

  public static void main(String[] args) {
    Path datasets = HealthEvaluation.sharedDir().resolve("datasets");
    List<Example> train = new ArrayList<>(Datasets.selfHarmCorpus());
    String variant = args.length > 0 ? args[0] : "A";
    double w = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
    if (variant.contains("O")) for (Example e : Datasets.ownCorpus()) train.add(new Example(e.text(), false, 1.0, "own", "own"));
    if (variant.contains("S")) for (Example e : Datasets.sms(datasets)) if (!e.spam()) train.add(new Example(e.text(), false, w, "sms", "sms"));
    if (variant.contains("Y")) for (Example e : Datasets.youtube(datasets)) train.add(new Example(e.text(), false, w, "yt", "yt"));
    int bits = args.length > 1 ? Integer.parseInt(args[1]) : 18;
    double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 8e-4;
    TextModel m = new Trainer(bits, 15, 0.2, l2).train(train);
    if (System.getProperty("dump") != null) {
      double cut = Double.parseDouble(System.getProperty("dump"));
      boolean wantPos = System.getProperty("pos") != null;
      for (HealthEvaluation.Example e : HealthEvaluation.twitterHalf(0)) {
        if (e.positive() != wantPos) continue;
        double pr = p(m, e.body());
        boolean hit = wantPos ? pr < cut : pr >= cut;
        if (hit && !HealthEvaluation.flags(e.body(), FlagName.SELF_HARM)) {
          System.out.printf("%.2f %s%n", pr, e.body().substring(0, Math.min(160, e.body().length())));
        }
      }
      return;
    }
    record Row(boolean rule, double p, boolean cue, boolean positive) {}
    java.util.Map<String, List<Row>> sets = new java.util.LinkedHashMap<>();
    for (int half = 0; half < 2; half++) {
      List<Row> rows = new ArrayList<>();
      for (HealthEvaluation.Example e : HealthEvaluation.twitterHalf(half)) {
        rows.add(new Row(HealthEvaluation.flags(e.body(), FlagName.SELF_HARM), p(m, e.body()), anyCue(e.body()), e.positive()));
      }
      sets.put("tw" + half, rows);
    }
    for (String label : List.of("1", "2")) {
      List<Row> rows = new ArrayList<>();
      for (String b : HealthEvaluation.rhmd(label)) rows.add(new Row(HealthEvaluation.flags(b, FlagName.SELF_HARM), p(m, b), anyCue(b), false));
      sets.put("rhmd" + label, rows);
    }
    List<Row> devRows = new ArrayList<>();
    for (HealthEvaluation.Example e : HealthEvaluation.dev(FlagName.SELF_HARM)) {
      devRows.add(new Row(HealthEvaluation.flags(e.body(), FlagName.SELF_HARM), p(m, e.body()), anyCue(e.body()), e.positive()));
    }
    sets.put("dev", devRows);
    double[] lows = {0.2, 0.3, 0.4, 0.5, 0.6};
    double[] highs = {0.6, 0.7, 0.8, 0.9, 1.1};
    for (double lo : lows) {
      for (double hi : highs) {
        if (hi < lo) continue;
        StringBuilder sb = new StringBuilder(String.format("low %.2f high %.2f:", lo, hi));
        for (var en : sets.entrySet()) {
          int pos = 0, neg = 0, tp = 0, fp = 0;
          for (Row r : en.getValue()) {
            boolean f = r.rule() || r.p() >= hi || (r.cue() && r.p() >= lo);
            if (r.positive()) { pos++; if (f) tp++; } else { neg++; if (f) fp++; }
          }
          if (en.getKey().startsWith("tw")) sb.append(String.format(" %s R %.3f FPR %.3f |", en.getKey(), (double) tp / pos, (double) fp / neg));
          else if (en.getKey().equals("dev")) sb.append(String.format(" dev tp %d fp %d", tp, fp));
          else sb.append(String.format(" %s %.3f |", en.getKey(), (double) fp / neg));
        }
        System.out.println(sb);
      }
    }
  }
}
