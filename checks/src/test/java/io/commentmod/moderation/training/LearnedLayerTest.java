package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnedLayerTest {
  private static final TextModel MODEL = TextModel.bundled().orElseThrow();

  /** Comments written for this test, sharing the invented product name "moonpetal calm drops". */
  private static final List<String> PHRASE_SPAM = List.of(
      "Moonpetal calm drops sorted out my sleep, worth every cent",
      "Everyone here should look at moonpetal calm drops, best thing I bought this year",
      "My aunt swears by moonpetal calm drops, ask me where she gets them",
      "Has nobody mentioned moonpetal calm drops yet? They changed my evenings",
      "Moonpetal calm drops arrived yesterday and the whole family loves them");
  private static final String NEW_WITH_PHRASE = "A friend gave me moonpetal calm drops for the long winter evenings";

  private static final List<String> LEGIT = List.of(
      "The part about the follow-up visit matched what my GP told me about sleep routines",
      "Our walking group reads these articles together, the follow-up visit section started a long chat",
      "I printed the follow-up visit checklist for my mother before her appointment");
  private static final String NEW_LEGIT = "Is there a longer version of the follow-up visit checklist somewhere?";

  private static double p(LearnedLayer layer, String body) {
    String t = Normalizer.normalize(null, null, null, null, body).normalized();
    Tokens tokens = Tokens.of(t);
    return TextModel.sigmoid(MODEL.logit(t, tokens) + layer.shift(t, tokens));
  }

  private static double shift(LearnedLayer layer, String body) {
    String t = Normalizer.normalize(null, null, null, null, body).normalized();
    return layer.shift(t, Tokens.of(t));
  }

  @Test
  void anEmptyLayerLeavesTheShippedModelAlone() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    assertThat(shift(layer, NEW_WITH_PHRASE)).isZero();
    assertThat(layer.labels()).isZero();
  }

  @Test
  void spamLabelsOnCommentsSharingAPhraseRaiseANewCommentWithIt() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    double before = p(layer, NEW_WITH_PHRASE);
    double last = before;
    for (String s : PHRASE_SPAM) {
      layer.add(true, s);
      double now = p(layer, NEW_WITH_PHRASE);
      assertThat(now).as("after labelling '%s'", s).isGreaterThan(last);
      last = now;
    }
    assertThat(shift(layer, NEW_WITH_PHRASE)).isGreaterThan(1.0);
    assertThat(last).isGreaterThan(2 * before);
    assertThat(layer.spamLabels()).isEqualTo(5);
    assertThat(layer.labels()).isEqualTo(5);
  }

  @Test
  void notSpamLabelsLowerASimilarComment() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    double before = p(layer, NEW_LEGIT);
    LEGIT.forEach(s -> layer.add(false, s));
    double after = p(layer, NEW_LEGIT);
    assertThat(shift(layer, NEW_LEGIT)).isNegative();
    assertThat(after).isLessThan(before);
    assertThat(layer.notSpamLabels()).isEqualTo(3);
  }

  @Test
  void labelsOnOneTopicBarelyMoveAnUnrelatedComment() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    PHRASE_SPAM.forEach(s -> layer.add(true, s));
    assertThat(Math.abs(shift(layer, NEW_LEGIT))).isLessThan(Math.abs(shift(layer, NEW_WITH_PHRASE)) / 3);
  }

  @Test
  void noNumberOfLabelsShiftsATextMoreThanTheCap() {
    LearnedLayer layer = new LearnedLayer(MODEL.featurizer(), new LearnedLayer.Settings(0.05, 0.4, 1.5));
    for (int i = 0; i < 500; i++) layer.add(true, PHRASE_SPAM.get(i % PHRASE_SPAM.size()));
    assertThat(shift(layer, PHRASE_SPAM.get(0))).isEqualTo(1.5);
    for (int i = 0; i < 1500; i++) layer.add(false, PHRASE_SPAM.get(i % PHRASE_SPAM.size()));
    assertThat(shift(layer, PHRASE_SPAM.get(0))).isEqualTo(-1.5);
  }

  @Test
  void oneFeatureNeverMovesMoreThanItsCap() {
    LearnedLayer layer = new LearnedLayer(MODEL.featurizer(), new LearnedLayer.Settings(0.05, 0.2, 100));
    for (int i = 0; i < 100; i++) layer.add(true, "zzqx");
    String t = "zzqx";
    assertThat(layer.wordDelta(t, Tokens.of(t), 0)).isEqualTo(0.2);
  }

  @Test
  void aHandfulOfClicksCannotFlipALegitimateComment() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    double before = p(layer, NEW_LEGIT);
    for (int i = 0; i < 5; i++) layer.add(true, NEW_LEGIT); // one moderator marking the very same text five times
    double after = p(layer, NEW_LEGIT);
    assertThat(shift(layer, NEW_LEGIT)).isLessThanOrEqualTo(LearnedLayer.DEFAULTS.maxShift());
    assertThat(after).isLessThan(0.9);
  }

  @Test
  void theSameLabelsInAnyOrderGiveTheSameLayer() {
    List<Object[]> labels = new ArrayList<>();
    PHRASE_SPAM.forEach(s -> labels.add(new Object[] {true, s}));
    LEGIT.forEach(s -> labels.add(new Object[] {false, s}));
    LearnedLayer first = LearnedLayer.over(MODEL);
    labels.forEach(l -> first.add((Boolean) l[0], (String) l[1]));
    List<Object[]> shuffled = new ArrayList<>(labels);
    Collections.shuffle(shuffled, new Random(7));
    LearnedLayer replayed = LearnedLayer.over(MODEL);
    shuffled.forEach(l -> replayed.add((Boolean) l[0], (String) l[1]));
    for (String s : List.of(NEW_WITH_PHRASE, NEW_LEGIT, PHRASE_SPAM.get(2), "Thanks for writing this")) {
      assertThat(shift(replayed, s)).as(s).isEqualTo(shift(first, s));
    }
    assertThat(replayed.labels()).isEqualTo(first.labels());
  }

  @Test
  void removingALabelUndoesItExactly() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    layer.add(false, LEGIT.get(0));
    double base = shift(layer, NEW_WITH_PHRASE);
    layer.add(true, PHRASE_SPAM.get(0));
    assertThat(shift(layer, NEW_WITH_PHRASE)).isGreaterThan(base);
    layer.remove(true, PHRASE_SPAM.get(0));
    assertThat(shift(layer, NEW_WITH_PHRASE)).isCloseTo(base, within(0.0));
    assertThat(layer.labels()).isEqualTo(1);
    layer.clear();
    assertThat(shift(layer, NEW_WITH_PHRASE)).isZero();
    assertThat(layer.labels()).isZero();
  }

  @Test
  void theNoneLayerLearnsNothing() {
    LearnedLayer.NONE.add(true, PHRASE_SPAM.get(0));
    assertThat(LearnedLayer.NONE.labels()).isZero();
    assertThat(shift(LearnedLayer.NONE, PHRASE_SPAM.get(0))).isZero();
  }

  @Test
  void logitsInOnePassAgreeWithTheModelAndTheShiftApart() {
    LearnedLayer layer = LearnedLayer.over(MODEL);
    PHRASE_SPAM.forEach(s -> layer.add(true, s));
    for (String body : List.of(NEW_WITH_PHRASE, NEW_LEGIT, "")) {
      String t = Normalizer.normalize(null, null, null, null, body).normalized();
      LearnedLayer.Logits z = layer.logits(MODEL, t, Tokens.of(t));
      assertThat(z.base()).isCloseTo(MODEL.logit(t, Tokens.of(t)), within(1e-12));
      assertThat(z.shift()).isCloseTo(layer.shift(t, Tokens.of(t)), within(1e-12));
    }
  }
}
