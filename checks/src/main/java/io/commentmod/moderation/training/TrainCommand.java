package io.commentmod.moderation.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code train}: trains the spam classifier on the public datasets found under a directory
 * (YouTube, SMS and blog-comment spam) plus the project's own corpus, and writes the model.
 * Repeatable: the same inputs give the same bytes.
 */
public final class TrainCommand {
  /** Where the shipped model lives, relative to the repository root. */
  public static final String DEFAULT_OUTPUT = "checks/src/main/resources/io/commentmod/moderation/training/spam-model.bin.gz";
  /** Where the shipped self-harm model lives, relative to the repository root. */
  public static final String SELF_HARM_OUTPUT = "checks/src/main/resources/io/commentmod/moderation/training/selfharm-model.bin.gz";
  /** Where the shipped self-harm blog-context model lives, relative to the repository root. */
  public static final String SELF_HARM_CONTEXT_OUTPUT = "checks/src/main/resources/io/commentmod/moderation/training/selfharm-context-model.bin.gz";

  /** Where the shipped medical-advice model lives, relative to the repository root. */
  public static final String MEDICAL_OUTPUT = "checks/src/main/resources/io/commentmod/moderation/training/medical-model.bin.gz";

  private TrainCommand() {}

  public static int run(Path datasets, Path output, PrintStream out) throws IOException {
    List<Example> examples = examples(datasets);
    long yt = examples.stream().filter(e -> e.source().equals("youtube")).count();
    if (yt == 0) {
      out.println("no datasets found under " + datasets.toAbsolutePath() + " (expected youtube-spam-collection/ ...)");
      return 2;
    }
    for (String source : List.of("youtube", "sms", "blog", "own")) {
      long n = examples.stream().filter(e -> e.source().equals(source)).count();
      long spam = examples.stream().filter(e -> e.source().equals(source) && e.spam()).count();
      out.printf(Locale.ROOT, "%-8s %5d examples, %5d spam%n", source, n, spam);
    }
    TextModel model = Trainer.defaults().train(examples);
    if (output.getParent() != null) Files.createDirectories(output.getParent());
    try (OutputStream o = Files.newOutputStream(output)) {
      model.write(o);
    }
    int correct = 0;
    for (Example e : examples) {
      String t = io.commentmod.moderation.normalize.Normalizer.fold(e.text());
      if ((model.probability(t, io.commentmod.moderation.normalize.Tokens.of(t)) >= 0.5) == e.spam()) correct++;
    }
    out.printf(Locale.ROOT, "training accuracy %.4f; model written to %s (%d bytes)%n",
        (double) correct / examples.size(), output, Files.size(output));
    return 0;
  }

  /**
   * {@code train --model self-harm}: trains the self-harm classifier on the project's own
   * corpora only ({@link Datasets#selfHarmTraining}: {@code selfharm-corpus.tsv}, with the own spam
   * corpus as safe lines): the public self-harm sets state no licence, so they are used to measure
   * it, never to train it. Settings: {@link Trainer#selfHarm()}.
   */
  public static int runSelfHarm(Path output, PrintStream out) throws IOException {
    return trainAndWrite("own self-harm and spam corpora", "risk", Datasets.selfHarmTraining(), Trainer.selfHarm(), output, out);
  }

  /**
   * {@code train --model self-harm-context}: trains the self-harm blog-context classifier, the
   * self-harm classifier's second opinion on this blog's comments, on
   * {@link Datasets#selfHarmContextTraining} (the self-harm classifier's lines and the read held-out
   * sets). Settings: {@link Trainer#selfHarmContext()}.
   */
  public static int runSelfHarmContext(Path output, PrintStream out) throws IOException {
    return trainAndWrite("own self-harm corpora and read held-out sets", "risk", Datasets.selfHarmContextTraining(),
        Trainer.selfHarmContext(), output, out);
  }

  /**
   * {@code train --model medical}: trains the medical-advice classifier on the project's own
   * medical corpus only ({@code medical-corpus.tsv}, {@code advice}/{@code other} lines), all of it
   * (the validation fifth was used only to choose the settings and thresholds). Settings:
   * {@link Trainer#medical()}.
   */
  public static int runMedical(Path output, PrintStream out) throws IOException {
    return trainAndWrite("own medical corpus", "advice", medicalTraining(), Trainer.medical(), output, out);
  }

  /** Trains {@code trainer} on {@code examples}, writes the model to {@code output} and reports both. */
  private static int trainAndWrite(String what, String positive, List<Example> examples, Trainer trainer, Path output,
      PrintStream out) throws IOException {
    long yes = examples.stream().filter(Example::spam).count();
    out.printf(Locale.ROOT, "%s %d examples, %d %s%n", what, examples.size(), yes, positive);
    TextModel model = trainer.train(examples);
    if (output.getParent() != null) Files.createDirectories(output.getParent());
    try (OutputStream o = Files.newOutputStream(output)) {
      model.write(o);
    }
    out.printf(Locale.ROOT, "model written to %s (%d bytes)%n", output, Files.size(output));
    return 0;
  }

  /** The examples the shipped medical model is trained on. */
  public static List<Example> medicalTraining() {
    List<Example> out = new java.util.ArrayList<>(Datasets.medicalCorpus());
    out.addAll(Datasets.heldoutLines("medical_advice"));
    return out;
  }

  static List<Example> examples(Path datasets) {
    List<Example> all = new ArrayList<>();
    all.addAll(Datasets.youtube(datasets));
    all.addAll(Datasets.sms(datasets));
    all.addAll(Datasets.blogComments(datasets));
    all.addAll(Datasets.ownCorpus());
    return all;
  }
}
