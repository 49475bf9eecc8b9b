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
    double[][] grid = {{1.1, 1.1}, {0.3, 1.1}, {0.3, 0.9}, {0.3, 0.8}, {0.3, 0.7}, {0.2, 0.6}};
    for (double[] g : grid) {
      SelfHarmCheck check = new SelfHarmCheck(LEX, new SelfHarmModelSignal(m, g[1], g[0]));
      java.util.function.Predicate<String> flags = body -> {
        io.commentmod.moderation.check.Findings f = new io.commentmod.moderation.check.Findings();
        check.inspect(Comments.comment(body), f);
        return !f.of(FlagName.SELF_HARM).isEmpty();
      };
      StringBuilder sb = new StringBuilder(String.format("cue %.2f alone %.2f:", g[0], g[1]));
      for (int half = 0; half < 2; half++) {
        int pos = 0, neg = 0, tp = 0, fp = 0;
        for (HealthEvaluation.Example e : HealthEvaluation.twitterHalf(half)) {
          boolean f = flags.test(e.body());
          if (e.positive()) { pos++; if (f) tp++; } else { neg++; if (f) fp++; }
        }
        sb.append(String.format(" tw%d R %.3f FPR %.3f |", half, (double) tp / pos, (double) fp / neg));
      }
      for (String label : List.of("0", "1", "2")) {
        List<String> texts = HealthEvaluation.rhmd(label);
        sb.append(String.format(" rhmd%s %.3f |", label, texts.stream().filter(flags).count() / (double) texts.size()));
      }
      int tp = 0, fp = 0;
      for (HealthEvaluation.Example e : HealthEvaluation.dev(FlagName.SELF_HARM)) {
        boolean f = flags.test(e.body());
        if (f && e.positive()) tp++;
        if (f && !e.positive()) fp++;
      }
      sb.append(String.format(" dev tp %d fp %d", tp, fp));
      System.out.println(sb);
    }
  }
}
