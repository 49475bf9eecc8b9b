package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MedicalSecondLook}: the classifier's last look at comments nothing else held. */
class MedicalSecondLookTest {
  /** Advice with no drug word and no advice shape; the classifier is sure (about 0.96), no rule fires. */
  private static final String UNSHAPED = "Two weeks is plenty to come off most of these, the long tapers are just overcautious.";
  private final ModerationCheck look = HealthChecks.secondLook(0.5);

  private Findings afterHealthChecks(String body) {
    Findings f = new Findings();
    CommentText text = Comments.comment(body);
    for (ModerationCheck c : HealthChecks.all()) c.inspect(text, f);
    return f;
  }

  @Test
  void flagsAdviceNothingElseHeldAndSaysSo() {
    Findings f = afterHealthChecks(UNSHAPED);
    assertThat(f.of(FlagName.MEDICAL_ADVICE)).isEmpty();
    look.inspect(Comments.comment(UNSHAPED), f);
    List<Findings.Finding> med = f.of(FlagName.MEDICAL_ADVICE);
    assertThat(med).hasSize(1);
    assertThat(med.get(0).reason().check()).isEqualTo(MedicalModelSignal.NAME);
    assertThat(med.get(0).reason().detail()).endsWith(", and no other check held the comment");
    assertThat(med.get(0).score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalSecondLook.UNHELD);
  }

  @Test
  void leavesCommentsAnotherCheckHeld() {
    Findings spam = afterHealthChecks(UNSHAPED);
    spam.add(FlagName.SPAM, 0.6, "links", "link to shop.example", List.of());
    look.inspect(Comments.comment(UNSHAPED), spam);
    assertThat(spam.of(FlagName.MEDICAL_ADVICE)).isEmpty();

    Findings weakSpam = afterHealthChecks(UNSHAPED);
    weakSpam.add(FlagName.SPAM, 0.3, "spam-language", "promo", List.of());
    look.inspect(Comments.comment(UNSHAPED), weakSpam);
    assertThat(weakSpam.of(FlagName.MEDICAL_ADVICE)).hasSize(1);
  }

  /**
   * Thirty-third round: a comment held for self-harm risk only is read too, at {@link
   * MedicalSecondLook#SELF_HARM_HELD} and on the whole comment, and the reason says which comment it
   * was; advice buried in one passage of such a comment is not read (passages there gave 20 more
   * caught for 11 more false flags over the read sets).
   */
  @Test
  void readsACommentHeldOnlyForSelfHarmAtItsOwnThresholdWithoutPassages() {
    Findings urgent = afterHealthChecks(UNSHAPED);
    urgent.add(FlagName.SELF_HARM, 0.9, "self_harm.ideation", "x", List.of());
    look.inspect(Comments.comment(UNSHAPED), urgent);
    assertThat(urgent.of(FlagName.MEDICAL_ADVICE)).singleElement().satisfies(f -> {
      assertThat(f.reason().detail()).endsWith(", in a comment held for self-harm risk");
      assertThat(f.score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalSecondLook.SELF_HARM_HELD);
    });

    String buried = "The photos of the Lake District in this piece took me right back. We walked Helvellyn in June with our two dogs. Psilocybin retreats in the Netherlands are legal and do more in a weekend than years of SSRIs, so that's the money well spent. The dogs slept for two days afterwards.";
    Findings held = afterHealthChecks(buried);
    held.add(FlagName.SELF_HARM, 0.9, "self_harm.ideation", "x", List.of());
    look.inspect(Comments.comment(buried), held);
    assertThat(held.of(FlagName.MEDICAL_ADVICE)).isEmpty();
  }

  @Test
  void leavesExperienceAndLowProbabilitiesAlone() {
    // the classifier gives the first about 0.97: only the first-person exclusion keeps it out
    for (String body : List.of(
        "I'm weaning myself off Xanax by cutting the pills in half every week.",
        "My sister takes lithium and it keeps her steady.")) {
      Findings f = new Findings();
      look.inspect(Comments.comment(body), f);
      assertThat(f.of(FlagName.MEDICAL_ADVICE)).as(body).isEmpty();
    }
  }

  private Findings withLastLook(String body) {
    Findings f = afterHealthChecks(body);
    look.inspect(Comments.comment(body), f);
    return f;
  }

