package io.commentmod.moderation.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the public datasets (from a directory laid out as {@code shared/datasets}, never copied
 * into the repository) and the project's own corpus (a resource) as {@link Example}s.
 */
public final class Datasets {
  static final String OWN_CORPUS = "/io/commentmod/moderation/training/own-corpus.tsv";
  static final String SELF_HARM_CORPUS = "/io/commentmod/moderation/training/selfharm-corpus.tsv";
  static final String MEDICAL_CORPUS = "/io/commentmod/moderation/training/medical-corpus.tsv";
  static final String HELDOUT_LINES = "/io/commentmod/moderation/training/heldout-lines.tsv";
  static final String HELDOUT_READ_LINES = "/io/commentmod/moderation/training/heldout-read-lines.tsv";
  /**
   * Weight of a held-out set's comment in the self-harm and medical classifiers' training, beside
   * 1.0 for a corpus line. 0.5 and 0.3 were tried and lost recall for no precision
   * (docs/health-checks.md, "Thirteenth round").
   */
  static final double HELDOUT_WEIGHT = 1.0;
  private static final Pattern TAG = Pattern.compile("<[^>]{0,300}>");

  private Datasets() {}

  /** YouTube Spam Collection: one group per video file, in file-name order. Empty if absent. */
  public static List<Example> youtube(Path root) {
    Path dir = root.resolve("youtube-spam-collection");
    List<Example> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("Youtube0\\d-.*\\.csv")).sorted().toList()) {
        String video = f.getFileName().toString().replaceAll("^Youtube0\\d-|\\.csv$", "");
        List<List<String>> rows = csv(f);
        int content = rows.get(0).indexOf("CONTENT"), label = rows.get(0).indexOf("CLASS");
        for (List<String> r : rows.subList(1, rows.size())) {
          if (r.size() <= Math.max(content, label)) continue;
          out.add(new Example(html(r.get(content)), r.get(label).trim().equals("1"), 1.0, "youtube", video));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** SMS Spam Collection (out of domain, weighted half). Empty if absent. */
  public static List<Example> sms(Path root) {
    Path f = root.resolve("sms-spam-collection").resolve("SMSSpamCollection");
    List<Example> out = new ArrayList<>();
    if (!Files.isRegularFile(f)) return out;
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab < 0) continue;
        out.add(new Example(line.substring(tab + 1), line.substring(0, tab).equals("spam"), 0.5, "sms", "sms"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * DataCamp blog-comment spam, labelled rows only. Spam rows of under five words are skipped:
   * the annotator labelled salutations and non-English comments spam, which this site must not learn.
   */
  public static List<Example> blogComments(Path root) {
    Path f = root.resolve("datacamp-blog-comment-spam").resolve("final_data_extended_labeledPhase2.csv");
    List<Example> out = new ArrayList<>();
    if (!Files.isRegularFile(f)) return out;
    List<List<String>> rows = csv(f);
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() < 2) continue;
      String label = r.get(1).trim();
      if (!label.equals("0") && !label.equals("1")) continue;
      boolean spam = label.equals("1");
      String text = html(r.get(0));
      if (spam && text.trim().split("\\s+").length < 5) continue;
      out.add(new Example(text, spam, 1.0, "blog", "blog"));
    }
    return out;
  }

  /** Twitter suicidal-intention set: {@code spam} holds the label "suicidal". Empty if absent. */
  public static List<Example> suicidalIntention(Path root) {
    Path f = root.resolve("twitter-suicidal-intention").resolve("twitter-suicidal_data.csv");
    List<Example> out = new ArrayList<>();
    if (!Files.isRegularFile(f)) return out;
    List<List<String>> rows = csv(f);
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() < 2) continue;
      out.add(new Example(r.get(0), r.get(1).trim().equals("1"), 1.0, "twitter", "twitter"));
    }
    return out;
  }

  /** The project's own health-blog comments and spam, written for it (weighted 3: it is this site's domain). */
  public static List<Example> ownCorpus() {
    List<Example> out = new ArrayList<>();
    for (String line : resourceLines(OWN_CORPUS)) {
      int tab = line.indexOf('\t');
      String label = line.substring(0, Math.max(tab, 0)).toLowerCase(Locale.ROOT);
      if (!label.equals("spam") && !label.equals("ham")) throw new IllegalStateException(OWN_CORPUS + ": bad label: " + line);
      out.add(new Example(line.substring(tab + 1), label.equals("spam"), 3.0, "own", "own"));
    }
    return out;
  }

  /**
   * The project's own self-harm corpus ({@code risk}/{@code safe} lines, written for it):
   * {@link Example#spam()} holds "risk".
   */
  public static List<Example> selfHarmCorpus() {
    return labelledCorpus(SELF_HARM_CORPUS, "risk", "safe", (text, risk) -> new Example(text, risk, 1.0, "own-selfharm", "own"));
  }

  /**
   * What the self-harm classifier learns from: the own self-harm corpus, plus every line of the
   * own spam corpus ({@link #ownCorpus}, spam and legitimate alike) as {@code safe} at weight 1.
   * Sellers' and readers' ordinary comments are not risk (MODERATION_POLICY.md); without them a
   * pharmacy advert in German scored 0.58 on its shop words alone.
   */
  public static List<Example> selfHarmTraining() {
    List<Example> out = new ArrayList<>(selfHarmCorpus());
    for (Example e : ownCorpus()) out.add(new Example(e.text(), false, 1.0, "own", "own"));
    out.addAll(heldoutLines("self_harm"));
    return out;
  }

  /**
   * The comments of the held-out sets the classifiers learn (1-17, every set that was read, and
   * 65-70; never the twenty kept to measure) ({@code heldout-lines.tsv}: {@code set<TAB>flags<TAB>text},
   * flags comma-separated or {@code -}) as examples for one flag: {@link Example#spam()} holds whether
   * the comment's expected flags include {@code flag}; weight {@link #HELDOUT_WEIGHT}, group
   * {@code heldout-N} for set N. A malformed line fails loudly rather than training on half a file.
   */
  public static List<Example> heldoutLines(String flag) {
    return heldoutLines(HELDOUT_LINES, flag);
  }

  /**
   * The self-harm blog-context classifier's training: {@link #selfHarmTraining} and the comments of
   * the held-out sets read up to the thirty-first round, 74-149 ({@code heldout-read-lines.tsv}, same
   * format and weight as {@link #heldoutLines}), which the shipped self-harm classifier does not learn.
   */
  public static List<Example> selfHarmContextTraining() {
    List<Example> out = selfHarmTraining();
    out.addAll(heldoutLines(HELDOUT_READ_LINES, "self_harm"));
    return out;
  }

  private static List<Example> heldoutLines(String resource, String flag) {
    List<Example> out = new ArrayList<>();
    for (String line : resourceLines(resource)) {
      String[] f = line.split("\t", 3);
      if (f.length < 3 || f[0].isEmpty() || !f[0].chars().allMatch(Character::isDigit)) {
        throw new IllegalStateException(resource + ": bad line: " + line);
      }
      boolean yes = List.of(f[1].split(",")).contains(flag);
      out.add(new Example(f[2], yes, HELDOUT_WEIGHT, "heldout", "heldout-" + f[0]));
    }
    return out;
  }

  /**
   * The project's own medical-advice corpus ({@code advice}/{@code other} lines, written for it):
   * {@link Example#spam()} holds "advice"; {@link Example#group()} is {@code validation} for the
   * fixed hash-chosen fifth held out to choose thresholds ({@link #medicalValidation}), else {@code train}.
   */
  public static List<Example> medicalCorpus() {
    return labelledCorpus(MEDICAL_CORPUS, "advice", "other",
        (text, advice) -> new Example(text, advice, 1.0, "own-medical", medicalValidation(text) ? "validation" : "train"));
  }

  /** A {@code label<TAB>text} resource with two labels ({@code #} lines and blank lines skipped); any other label fails. */
  private static List<Example> labelledCorpus(String resource, String yes, String no,
      java.util.function.BiFunction<String, Boolean, Example> example) {
    List<Example> out = new ArrayList<>();
    for (String line : resourceLines(resource)) {
      int tab = line.indexOf('\t');
      String label = tab < 0 ? "" : line.substring(0, tab);
      if (!label.equals(yes) && !label.equals(no)) throw new IllegalStateException(resource + ": bad line: " + line);
      out.add(example.apply(line.substring(tab + 1), label.equals(yes)));
    }
    return out;
  }

  /** The lines of a UTF-8 classpath resource, without blank lines and {@code #} comments; a missing resource fails. */
  private static List<String> resourceLines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Whether a medical-corpus line belongs to the held-out validation fifth: FNV-1a (64 bits) of its
   * folded text, modulo 5, is 0. Fixed by the text alone, so duplicates and near-identical case
   * variants fall on the same side and the split survives reordering and additions.
   */
  public static boolean medicalValidation(String text) {
    String folded = io.commentmod.moderation.normalize.Normalizer.fold(text).strip();
    long h = 0xcbf29ce484222325L;
    for (byte b : folded.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
    return Long.remainderUnsigned(h, 5) == 0;
  }

  private static List<List<String>> csv(Path f) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return Csv.read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  private static String html(String s) {
    return TAG.matcher(s).replaceAll(" ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("\ufeff", "");
  }
}
