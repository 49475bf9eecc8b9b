package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Tokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @Test
  void csvHandlesQuotesCommasAndLineBreaks() throws Exception {
    List<List<String>> rows = Csv.read(new StringReader("a,b\n\"x, \"\"y\"\"\nz\",1\r\nlast,\n"));
    assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "1"), List.of("last", ""));
  }

  @Test
  void trainingIsRepeatableAndTheModelSurvivesARoundTrip() throws Exception {
    List<Example> ex = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ex.add(new Example("win cash prize now " + i, true, 1, "t", "t"));
      ex.add(new Example("my sleep got better on the medication " + i, false, 1, "t", "t"));
    }
    TextModel a = Trainer.defaults().train(ex), b = Trainer.defaults().train(ex);
    ByteArrayOutputStream ba = new ByteArrayOutputStream(), bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertThat(ba.toByteArray()).isEqualTo(bb.toByteArray());
    TextModel c = TextModel.read(new ByteArrayInputStream(ba.toByteArray()));
    assertThat(c.probability("win a cash prize", Tokens.of("win a cash prize"))).isGreaterThan(0.8);
    assertThat(c.probability("the medication helped my sleep", Tokens.of("the medication helped my sleep"))).isLessThan(0.2);
  }

  @Test
  void readsTheYoutubeLayoutOneGroupPerVideo(@TempDir Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve("youtube-spam-collection"));
    Files.writeString(dir.resolve("Youtube01-Alpha.csv"), "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n1,a,d,\"check <br />my channel\ufeff\",1\n2,b,d,nice song,0\n");
    Files.writeString(dir.resolve("Youtube02-Beta.csv"), "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n3,c,d,love it,0\n");
    List<Example> ex = Datasets.youtube(root);
    assertThat(ex).containsExactly(
        new Example("check  my channel", true, 1.0, "youtube", "Alpha"),
        new Example("nice song", false, 1.0, "youtube", "Alpha"),
        new Example("love it", false, 1.0, "youtube", "Beta"));
    assertThat(Datasets.sms(root)).isEmpty();
  }

  @Test
  void theOwnCorpusHasBothClasses() {
    List<Example> own = Datasets.ownCorpus();
    assertThat(own.stream().filter(Example::spam).count()).isGreaterThan(50);
    assertThat(own.stream().filter(e -> !e.spam()).count()).isGreaterThan(100);
  }

  @Test
  void theSelfHarmCorpusHasBothClasses() {
    List<Example> own = Datasets.selfHarmCorpus();
    assertThat(own.stream().filter(Example::spam).count()).isGreaterThan(600);
    assertThat(own.stream().filter(e -> !e.spam()).count()).isGreaterThan(850);
  }

  /** The shipped self-harm model is exactly what {@code train --model self-harm} makes from the own corpora. */
  @Test
  void theShippedSelfHarmModelIsReproducedFromTheOwnCorpus() throws Exception {
    assertShippedIsReproduced(Trainer.selfHarm(), Datasets.selfHarmTraining(), TextModel.SELF_HARM_RESOURCE);
    assertThat(TextModel.bundledSelfHarm()).isPresent();
  }

  /**
   * The shipped self-harm blog-context model is exactly what {@code train --model self-harm-context}
   * makes, and it learns more than the self-harm model: the read held-out sets are in its lines only.
   */
  @Test
  void theShippedSelfHarmContextModelIsReproducedFromItsLines() throws Exception {
    List<Example> lines = Datasets.selfHarmContextTraining();
    assertThat(lines.size()).isGreaterThan(Datasets.selfHarmTraining().size() + 10_000);
    assertShippedIsReproduced(Trainer.selfHarmContext(), lines, TextModel.SELF_HARM_CONTEXT_RESOURCE);
    assertThat(TextModel.bundledSelfHarmContext()).isPresent();
  }

  @Test
  void theMedicalCorpusHasBothClassesAndAFixedValidationFifth() {
    List<Example> own = Datasets.medicalCorpus();
    assertThat(own.stream().filter(Example::spam).count()).isGreaterThan(600);
    assertThat(own.stream().filter(e -> !e.spam()).count()).isGreaterThan(700);
    long validation = own.stream().filter(e -> e.group().equals("validation")).count();
    assertThat((double) validation / own.size()).isBetween(0.15, 0.25);
    for (Example e : own) assertThat(e.group().equals("validation")).isEqualTo(Datasets.medicalValidation(e.text()));
  }

  /** The shipped medical model is exactly what {@code train --model medical} makes from the own corpus. */
  @Test
  void theShippedMedicalModelIsReproducedFromTheOwnCorpus() throws Exception {
    assertShippedIsReproduced(Trainer.medical(), TrainCommand.medicalTraining(), TextModel.MEDICAL_RESOURCE);
    assertThat(TextModel.bundledMedical()).isPresent();
  }

  /** The model {@code trainer} makes from {@code examples} is byte for byte the shipped {@code resource}. */
  private static void assertShippedIsReproduced(Trainer trainer, List<Example> examples, String resource) throws Exception {
    ByteArrayOutputStream trained = new ByteArrayOutputStream();
    trainer.train(examples).write(trained);
    byte[] shipped;
    try (java.io.InputStream in = TextModel.class.getResourceAsStream(resource)) {
      assertThat(in).isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(trained.toByteArray()).isEqualTo(shipped);
  }
}