  /**
   * Fourteenth round: advice told in one sentence of a longer comment about something else is read
   * in its passage; the same comments telling the writer's own treatment or a doctor's stay
   * published.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The photos of the Lake District in this piece took me right back. We walked Helvellyn in June with our two dogs. Psilocybin retreats in the Netherlands are legal and do more in a weekend than years of SSRIs, so that's the money well spent. The dogs slept for two days afterwards."})
  void readsAdviceBuriedInALongerCommentInItsPassage(String body) {
    assertThat(afterHealthChecks(body).of(FlagName.MEDICAL_ADVICE)).as(body).isEmpty();
    List<Findings.Finding> med = withLastLook(body).of(FlagName.MEDICAL_ADVICE);
    assertThat(med).as(body).singleElement().satisfies(f -> {
      assertThat(f.reason().check()).isEqualTo(MedicalModelSignal.NAME);
      assertThat(f.reason().detail()).contains(" in one passage of a longer comment");
      assertThat(f.reason().spans()).singleElement().satisfies(sp -> assertThat(sp.start()).isGreaterThan(body.indexOf('.')));
    });
  }
  /**
   * Nineteenth round: the medical classifier retrained on every read held-out set reads this
   * buried advice over the whole comment, so the medical check holds it before any last look.
   */
  @Test
  void buriedAdviceTheRetrainedModelReadsInTheWholeComment() {
    String body = "Our book club read a novel about grief this month and it led to a long conversation. Two members had lost partners recently. Anyone still on benzos after a year is better off coming off them over a long weekend, the withdrawal stories are overblown. We're reading a comedy next time.";
    assertThat(afterHealthChecks(body).of(FlagName.MEDICAL_ADVICE)).as(body).isNotEmpty();
  }


  @ParameterizedTest
  @ValueSource(strings = {
      "We went to the coast for half term and the weather held for once. The kids spent every day in the rock pools and my husband finally read a book. I've been on citalopram for two years and my GP halved my dose in the spring, which has gone fine so far. The fish and chips on the harbour were the best we've had.",
      "Our book club read a novel about grief this month and it led to a long conversation. Two members had lost partners recently. One of them asked her doctor about sleeping tablets and was given a short course, which helped her through the worst weeks. We're reading a comedy next time.",
      "Lovely piece on the history of the old asylum buildings. My grandmother trained as a nurse in one of them in the fifties. I take sertraline and 5-HTP was something I wondered about, so I asked my pharmacist, who explained why they shouldn't be combined. She would have had plenty to say about modern wards."})
  void leavesExperienceInALongerCommentAlonePassageByPassage(String body) {
    assertThat(withLastLook(body).of(FlagName.MEDICAL_ADVICE)).as(body).isEmpty();
  }

  /** Sixteenth round: advice only between quotation marks is someone else's words being answered; the last look skips it. */
  @Test
  void adviceOnlyInQuotationMarksIsNotTheWritersAdvice() {
    String body = "Answering Tom: \"just throw the pills away and eat mushrooms\" - no. The trial had careful screening and two therapists present, which is the part people skip.";
    Findings f = afterHealthChecks(body);
    look.inspect(Comments.comment(body), f);
    assertThat(f.of(FlagName.MEDICAL_ADVICE)).isEmpty();
  }

  /**
   * Twenty-first round: a doctor only mentioned ("doctors rarely bring this up") does not defer a
   * sentence the classifier is sure is advice; a verb that points the reader to one still does.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Doctors rarely bring this up: a week of St John's Wort on top of the fluoxetine is what finally lifts the fog.",
      "No doctor will say it out loud, but a week of St John's Wort on top of the fluoxetine is what finally lifts the fog."})
  void aDoctorMentionedIsNoPointerToOne(String body) {
    assertThat(withLastLook(body).of(FlagName.MEDICAL_ADVICE)).as(body)
        .singleElement().satisfies(f -> assertThat(f.reason().check()).isEqualTo(MedicalModelSignal.NAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Talk to your doctor before you change anything about your sertraline.",
      "If your escitalopram stops working, talk to your doctor before you go up yourself.",
      "Check with a pharmacist whether St John's Wort is safe next to your fluoxetine."})
  void aVerbPointingToADoctorStillDefers(String body) {
    assertThat(withLastLook(body).of(FlagName.MEDICAL_ADVICE)).as(body).isEmpty();
  }
}
