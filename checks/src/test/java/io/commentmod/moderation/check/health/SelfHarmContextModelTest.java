package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.training.TextModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The self-harm classifier with and without its blog-context second opinion (thirty-second round,
 * {@link SelfHarmModelSignal}). Sentences written for this test from the policy; each was checked to
 * read differently with and without the second model, so the tests fail if the second model stops
 * being consulted.
 */
class SelfHarmContextModelTest {
  private static final HealthLexicons LEX = HealthLexicons.load();
  private static final TextModel MODEL = TextModel.bundledSelfHarm().orElseThrow();
  private static final SelfHarmCheck ALONE = new SelfHarmCheck(LEX, new SelfHarmModelSignal(MODEL));
  private static final SelfHarmCheck WITH_CONTEXT =
      new SelfHarmCheck(LEX, new SelfHarmModelSignal(MODEL, TextModel.bundledSelfHarmContext().orElseThrow()));

  private static Findings run(SelfHarmCheck check, String body) {
    Findings f = new Findings();
    check.inspect(Comments.comment(body), f);
    return f;
  }

  /** A hand-over of something the writer "won't be needing": read just below the threshold, no rule cue. */
  @Test
  void flagsARiskTheClassifierReadsJustBelowItsThresholdAndSaysWhy() {
    String body = "Can someone look after the group chat for me from next week? I won't be needing it.";
    assertThat(run(ALONE, body).of(FlagName.SELF_HARM)).isEmpty();
    var found = run(WITH_CONTEXT, body).of(FlagName.SELF_HARM);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).reason().check()).isEqualTo(SelfHarmModelSignal.NAME);
    assertThat(found.get(0).reason().detail()).contains("blog-context probability");
  }

  /** Tiredness and night shifts with no rule cue: flagged by the classifier alone, set aside by the second model. */
  @Test
  void setsAsideAnEverydayCommentTheClassifierAloneFlagged() {
    String body = "Three nights in a row on call, my body doesn't know what day it is.";
    assertThat(run(ALONE, body).of(FlagName.SELF_HARM)).isNotEmpty();
    assertThat(run(WITH_CONTEXT, body).of(FlagName.SELF_HARM)).isEmpty();
  }

  /**
   * Beside a rule's cue the classifier's flag stands, whatever the second model reads: "If you don't
   * hear from me again" is a farewell, and the second model reads this sentence low.
   */
  @Test
  void aFlagBesideARuleCueIsNeverSetAside() {
    String body = "If you don't hear from me again, thank you all for the chats.";
    assertThat(TextModel.bundledSelfHarmContext().orElseThrow().probability(body.toLowerCase(),
        io.commentmod.moderation.normalize.Tokens.of(body.toLowerCase()))).isLessThan(SelfHarmModelSignal.CONTEXT_ASIDE);
    assertThat(run(WITH_CONTEXT, body).of(FlagName.SELF_HARM)).isNotEmpty();
  }

  /**
   * Developers' hard negatives of earlier rounds that the second model flags (blog-context probability
   * 0.66-0.72, the classifier 0.52-0.54): accepted false alarms, as recall comes first. Raising the flag
   * threshold to 0.73 would clear them and give back most of the recall the second model adds on the
   * never-read sets (docs/health-checks.md, "Thirty-second round"); a change that clears them without
   * that loss should move them back to the lists they came from in {@link SelfHarmCheckTest}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly I'm not sure this study will be around for the next review cycle.",
      "I've given myself a deadline for the thesis: end of May.",
      "Everyone is hoping for a crash in house prices.",
      "I've decided to switch to escitalopram and I'm at peace with it."})
  void acceptedFalseAlarmsOfTheSecondModel(String body) {
    assertThat(run(ALONE, body).of(FlagName.SELF_HARM)).as(body).isEmpty();
    assertThat(run(WITH_CONTEXT, body).of(FlagName.SELF_HARM)).as(body).isNotEmpty();
  }
}
