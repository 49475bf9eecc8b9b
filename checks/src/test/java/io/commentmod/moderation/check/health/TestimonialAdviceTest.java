package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link TestimonialAdvice}: a seller's or a framed dose, switch or cure claim is medical advice too. */
class TestimonialAdviceTest {
  /** Every shipped single-comment check before the seller look, and the look itself. */
  private static Findings judged(String body) {
    return judged(body, true);
  }

  /**
   * As {@link #judged(String)}, optionally without the medical-advice check: the look acts only
   * where no medical finding exists yet, so leaving that check out shows what the look itself
   * reads, whatever the medical classifier (retrained from time to time) makes of the comment.
   */
  private static Findings judged(String body, boolean withMedicalCheck) {
    CommentText text = Comments.comment(body);
    Findings f = new Findings();
    List<ModerationCheck> checks = new ArrayList<>(Moderators.checks(Policy.defaults()));
    assertThat(checks.stream().filter(c -> c instanceof TestimonialAdvice)).hasSize(1);
    for (ModerationCheck c : checks) {
      if (c instanceof MedicalSecondLook) break;
      if (!withMedicalCheck && c instanceof MedicalAdviceCheck) continue;
      c.inspect(text, f);
    }
    return f;
  }

  private static boolean testimonyFlag(Findings f) {
    return f.of(FlagName.MEDICAL_ADVICE).stream().anyMatch(x -> x.reason().check().equals(TestimonialAdvice.SELLER) || x.reason().check().equals(TestimonialAdvice.FRAMED));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Swapped my paroxetine for our NeuroShroom capsules and never looked back! 25% off at neuroshroom-store.com, code MIA25",
      "My aunt got off citalopram in a week thanks to PureCalm drops. Order at purecalm-drops.com/ref/ann",
      "Our kit: 2 gummies twice daily for low mood. Shop now at moodgummy.example.com, free shipping!!!",
      "Guests give up all psychiatric medication two days before arrival. Book at soulretreat-example.com",
      "I coach people off their antidepressants in six weeks. DM me on Instagram @offpills_coach",
      "Nos gélules remplacent vos antidépresseurs en un mois. Commandez sur cerveau-bio.example.fr, code BIO15",
      // eighteenth round: a seller's praise beside a dose
      "Full protocol on my channel: 2 g on Sundays, it changed my life. Subscribe at shroomcoach.example.com"})
  void aSellersDoseSwitchOrStopIsAdvice(String body) {
    Findings f = judged(body, false);
    assertThat(f.combined(FlagName.SPAM)).as(body).isGreaterThanOrEqualTo(Policy.defaults().threshold(FlagName.SPAM, null));
    assertThat(testimonyFlag(f)).as(body).isTrue();
    assertThat(judged(body).of(FlagName.MEDICAL_ADVICE)).as(body).isNotEmpty();
  }

  /**
   * Thirty-fourth round: a seller's count to take on a schedule, with no unit ("Take 1-2 every 4 hours",
   * "take 1 before exams"); the round's first build left both to the spam flag alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Oxycodone 10mg, no script needed, fast discreet delivery. Take 1-2 every 6 hours for back pain. www.painrelief-direct.example.com",
      "Focus pills without prescription! Modafinil, Adderall. Take 1 before an interview and you'll nail it. order now at focusmeds-rx.example.net"})
  void aSellersCountOnAScheduleIsAdvice(String body) {
    Findings f = judged(body, false);
    assertThat(f.combined(FlagName.SPAM)).as(body).isGreaterThanOrEqualTo(Policy.defaults().threshold(FlagName.SPAM, null));
    assertThat(testimonyFlag(f)).as(body).isTrue();
  }

  /** ... but trying, using or downloading a product for a while is no dose ("Try it free for 7 days", "use code X for 3 months free"). */
  @ParameterizedTest
  @ValueSource(strings = {
      "Is your kid always on their phone? Try our screen-time app free for 14 days: screenwise-app.example.com",
      "Join our mindfulness club and use code CALM for 2 months free! calmclub.example.com"})
  void aSellersTrialPeriodIsNoDose(String body) {
    assertThat(testimonyFlag(judged(body, false))).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We deliver fresh lion's mane and oyster mushrooms weekly. Order at forage-box.example.com, 20% off your first box",
      "Premium lion's mane extract, 60 capsules of 500mg, cheapest on the web: maneshop.example.com",
      "Our SEO agency ranks health blogs for 'SSRI withdrawal' and 'antidepressant tapering'. Email growth@rankfast-example.com"})
  void aSellersProductOrKeywordsAreNot(String body) {
    assertThat(testimonyFlag(judged(body, false))).as(body).isFalse();
  }

  /** The same testimonial without a seller is a reader's experience: this check leaves it. */
  @Test
  void withoutASellerNothing() {
    Findings f = judged("I swapped my paroxetine for lion's mane capsules last spring and I feel fine.", false);
    assertThat(f.combined(FlagName.SPAM)).isLessThan(Policy.defaults().threshold(FlagName.SPAM, null));
    assertThat(testimonyFlag(f)).isFalse();
  }

  /** Someone else's change of medication, a dose or a cure, framed for readers, is advice; the writer's own is not. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Just saying: my aunt stopped her quetiapine after a month of yoga and she's fine.",
      "Make of that what you will, but a colleague came off two antidepressants after a retreat abroad.",
      "Not advice, just what worked for my brother: 2g of fish oil daily and he dropped his sertraline.",
      "Ik zeg verder niks, maar mijn buurman is gestopt met zijn paroxetine en slikt nu alleen visolie.",
      "My uncle came off citalopram by skipping every other day for a week. Doctors make tapering sound far more complicated than it is.",
      "A friend combined microdosed psilocybin with her lithium for a month. The scaremongering about interactions is overblown."})
  void aFramedStoryAboutSomeoneElseIsAdvice(String body) {
    Findings f = judged(body);
    assertThat(f.of(FlagName.MEDICAL_ADVICE)).as(body).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Stopped my medication abruptly years ago and regretted it; came off properly later with my GP. Just saying, it cost me a year.",
      "Not a doctor, but I came off my sertraline over eight weeks with my GP and it went fine."})
  void theWritersOwnChangeFramedIsExperience(String body) {
    assertThat(testimonyFlag(judged(body, false))).as(body).isFalse();
  }
}
