package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.Comments.checks;
import static io.commentmod.moderation.check.health.Comments.finding;
import static io.commentmod.moderation.check.health.Comments.flagged;
import static io.commentmod.moderation.check.health.Comments.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelfHarmCheckTest {
  private static final FlagName SH = FlagName.SELF_HARM;

  @Test
  void thinkingAboutEndingItIsIdeationWithItsSpan() {
    String body = "I've been thinking about ending it.";
    assertThat(checks(body, SH)).containsExactly("self_harm.ideation");
    assertThat(spanned(body, SH, "self_harm.ideation")).containsExactly("been thinking about ending it");
    assertThat(finding(body, SH, "self_harm.ideation").score()).isEqualTo(0.9);
  }

  @Test
  void someoneElseAtRiskIsFlaggedAndSaidSo() {
    String body = "My brother told me he wants to kill himself.";
    assertThat(finding(body, SH, "self_harm.ideation").reason().detail()).isEqualTo("about someone else: \"kill himself\"");
    assertThat(spanned(body, SH, "self_harm.ideation")).containsExactly("kill himself");
  }

  @Test
  void stockpilingAndFarewellAreAPlan() {
    String body = "I've saved up my pills. This is goodbye.";
    assertThat(checks(body, SH)).containsExactly("self_harm.plan");
    assertThat(spanned(body, SH, "self_harm.plan")).containsExactly("saved up my pills", "This is goodbye");
  }

  @Test
  void datingATaperByTheLastDoseIsNotAPlanButOneLastBigDoseIs() {
    assertThat(checks("The dizziness stopped about ten days after my last dose of sertraline.", SH)).isEmpty();
    assertThat(checks("Tonight I'm taking my last big dose. Goodbye everyone.", SH)).contains("self_harm.plan");
  }

  @Test
  void sharingACrisisLineIsNotSuicidalFeelingButCallingOneBesideDistressIs() {
    assertThat(checks("If anyone reading is struggling, the crisis line in the UK is 116 123.", SH)).isEmpty();
    assertThat(checks("I called the crisis line again last night and I can't take this anymore.", SH)).isNotEmpty();
  }

  @Test
  void selfHarmLongAgoThatTherapyHelpedIsResolved() {
    assertThat(checks("I used to hurt myself as a teenager. Years later it's part of my story and my therapist helped me more than anything.", SH))
        .isEmpty();
    assertThat(checks("I used to self-harm and therapy helped me, but I started cutting again this week.", SH)).isNotEmpty();
  }

  @Test
  void selfInjuryIsItsOwnReason() {
    assertThat(checks("I started cutting myself again.", SH)).containsExactly("self_harm.self_injury");
  }

  @Test
  void hopelessnessAboutLivingIsFlagged() {
    assertThat(spanned("Honestly I'm so done. No reason to live anymore.", SH, "self_harm.hopelessness"))
        .containsExactly("I'm so done", "No reason to live");
  }

  @Test
  void aWeakFarewellNeedsASecondCue() {
    assertThat(flagged("Goodbye, and good luck with the blog.", SH)).isFalse();
    assertThat(flagged("She texted me goodbye an hour ago. Thanks for everything, she wrote, and now she isn't answering.", SH))
        .isTrue();
  }

  @Test
  void aRecentAttemptIsFlaggedEvenInThePastTense() {
    assertThat(flagged("Last night I tried to kill myself.", SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I don't want to be alive anymore.",
      "Some nights I think everyone would be happier if I was gone.",
      "I've started giving my stuff away to friends.",
      "My girlfriend keeps talking about ending her life.",
      "I'm going to take all my pills tonight.",
      "I can't keep living like this.",
      "No point in anything anymore.",
      "I wrote a goodbye note to my parents.",
      "I keep thinking I should just end it.",
      "My dad says he has nothing left to live for.",
      "I've been self harming again since they lowered my dose.",
      "i cant do this anymore honestly",
      "I feel like a burden to everyone around me.",
      "Sometimes I wish I could fall asleep and never wake up.",
      "How many of these tablets would it take to not wake up?",
      "Honestly what is the point of living like this",
      "I just want everything to stop. I'm so tired of being alive.",
      "Been researching how many of my lithium pills would be enough.",
      "I told my therapist I'm fine but honestly I've got the rope ready.",
      "Nobody would even notice if I disappeared tomorrow.",
      "I hope I don't wake up tomorrow.",
      "My son posted a goodbye message on Instagram and isn't answering his phone.",
      "I keep burning myself with cigarettes when things get bad.",
      "My wife says she'd be better off dead.",
      "What's the point of any of it, honestly. I'm done.",
      "I've been giving my things away and writing letters. I think it's almost time.",
      "Does anyone know if 30 of my escitalopram tablets would be enough? Asking for myself.",
      "My teenage daughter has been cutting herself and talks about dying.",
      "I feel like everyone would be happier without me around.",
      "Tonight's the night. Thanks for all the articles over the years.",
      "I've been planning how to do it for weeks.",
  })
  void directAndIndirectRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Quiero desaparecer para siempre.",
      "Mi hermana dice que quiere suicidarse.",
      "Ich will nicht mehr leben.",
      "Mein Sohn hat gesagt, dass er sich umbringen will.",
      "Je n'en peux plus, je veux mourir.",
      "Ma fille parle de se suicider.",
      "Ik wil er niet meer zijn.",
      "Mijn zus zegt dat ze dood wil.",
      "Non ce la faccio più, voglio morire.",
      "Hoy es mi último día, gracias por todo.",
      "Ich habe schon einen Abschiedsbrief geschrieben.",
      "J'ai envie d'en finir avec tout ça.",
      "Ik denk er steeds aan om er een einde aan te maken.",
      "Não aguento mais, quero sumir.",
  })
  void riskInOtherLanguagesIsFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This comment section is killing me 😂",
      "That joke killed me.",
      "I'm dying to read the full paper.",
      "I could kill for a decent night's sleep.",
      "I'd die for a study on older adults.",
      "My friend's cat is so cute I could die.",
      "Kill two birds with one stone: exercise helps mood and sleep.",
      "That headline is dead wrong.",
      "Me muero de ganas de leer el estudio.",
      "Je suis mort de rire.",
      "I'd rather die than read another clickbait headline like this, lol.",
      "I nearly died laughing at the synapse-as-city metaphor.",
      "The phrase 'chemical imbalance' should die already.",
      "The withdrawal from paroxetine nearly killed me, but I'm fine now.",
      "I'm done with doom-scrolling for today, great article though.",
      "This headline is going to give me a heart attack, lol.",
      "The bridge on my way to work was closed again today, so I read this on the bus.",
  })
  void idiomsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The study found 4% of participants had suicidal thoughts.",
      "The 2016 survey says 36% felt suicidal at some point on meds.",
      "Side effects like suicidal thoughts should be discussed with your doctor.",
      "The black box warning about suicidality in young adults is important context.",
      "We need to talk about suicide prevention more openly.",
      "El estudio dice que el 4% de los pacientes tuvo ideas suicidas.",
  })
  void statisticsAndTopicTalkAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I was suicidal in my teens, but I'm in a much better place now.",
      "Years ago I wanted to die, but therapy and sertraline got me through it and I'm doing well now.",
      "Back in 2017 I thought about ending things. Medication helped and I've been doing well for years.",
      "I used to self-harm as a teenager; I'm 35 now and doing great.",
      "I attempted suicide in 2015 and I'm alive and grateful today.",
      "My brother died by suicide last year, so this research matters to me.",
  })
  void resolvedPastStrugglesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'm too scared to actually do it, but I think about it every day.",
      "Nobody would even care if I died tomorrow.",
      "I wish I didn't have to wake up tomorrow.",
      "ugh kms",
      "I got a noose and tied it in the garage.",
      "I know which method I'll use.",
      "Why can't I just die already.",
      "There's no reason for me to live.",
      "The only thing keeping me alive is my cat.",
      "I'm sorry for being such a burden to everyone, sorry for existing.",
      "My sister says she wants to throw herself off the bridge."})
  void secondPassPhrasingsOfIntentMeansAndHopelessnessAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @Test
  void theClassifierFlagsDespairTheRulesOnlyHalfSeeAndNamesItsWords() {
    String body = "Everything I try goes wrong and I'm tired of being the one everyone forgets.";
    assertThat(checks(body, SH)).containsExactly(SelfHarmModelSignal.NAME);
    Findings.Finding f = finding(body, SH, SelfHarmModelSignal.NAME);
    assertThat(f.score()).isGreaterThanOrEqualTo(0.5);
    assertThat(f.reason().detail()).startsWith("risk probability ");
    assertThat(f.reason().spans()).isNotEmpty();
    for (io.commentmod.events.Span sp : f.reason().spans()) assertThat(sp.end()).isGreaterThan(sp.start());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Years ago I felt worthless and alone every day; therapy got me through and I'm doing well now.",
      "The survey found that lonely participants reported more depressive symptoms.",
      "This article killed me, I'm dying to try the recipe.",
      "I was so tired after the night shift that I slept until noon.",
      "Felt a bit low this week after my surgery, but my family has been wonderful."})
  void theClassifierStaysSilentOnResolvedPastStatisticsIdiomsAndOrdinaryTiredness(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly, why shouldn't I just end it, nothing ever changes.",
      "I'm only alive for my mum at this point.",
      "I have the pills ready and I know when.",
      "I'd be better off just ending it all.",
      "I want out of this life, I'm so tired.",
      "The urges are getting stronger and time is running out for me."})
  void thirdPassPhrasingsOfEndingItMeansAndMountingUrgesAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @Test
  void aStatisticWordFarFromAnyRiskWordDoesNotSilenceTheClassifier() {
    // "out of" and "a number of" are statistic words; here they report nothing, the post is despair
    String body = "Out of all my friends I'm the one nobody calls. A number of them stopped replying months ago and "
        + "never said why. Every single night I'm so tired of being alone, I don't see what I'm still doing here.";
    assertThat(checks(body, SH)).containsExactly(SelfHarmModelSignal.NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I want out of this job, I'm sending applications tonight.",
      "Goodbye summer, I'll miss the long evenings.",
      "I was depressed for years and this supplement cured me, I feel great.",
      "The trial reported that 3% of participants felt suicidal in the first two weeks.",
      "I'm done with this show, the writing got so bad."})
  void thirdPassHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Does anyone else on sertraline just stop caring whether they wake up? Because I have.",
      "Ask your pharmacist about the timing. Honestly I'm not sure I'll still be here by Easter.",
      "I've been putting my leftover sleeping tablets aside in a drawer for weeks.",
      "Thinking about taking the whole lot at once tonight with some wine.",
      "I don't plan to be around when the school year starts.",
      "My son says he won't need his books where he's going.",
      "I've started using a lighter on my wrist again.",
      "Relapsed last night after 60 days clean from cutting.",
      "Tell my sister I love her and that I tried.",
      "I'm done with all of this for good after Friday.",
      "No me importa si me despierto mañana.",
      "Je ne serai plus là le mois prochain.",
      "Ik zie het nut niet meer om door te gaan.",
      "Ich habe meine Schlaftabletten gesammelt."})
  void fifthPassIndirectRiskMeansAndDoubtAboutBeingHereAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "These early shifts are going to be the death of me.",
      "The leaflet mentions overdose risk, so the box stays on a high shelf.",
      "It's my last day at the pharmacy on Friday after nine years.",
      "I can't take any more of the builders next door.",
      "At my annual review the nurse asked the standard questions about self-harm, which felt thorough.",
      "I burned myself out at work as a teenager and in my twenties, learned my lesson.",
      "I cut myself all through my teens. I'm forty now, therapy helped me, and I haven't in decades.",
      "Not saying the study is worthless, just small.",
      "Cet article m'a tué, trop drôle."})
  void fifthPassHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  @Test
  void aDecisionOrADateAloneIsOrdinaryButTogetherTheyAreAPlan() {
    assertThat(flagged("I've decided to start running on Saturday, wish me luck.", SH)).isFalse();
    assertThat(flagged("Ich habe mich entschieden: ab Montag kein Zucker mehr.", SH)).isFalse();
    assertThat(flagged("My mind is made up. On Saturday it will all be over.", SH)).isTrue();
    assertThat(flagged("Ik heb besloten. Zaterdag is alles voorbij.", SH)).isTrue();
  }
}
