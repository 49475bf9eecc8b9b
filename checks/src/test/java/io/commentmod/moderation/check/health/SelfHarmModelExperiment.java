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
    List<Example> train = new ArrayList<>(Datasets.selfHarmTraining());
    if (System.getProperty("corpus") != null) {
      // -Dcorpus=FILE: another version of the own corpus (label TAB text), to compare
      train.clear();
      try {
        for (String line : java.nio.file.Files.readAllLines(Path.of(System.getProperty("corpus")))) {
          if (line.isBlank() || line.startsWith("#")) continue;
          int tab = line.indexOf('\t');
          train.add(new Example(line.substring(tab + 1), line.startsWith("risk"), 1.0, "own-selfharm", "own"));
        }
        // as in Datasets.selfHarmTraining: the own spam corpus as safe lines
        for (Example e : Datasets.ownCorpus()) train.add(new Example(e.text(), false, 1.0, "own", "own"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    String variant = args.length > 0 ? args[0] : "A";
    double w = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
    if (variant.contains("S")) for (Example e : Datasets.sms(datasets)) if (!e.spam()) train.add(new Example(e.text(), false, w, "sms", "sms"));
    if (variant.contains("Y")) for (Example e : Datasets.youtube(datasets)) train.add(new Example(e.text(), false, w, "yt", "yt"));
    int bits = args.length > 1 ? Integer.parseInt(args[1]) : 18;
    double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
    TextModel m = new Trainer(bits, Integer.getInteger("epochs", 15), Double.parseDouble(System.getProperty("rate", "0.2")), l2).train(train);
    try {
      // round-trip through the shipped format, so the weights are quantised exactly as in the jar
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      m.write(bytes);
      m = TextModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    if (System.getProperty("auc") != null) {
      // area under the ROC curve of the classifier on the analysis-half rows it is consulted on (rules silent)
      SelfHarmCheck rules = new SelfHarmCheck(LEX, (SelfHarmModelSignal) null);
      List<double[]> scored = new ArrayList<>();
      for (HealthEvaluation.Example e : HealthEvaluation.twitterHalf(0)) {
        io.commentmod.moderation.check.Findings fr = new io.commentmod.moderation.check.Findings();
        rules.inspect(Comments.comment(e.body()), fr);
        if (!fr.of(FlagName.SELF_HARM).isEmpty()) continue;
        scored.add(new double[] {p(m, e.body()), e.positive() ? 1 : 0});
      }
      scored.sort((a, b) -> Double.compare(a[0], b[0]));
      double rankSum = 0;
      long pos = 0;
      for (int i = 0; i < scored.size(); i++) {
        if (scored.get(i)[1] == 1) {
          rankSum += i + 1;
          pos++;
        }
      }
      long neg = scored.size() - pos;
      System.out.printf("auc %.4f over %d rows (%d positive)%n", (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg), scored.size(), pos);
      double[] negP = scored.stream().filter(x -> x[1] == 0).mapToDouble(x -> x[0]).sorted().toArray();
      for (double q : new double[] {0.9, 0.95, 0.97, 0.98, 0.99}) {
        double cut = negP[(int) (q * (negP.length - 1))];
        long caught = scored.stream().filter(x -> x[1] == 1 && x[0] > cut).count();
        System.out.printf("  negatives' %.2f quantile p=%.3f: positives above %d of %d%n", q, cut, caught, pos);
      }
      return;
    }
    if (System.getProperty("list") != null) {
      // -Dlist=cue:alone[:pos]: analysis-half rows the classifier adds at that setting (negatives by default)
      String[] ca = System.getProperty("list").split(":");
      boolean wantPos = ca.length > 2;
      SelfHarmCheck rules = new SelfHarmCheck(LEX, (SelfHarmModelSignal) null);
      SelfHarmCheck both = new SelfHarmCheck(LEX, new SelfHarmModelSignal(m, Double.parseDouble(ca[1]), Double.parseDouble(ca[0])));
      for (HealthEvaluation.Example e : HealthEvaluation.twitterHalf(0)) {
        if (e.positive() != wantPos) continue;
        io.commentmod.moderation.check.Findings fr = new io.commentmod.moderation.check.Findings();
        rules.inspect(Comments.comment(e.body()), fr);
        io.commentmod.moderation.check.Findings fb = new io.commentmod.moderation.check.Findings();
        both.inspect(Comments.comment(e.body()), fb);
        boolean added = fr.of(FlagName.SELF_HARM).isEmpty() && !fb.of(FlagName.SELF_HARM).isEmpty();
        boolean missed = fb.of(FlagName.SELF_HARM).isEmpty();
        if (wantPos ? missed : added) {
          System.out.printf("%.2f %s%n", p(m, e.body()), e.body().substring(0, Math.min(160, e.body().length())));
        }
      }
      return;
    }
    double[][] grid = {{1.1, 1.1}, {0.48, 1.1}, {0.48, 0.63}, {0.48, 0.61}, {0.47, 0.61}, {0.47, 0.6}, {0.47, 0.58}, {0.45, 0.56}};
    if (System.getProperty("grid") != null) {
      // -Dgrid=cue:alone,cue:alone,... e.g. -Dgrid=0.4:0.9,0.5:0.85
      String[] points = System.getProperty("grid").split(",");
      grid = new double[points.length][];
      for (int i = 0; i < points.length; i++) {
        String[] ca = points[i].split(":");
        grid[i] = new double[] {Double.parseDouble(ca[0]), Double.parseDouble(ca[1])};
      }
    }
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
