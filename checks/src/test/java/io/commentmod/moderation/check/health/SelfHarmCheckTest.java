package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.Comments.checks;
import static io.commentmod.moderation.check.health.Comments.finding;
import static io.commentmod.moderation.check.health.Comments.flagged;
import static io.commentmod.moderation.check.health.Comments.spanned;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import java.util.List;
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
      "The trial reported that 3% of participants felt suicidal in the first two weeks."})
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

  // Seventh pass (lexicon kinds), 2026-11-29: sentences written for the branch, one group per kind
  // (symptom question answered in the present, searching for methods, stockpile, dangerous place,
  // inner voice, recent attempt, ultimatum, farewell to the community, existence fatigue, methods
  // as options, worry about another commenter).
  @ParameterizedTest
  @ValueSource(strings = {
      "Does anyone else think about dying every day on a new antidepressant? I do, every single day since I started.",
      "Is it common for the low mood to get so much worse in week two? Mine is so much worse and I keep thinking about not being here.",
      "¿Es normal tener pensamientos suicidas con la venlafaxina? Porque yo los tengo ahora mismo.",
      "I've started looking up ways to do it at night when everyone is asleep.",
      "Last night I searched painless ways to die for hours.",
      "I keep googling how many it would take with the tablets I have.",
      "My son has been searching online for methods, I saw his history this morning.",
      "Ich habe angefangen, nach Methoden zu suchen, wie man es schmerzlos macht.",
      "I've been saving up my pills, about 60 now.",
      "I'm keeping them for when I need them, it's a comfort to know they are there.",
      "Estoy guardando mis pastillas, ya tengo unas cincuenta.",
      "I'm standing on a bridge right now and I don't know why I'm typing this.",
      "I'm on the roof of my building and it is very quiet up here.",
      "At the edge of the platform tonight I kept thinking how easy one step would be.",
      "I keep picturing stepping in front of the train on my way to work.",
      "I think I'll just walk into the sea one of these evenings.",
      "Je suis sur le pont en ce moment et je regarde l'eau.",
      "My brain keeps telling me I should just die.",
      "A voice says I'd be better off dead and some days I believe it.",
      "The voice in my head tells me to end it every night.",
      "Mijn hoofd blijft zeggen dat ik beter dood kan zijn.",
      "I tried last month and I still feel the same way.",
      "After my attempt two weeks ago nothing has changed and I'm scared.",
      "I tried to overdose three weeks ago and the meds have not helped since.",
      "Hace dos semanas lo intenté y sigo igual.",
      "If the trial doesn't take me, that's it for me.",
      "This is my last try. If this drug fails too I'm done.",
      "I've decided that's it, this medication is the last thing I try.",
      "Wenn diese Studie mich nicht nimmt, ist es für mich vorbei.",
      "This will be my last comment here, thank you all for the kind words over the years.",
      "This is my last comment on this blog. Thank you for everything, you were kinder than anyone.",
      "I won't be commenting anymore. Thank you all for the years of kindness, take care of each other.",
      "Dit wordt mijn laatste reactie hier, bedankt voor alle lieve woorden.",
      "I'm so tired of existing.",
      "I don't want the brain I'm in anymore.",
      "I'd rather go out that way than keep feeling like this.",
      "Je suis tellement fatiguée d'exister.",
      "A rope, pills, whatever works first, I just want it over.",
      "I'm spending all my energy on not killing myself.",
      "Pills or the bridge, I haven't decided which yet.",
      "@Mark you said last week you felt like a burden. Are you still here? Please reply, I'm worried.",
      "Sam, you wrote you were a burden to everyone. Please reply, I'm really worried about you.",
      "Are you still with us Anna? You said you felt like a burden. Please answer."})
  void seventhPassKindsOfRiskAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Is it normal to feel suicidal on sertraline? Our leaflet says 1 in 100 patients report it, how does that compare?",
      "Does anyone know how many participants reported suicidal thoughts in the trial?",
      "I looked up ways to cook lentils without the bloating.",
      "I searched for ways to get off sertraline safely with my doctor.",
      "I was googling how many steps a day are needed for the benefit.",
      "I'm saving up for a new bike, about 600 now.",
      "I keep my inhaler for when I need it.",
      "I'm on the roof fixing the gutter, so I'll read this later.",
      "We walked into the sea together on holiday, the water was cold but lovely.",
      "A voice says I should go for a run, and it's usually right.",
      "I tried last month to cut down on coffee and it worked.",
      "After my attempt at the marathon two weeks ago my knees are fine.",
      "I attempted suicide twenty years ago; I'm in a much better place now and doing well.",
      "This is my last try at the keto diet, I promise.",
      "If the trial doesn't take me I'll ask my GP about other options.",
      "Can researchers include people with past suicidal thoughts in the trial, or is that an exclusion criterion?",
      "Last comment before I go on holiday for three weeks! Thanks for all the tips.",
      "So tired of existing in this heat lol.",
      "I'm tired of the rain this week.",
      "I'd rather go out for a walk than keep sitting at home.",
      "Pills, therapy, exercise, whatever works first for you is fine.",
      "I spend all my energy on my kids right now.",
      "Are you still here next week for the webinar? Please reply so I can book.",
      "Mark, are you still taking the magnesium? Please reply, I'm curious."})
  void seventhPassHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  // Eighth pass (lexicon kinds): one positive and one guard per kind, in more than one language;
  // sentences written for the tests, none taken from an evaluation set.
  @ParameterizedTest
  @ValueSource(strings = {
      "Cut my legs again on Sunday, the mindfulness article didn't stop me.",
      "I carve my thighs whenever the numbness gets too much.",
      "Burnt my wrist with a cigarette last night and I keep doing it.",
      "I pick at my arms until they bleed whenever the panic kicks in.",
      "Gestern habe ich mir wieder die Handgelenke aufgeritzt, nichts hilft.",
      "Me corté los brazos otra vez anoche.",
      "Je me suis coupée les poignets hier soir.",
      "Ik heb gisteren weer in mijn armen gesneden.",
      "I keep hearing a voice telling me to kill myself when I try to sleep.",
      "The voice in my head keeps telling me I should just die, it's loud tonight.",
      "Die Stimme in meinem Kopf sagt mir ich soll sterben.",
      "Une voix me dit de mourir chaque nuit.",
      "Een stem in mijn hoofd zegt dat ik dood moet.",
      "I've decided. I'm so at peace with it. Please don't worry about me.",
      "I have made my decision and I feel completely at peace with it. Thanks everyone for the kindness.",
      "Ich habe meine Entscheidung getroffen und bin im Reinen damit. Macht euch keine Sorgen um mich.",
      "Ya he tomado la decisión y estoy en paz con ello. No os preocupéis por mí.",
      "My sister keeps saying that it won't matter much longer, then laughs it off.",
      "My dad told us he won't be around much longer and he isn't even ill.",
      "My son says he wants to put an end to it all.",
      "Mijn moeder zegt vaak dat ze er een einde aan wil maken.",
      "Mi hermano dice que pronto no importará, y se ríe.",
      "Posts like this are for people who still have hope. I ran out ages ago.",
      "I gave up hope years ago, these success stories are not for me.",
      "Mir ist die Hoffnung schon lange ausgegangen.",
      "Je n'ai plus d'espoir depuis longtemps.",
      "Did the placebo group's suicidal thoughts fade? The thoughts haven't stopped for me and they're getting harder to ignore.",
      "My suicidal thoughts haven't gone away on the new dose.",
      "Mes idées noires ne partent pas, elles deviennent plus fortes.",
      "I ended up in A&E on Friday after swallowing too many of my tablets and I feel the same as before.",
      "Overdosed last week, they kept me one night, nothing is different.",
      "Sertraline was the only thing keeping me alive and it has stopped working.",
      "Antidepressants just stop you from dying. Mine stopped doing even that in spring.",
      "Lo único que me mantiene con vida es la medicación y ya no funciona.",
      "Het enige wat me in leven houdt werkt niet meer.",
      "Taking 12 grams on Saturday and never coming back."})
  void eighthPassKindsOfRiskAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I cut my hair again last week and it looks great.",
      "I burned my arm on the oven yesterday, ouch.",
      "Burned the toast again this morning.",
      "I hit my head on the cupboard again, clumsy me.",
      "Ich habe mir beim Kochen den Arm verbrannt.",
      "Me corté el pelo ayer.",
      "A voice in my head tells me to go for a run every morning.",
      "I've made my decision about the trial and I'm at peace with it.",
      "Ik heb mijn besluit genomen over de studie.",
      "Thank you all for the support, the tapering went fine!",
      "Ten years ago I cut my arms every week. I'm genuinely okay now and it's been a decade.",
      "Last year I overdosed and spent a week in hospital. Today I'm stable and have a great therapist.",
      "Vor zehn Jahren hatte ich Suizidgedanken. Heute bin ich stabil und glücklich.",
      "Hace cinco años intenté suicidarme. Hoy estoy estable y tengo apoyo.",
      "My friend talked about suicide last year, she got help and she's doing much better now.",
      "Mon père s'est suicidé il y a dix ans. Je vais bien, je suis bien entourée.",
      "I'm so tired of people calling lion's mane a miracle.",
      "I felt so lonely after the move, but I feel less alone since joining the walking group.",
      "Je me sens moins seule depuis que je marche le soir.",
      "Ik voel me minder alleen sinds ik wandel.",
      "I went to the ER after taking too many ibuprofen for a toothache, lesson learned, I'm fine now.",
      "The ER visit last week was for my broken wrist."})
  void eighthPassHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  // Eighth pass, second part: the generic "you" of one's own energy, a body "it's in", "myself" in
  // a pictured method, a walk into water, "then I end it", a whole pack "if I took" it, a symptom
  // question answered "I am, right now", means kept and calming, a method list broken by commas,
  // "because mine haven't" with louder thoughts.
  @ParameterizedTest
  @ValueSource(strings = {
      "I put most of my energy into not killing myself these days, work gets the rest.",
      "Gasto toda mi energía en no matarme y nadie lo nota.",
      "Ich brauche meine ganze Kraft dafür, mich nicht umzubringen.",
      "Why heal my gut when I don't want the body it's in?",
      "Keep picturing myself jumping off the bridge near my office.",
      "The only trip I'm planning is a one-way walk into the river.",
      "Trying one more supplement and then I end it all if it fails.",
      "I keep thinking about how I'd do it, every evening.",
      "What if I swallowed the whole bottle tonight, who would even know.",
      "¿Y si me tomo la caja entera esta noche? Nadie se daría cuenta.",
      "Wenn ich die ganze Packung nehmen würde, würde es jemand merken?",
      "Does this drug make anyone feel suicidal at first? Because I truly am right now.",
      "I've been stockpiling my zopiclone. Knowing they're there feels strangely comforting.",
      "i'm still here for now. not sure how much longer, imagining how i'd do it.",
      "ketamine, a noose, whatever is quickest at this point",
      "Are there studies on people after a suicide attempt? I tried last month and still feel the same.",
      "Did the participants' urges fade? Cos mine never did and they're getting harder to resist.",
      "¿Desaparecieron las ideas suicidas en el estudio? Porque los míos no, y cada vez son más fuertes."})
  void eighthPassSecondPartKindsAreFlagged(String body) {
    assertThat(flagged(body, SH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I spend most of my energy on my garden.",
      "Gasto toda mi energía en mis hijos.",
      "What if I took the whole box by mistake, is magnesium dangerous?",
      "Wenn ich die ganze Packung Vitamin D nehme, schadet das?",
      "Skipping rope, cycling, whatever works first for your mood.",
      "I'm here right now at the clinic waiting for my appointment.",
      "Did your headaches go away? Because mine haven't."})
  void eighthPassSecondPartHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).isFalse();
  }

  // Ninth pass (core concepts in more shapes), 2026-11-29: own sentences, one or two per concept.
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly I'm not planning on being around for much longer.",
      "Not planning on seeing another Christmas, so the supplements hardly matter.",
      "Nobody will miss me when I'm gone, that's the truth.",
      "No one would even miss a failure like me.",
      "Looked up which pills are strong enough. Not for a headache.",
      "I keep hoping a bus would just hit me on the way to work.",
      "Ce soir c'est la fin, merci pour tout.",
      "Esta noche se acaba todo, gracias por los artículos.",
      "Nadie me va a echar de menos.",
      "Niemand wird mich vermissen, das weiß ich.",
      "Vannacht is het voorbij, dank jullie wel.",
      "I have a plan and a date. I don't want to be here anymore.",
      "I won't be here for Christmas."})
  void ninthPassCoreConceptsInMoreShapesAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I have a plan and a date for the wedding, finally!",
      "Nobody will miss the old car, it was a wreck.",
      "Which mushrooms are poisonous? I forage and want to be safe.",
      "Tengo un plan y una fecha para la boda.",
      "Ich habe alles vorbereitet für die Party morgen.",
      "J'ai tout préparé pour la fête, venez nombreux !"})
  void ninthPassOrdinaryPlansAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  // Eleventh pass (general forms of listed kinds), 2026-11-29: own sentences, one per form.
  @ParameterizedTest
  @ValueSource(strings = {
      "Finished the farewell letters last night. The kids will be okay.",
      "Spent the evening googling lethal doses instead of sleeping.",
      "Lately I keep having thoughts of jumping off the bridge near work.",
      "My dad keeps talking about wanting to end it all and won't see anyone.",
      "I've been wanting to die for most of this year.",
      "Swallowed every pill in the house an hour ago.",
      "I no longer care what happens to me.",
      "It would be easier for everyone if I just disappeared.",
      "Mijn vriendin zegt dat ze zichzelf iets wil aandoen.",
      "Ya no encuentro sentido a la vida.",
      "Seria mais facil para todo mundo se eu sumisse.",
      "Three SSRIs and two therapists later, I think I'm one of those people who won't get better.",
      "The psychiatrist says give it two months. Honestly I don't have two months left in me.",
      "My sister told me on the phone she's ready to check out, then hung up.",
      "My brother says nobody would miss him if he was gone."})
  void eleventhPassGeneralFormsAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Our professor kept talking about suicide statistics for the whole lecture.",
      "I tried to self-harm at sixteen. I'm forty now and haven't in over twenty years.",
      "After my overdose at nineteen I was in hospital for a week. That passed, and I'm doing really well.",
      "My cousin had suicidal thoughts at university. She's been doing great since she found the right therapist.",
      "Writing my grandfather's farewell letter for his retirement party was harder than I expected.",
      "The lemon cake at the clinic cafe is to die for.",
      "Honestly I would die for a full night's sleep.",
      "That's me right now, sitting in the sun with a coffee and this article.",
      "This article hit close to home, my dad was on lithium for years and it worked."})
  void eleventhPassRecoveryAndOrdinaryUsesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirteenth round: false alarms accepted at the chosen thresholds. Each has the shape of a risk
   * sentence ("because I am, right now", "won't be commenting anymore" with sudden relief, "not
   * planning on being around") and a benign reason the classifier does not read; the model retrained
   * with held-out sets 1-17 scores them 0.555-0.565, just above {@value SelfHarmModelSignal#ALONE}.
   * They were hard negatives of the seventh and ninth passes. Recall comes first, so they go to a
   * person; a change that clears them without losing recall should move them back.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Is it normal to feel more tired in the first weeks? Because I am, right now, but it's getting better.",
      "I won't be commenting much anymore because I feel so much better, thank you all.",
      "Not planning on being around this weekend, off camping."})
  void thirteenthRoundAcceptedFalseAlarms(String body) {
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
  }

  /**
   * Nineteenth round: false alarms accepted with the classifier retrained on every read held-out
   * set and six more written as training data (heldout-lines.tsv). On the twenty never-read sets
   * it catches more risk with fewer false flags (docs/health-checks.md, "Nineteenth round"), but
   * these short everyday sentences, hard negatives of earlier passes, now score 0.49-0.57: the
   * held-out sets' veiled plans and quiet goodbyes taught it the shape (a bridge, a last comment, a
   * gun at home, saving up, "I'm done", "tired of living") and not the everyday reason beside it.
   * No threshold that keeps Twitter recall at 0.9 and the RHMD figurative rate under 0.035 clears
   * them, and 416 more everyday hard negatives from an independent writer did not either. Recall
   * comes first, so they go to a person; a change that clears them without losing recall on the
   * never-read sets should move them back to the lists they came from.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My dad has a shotgun in the shed for the rabbits.",
      "I'm standing on a bridge right now taking photos of the sunset, the view is lovely.",
      "I'm so tired of living with the noise from the flat upstairs.",
      "I've made my peace with living alone and I actually enjoy it.",
      "I have old scars on my legs from my teens; these days they're just part of me.",
      "We won't be here for Christmas, we're visiting my parents.",
      "I ran out of sertraline a while ago and got a refill yesterday.",
      "I keep picturing myself walking into the sea on holiday next month, so excited!",
      "I keep thinking about how I'd do it differently if I could redo my taper.",
      "I've been saving my pocket money for a bike.",
      "The bridge on my way to work was closed again today, so I read this on the bus."})
  void nineteenthRoundAcceptedFalseAlarms(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
  }

  /**
   * Twentieth round: the Spanish, French, German and Dutch lexicons, a sixth the size of the English
   * one, gained the common ways native speakers say present ideation, methods, plans, self-injury
   * and worry about someone else (four writers, one per language, from the policy; none read an
   * evaluation set). Each of these was missed before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Estoy teniendo ideas suicidas otra vez.",
      "Lo que más deseo es morirme.",
      "me quiero tirar por la ventana",
      "Estoy en la estación mirando las vías y no me voy.",
      "Si je pouvais juste ne pas me réveiller demain matin.",
      "ce soir je passe à l'acte",
      "Mes proches vont enfin être débarrassés de moi.",
      "Je ne mérite pas de vivre.",
      "Ich habe Angst, dass mein Vater sich etwas antut.",
      "Ich bringe mich um, wenn das so weitergeht.",
      "Mir ist klar geworden, dass ich nicht mehr weiterleben will.",
      "Ich habe mir heute wieder mit dem Messer in den Arm geschnitten.",
      "Ik heb een strop gemaakt en die ligt in de kast.",
      "Ik heb zitten googelen hoe je pijnloos dood kan gaan.",
      "Ik wil me voor de trein gooien.",
      "Ik zou willen dat ik gewoon dood was."})
  void twentiethRoundRiskInSpanishFrenchGermanAndDutch(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twentieth round, the same four lexicons: everyday idioms, denials and past struggles with a
   * risk word in them, each flagged by the moderator before (by a lexicon phrase or by the
   * classifier beside one).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Me corto las uñas cada domingo, manía mía.",
      "Quiero morirme de la vergüenza, me equivoqué de nombre en la reunión.",
      "Me despido por hoy, gracias por el artículo tan interesante.",
      "Je vais mourir de chaud dans ce train.",
      "Je ne suis pas suicidaire, juste épuisée par mon boulot.",
      "Je me suis brûlé avec la poêle ce matin.",
      "Als Teenager habe ich mich geritzt, das ist lange vorbei.",
      "Ich kann nicht mehr warten, bis die Studie veröffentlicht wird.",
      "Ich habe keine Suizidgedanken, nur Schlafprobleme.",
      "Ik heb genoeg pillen voor de vakantie van drie weken meegenomen.",
      "Een overdosis aan informatie op dit blog, maar wel fijn.",
      "Ik kan niet meer wachten tot de zomer."})
  void twentiethRoundEverydayPhrasesInTheFourLanguagesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirteenth round: a statistic about risk explains its own sentence, not the reader's present
   * risk beside it. The classifier, silenced before by any statistic near a risk word, now reads
   * the comment without the statistic's sentences; the statistic alone, or beside a question or a
   * resolved past, stays unflagged.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Around 4% of participants reported suicidal ideation in the trial. That's been me most nights lately, lying awake thinking about it.",
      "The review found suicidal ideation in 5% of the people taking it. I'm one of them this month, and it's getting louder."})
  void presentRiskBesideAStatisticIsRead(String body) {
    // since the eighteenth round a rule reads "that's been me" / "I'm one of them" beside the statistic's risk word
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmCheck.IDEATION);
    Findings.Finding f = finding(body, SH, SelfHarmCheck.IDEATION);
    assertThat(f.reason().detail()).startsWith("the writer counts themselves in: ");
    assertThat(f.reason().spans()).anySatisfy(sp -> assertThat(sp.start()).isGreaterThan(body.indexOf('.')));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The paper says suicidal thoughts were reported by 3% of patients. I wonder how they measured that, was it self-report?",
      "The review found suicidal ideation in 5% of the people taking it. My sister was one of them years ago, she is fine now.",
      "About 1 in 100 people on it report suicidal thoughts, says the leaflet."})
  void aStatisticBesideNoPresentRiskStaysUnflagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Fourteenth round: a risk told in one or two sentences of a longer, ordinary comment. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Thanks for the recipe ideas, the lentil curry was a hit with my teenagers. I batch cooked on Sunday so the week was easier. Some nights I stand at the top of the multi-storey car park and lean out further each time, and I can't promise I'll step back next time. The freezer is now full of curry.",
      "Good overview of light therapy. We bought a lamp in October and use it with breakfast. My husband says I seem brighter in the mornings. I've been giving my books and tools away to friends this month and calling it a clear-out, but it isn't one and I won't need them. The lamp was cheaper than I expected."})
  void aRiskBuriedInALongerCommentIsReadInItsPassage(String body) {
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
    Findings.Finding f = finding(body, SH, SelfHarmModelSignal.NAME);
    assertThat(f.reason().detail()).endsWith(" in one passage of a longer comment");
    // the span is the passage, not the whole comment: the opening sentence is not part of it
    assertThat(f.reason().spans()).singleElement().satisfies(sp -> assertThat(sp.start()).isGreaterThan(body.indexOf('.')));
  }
  /**
   * Nineteenth round: the retrained classifier reads this buried risk over the whole comment (risk
   * probability 0.56), so it no longer needs the passage reading the test above shows.
   */
  @Test
  void aBuriedRiskTheRetrainedModelReadsInTheWholeComment() {
    String body = "Lovely write-up on the gut-brain axis. I've been making kefir at home for a month and my digestion is calmer. My partner thinks I'm obsessed with fermenting things now. At night though I sit in the garage with the car running a little longer each time and I don't know why I stop. Anyway, does store-bought kefir have the same strains?";
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
  }


  @ParameterizedTest
  @ValueSource(strings = {
      "I tried the breathing exercise for a week. Then it just stopped working for me, or maybe I got bored. Maybe. Just a thought. Either way the article was interesting and I'll try again in the new year.",
      "My knee surgery went well and I'm back on the bike. The physio said to go slowly, so I ride twenty minutes a day along the canal. Some days it hurts and I want to give up, but it's getting better every week.",
      "We moved house in the summer and the new neighbourhood is quiet. I miss the old place and my friends there, and the first months were lonely. Now I have a running group on Thursdays and the kids like their school. Thanks for the article on loneliness.",
      "Interesting study on exercise and BDNF. I used to hate running. Then my doctor suggested a beginner programme and I stuck with it. Now I can't imagine stopping, it's the best part of my day."})
  void ordinaryLongerCommentsStayUnflaggedPassageByPassage(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Fourteenth round, hard negatives by kind: a farewell with a return, an attempt at something
   * else, recovery told as lasting (free of it for years, back to one's old self), disappearing into
   * a role.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Off to my sister's in Canada, so this is goodbye until the new year. Have a lovely Christmas everyone.",
      "Me despido de todos hasta septiembre, que empiezo las prácticas. ¡Buen verano!",
      "The second taper went much more smoothly than my first attempt, thanks to smaller steps.",
      "I cut myself for years as a teenager. I've been free of it for over a decade now and I mentor young people.",
      "My dad attempted suicide in 2019. It was a long road, but he's back to his old self and laughing again."})
  void fourteenthRoundHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Disappearing into a job is no longer a wish to disappear for the rules; the classifier still
   * reads this one at about 0.57 (beside "feel"), just over its threshold, and holds it: a known
   * false alarm, left to the classifier under "recall comes first".
   */
  @Test
  void disappearingIntoARoleIsNoWishToDieForTheRules() {
    String body = "Some evenings I feel like I'm disappearing into my job, so I've started booking pottery classes.";
    assertThat(checks(body, SH)).containsExactly(SelfHarmModelSignal.NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This is my goodbye. I can't keep going and I've written letters to my kids.",
      "My last attempt was in the spring and the thoughts are back every night now.",
      "I've been well for years, but this week I've started planning how to end my life."})
  void fourteenthRoundRiskBesideTheseWordsIsStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Fourteenth round: veiled kinds still phrased too narrowly before. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly I just want out of my life.",
      "If this new dose doesn't work, I'm not going on after that.",
      "Your post about giving your things away and feeling at peace worries me, please call someone.",
      "I keep counting the diazepam in the drawer. Sixty now."})
  void fourteenthRoundVeiledKindsAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We rehomed my cat to my aunt because of my son's allergies, she's thriving there.",
      "Please talk to someone today if this article brought things up for you.",
      "The class made a farewell video for our retiring head teacher, it was lovely.",
      "I want out of my contract with the gym, any tips?"})
  void fourteenthRoundOrdinaryUsesOfTheseWordsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Hearsay of recovery is measured from the end of the hearsay phrase: "everyone keeps telling me
   * that it gets better" is as unreal as "if it gets better", so the classifier still reads what follows.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Everyone keeps telling me that it gets better. I keep counting the tablets in the bathroom cabinet.",
      "Everyone keeps telling me that it gets better. I've been standing on the bridge on my way home, looking down."})
  void recoveryAfterLongHearsayIsNotRecovery(String body) {
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
  }

  /**
   * A recovery resolves the past told before it, not what the reader says after it: the classifier
   * reads the sentences after the recovery (until the twenty-first round any recovery phrase silenced it).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Counselling got me through my divorce and I was doing well for a while. Now I just lie awake planning how to make it look like an accident.",
      "Therapy got me through the worst of my twenties. Now I sit in the car in the garage with the engine running longer every night.",
      "The group helped me through my first year of grief. This week I sorted out who gets my guitar and my books, and I feel calm about it.",
      "Lithium got me through years of chaos. I have stopped taking it and I am saving the tablets in a jar instead."})
  void riskAfterARecoveryIsReadByTheClassifier(String body) {
    assertThat(checks(body, SH)).as(body).containsExactly(SelfHarmModelSignal.NAME);
  }

  /** A longer comment after a recovery is read in passages too, none holding the recovery's sentences. */
  @Test
  void riskInOnePassageAfterARecoveryIsReadInPassages() {
    String body = "Therapy got me through the worst of it years ago. We moved house in March and the garden is finally "
        + "coming together. The kids started at the new school and they love it. Lately I sit in the car in the garage "
        + "with the engine running longer every night. My sister visits on Sundays and we bake bread together.";
    List<Findings.Finding> found = Comments.run(body).of(SH);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.reason().check()).isEqualTo(SelfHarmModelSignal.NAME);
      assertThat(f.reason().detail()).endsWith("in one passage beside the recovery");
      assertThat(f.reason().spans()).singleElement().satisfies(sp -> assertThat(sp.start()).isGreaterThan(body.indexOf('.')));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Therapy got me through the worst of my twenties. Now I run every morning and finally sleep through the night.",
      "I tried to end my life in 2015. Years of therapy got me through it, and this article says what I wish someone had told me then."})
  void ordinaryLifeAfterARecoveryStaysUnflagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @Test
  void recoveryToldAsDoneStillSilencesTheClassifier() {
    assertThat(flagged("Everyone kept telling me it would get better, and it did. I'm in a good place now.", SH)).isFalse();
  }

  @Test
  void dieCuttingIsACraftButLookingUpHowToDieIsAPlan() {
    assertThat(flagged("Does anyone know how to die-cut stickers at home? I want to make labels for my supplement jars.", SH)).isFalse();
    assertThat(flagged("My Cricut die cutter broke, so no more sticker making for a while.", SH)).isFalse();
    assertThat(checks("I looked up how to die last night.", SH)).contains("self_harm.plan");
  }

  /** A plan with its date is a plan beside anything, a statistic in the same sentence included. */
  @Test
  void aPlanAndADateBesideAStatisticIsFlaggedByTheRules() {
    String body = "The leaflet lists suicidal thoughts as a side effect, and honestly I have a plan and a date now.";
    assertThat(checks(body, SH)).as(body).contains("self_harm.plan");
    assertThat(flagged("I have a plan and a date for the kitchen renovation, finally.", SH)).isFalse();
  }

  /**
   * Fifteenth round: hard negatives by kind. Each was flagged by the rules before: cutting down a
   * drug, a negated "suicidal", a child lost to suicide (bereavement, a risk only beside another cue),
   * "kill me now" said as a joke, peace made with a way of living, old scars, and a partner's past
   * thoughts ("had been thinking") told with a lasting recovery.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My GP said I can start cutting down the sertraline in spring.",
      "Mum's not suicidal or anything, she's just worn out by the move.",
      "Our neighbour lost her son to suicide two years ago; the street still brings her meals.",
      "Three hours of tax forms, kill me now lol",
      "Years ago my sister had been thinking about suicide. She has been stable for over a year now."})
  void fifteenthRoundHardNegativesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I started cutting my arms again last night.",
      "Three hours of tax forms. Kill me now.",
      "Kill me now. I have the pills counted out on the desk.",
      "I have fresh cuts on my arms again and nobody knows.",
      "I lost my brother to suicide and now I want to die too.",
      "My wife had been thinking about suicide and this week she stopped talking to anyone.",
      "Je me suis encore fait du mal ce soir, je n'arrive pas à arrêter."})
  void fifteenthRoundRiskBesideThoseWordsIsStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** French self-injury told in the passé composé is a rule's finding, not only the classifier's. */
  @Test
  void frenchSelfInjuryInThePastTenseIsSelfInjury() {
    assertThat(checks("Je me suis fait du mal hier soir avec une lame.", SH)).contains("self_harm.self_injury");
    assertThat(flagged("Je me suis fait mal au dos en soulevant les cartons.", SH)).isFalse();
  }

  /**
   * A cue that itself opens in the past ("didn't want to be alive") and one's own words reported
   * from the past ("I said I want to die too") are past, so a lasting recovery clears them; a past
   * auxiliary earlier in the clause does not make a later cue past.
   */
  @Test
  void aCueOpeningInThePastOrReportedFromThePastIsResolvedByALastingRecovery() {
    assertThat(flagged("In 2016 I was in a bad way, to the point where I didn't want to be alive. Eight years on I'm doing well.", SH)).isFalse();
    assertThat(flagged("After the accident I kept saying I want to die. That was ages ago and I'm okay now.", SH)).isFalse();
    assertThat(flagged("I was doing well for years, but I didn't sleep last night and I want to die.", SH)).isTrue();
    assertThat(flagged("I didn't want to be alive this morning and I still don't.", SH)).isTrue();
  }

  /** Tired of living itself, in each language, is a rule's finding; tired of living somewhere is not. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Llevo un año con la medicación y sigo cansado de vivir.",
      "Je suis tellement lasse de vivre, chaque matin c'est pareil.",
      "Ik ben zo moe van het leven, elke dag hetzelfde.",
      "Ich habe keine Lust mehr zu leben, jeden Tag dasselbe.",
      "Ruego cada noche no despertarme más.",
      "Ya tengo guardadas todas las pastillas de este mes."})
  void tiredOfLivingAndKeptPillsAreRuleFindingsInEachLanguage(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Estoy harta de vivir en una ciudad tan cara."})
  void tiredOfLivingSomewhereIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Sixteenth round, kinds missed on the read sets: someone else's wish to be dead reported, pills
   * kept back "just in case", a whole packet swallowed, the point of going on asked indirectly, no
   * reason found, not waking up by "forgetting" to, a last try and then out, not being here any more
   * (German infinitive), easier not to wake up (Spanish), goodbye to all beside a preparation. Each
   * is a rule's finding, not the classifier's.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My flatmate told me she'd rather be dead than face another winter like the last one.",
      "I've been putting aside the rest of my sleeping pills in a box just in case.",
      "Some nights the only thing in my head is to swallow the entire box and be done.",
      "Lately I keep wondering what the point is of carrying on at all.",
      "Honestly I can't find a single reason to get up most mornings.",
      "I just hope I forget to wake up one of these days.",
      "Giving the new tablets one month. This is my last hope, and after that I'm done.",
      "Ehrlich gesagt wäre es einfacher, nicht mehr da zu sein.",
      "Cada noche pienso que sería mejor no despertarme.",
      "Macht's gut ihr alle. Hab bereits alles vorbereitet."})
  void sixteenthRoundKindsAreRuleFindings(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /** ... and their ordinary neighbours are no rule's finding. */
  @ParameterizedTest
  @ValueSource(strings = {
      "He'd rather die than miss a home game, honestly.",
      "I keep my spare inhaler in my bag just in case.",
      "I forgot to wake up my son for school and we were both late.",
      "Ik ga dood van het lachen om die video van de kat.",
      "Es ist schade, dass der Laden nicht mehr da ist."})
  void sixteenthRoundOrdinaryNeighboursAreNoRuleFinding(String body) {
    // the rules' verdict; the classifier reads some of them as it did before this round
    assertThat(checks(body, SH)).as(body).allMatch(SelfHarmModelSignal.NAME::equals);
  }

  /** Death preferred to something is an idiom, unless the writer says it is meant, in any of the languages. */
  @Test
  void deathPreferredIsAWishWhenTheWriterSaysItIsMeant() {
    assertThat(flagged("I'd rather die than sit through another staff meeting.", SH)).isFalse();
    assertThat(flagged("I'd rather die than sit through another staff meeting lol", SH)).isFalse();
    assertThat(flagged("I'd rather die than sit through another staff meeting. And lately I'm not even joking.", SH)).isTrue();
    assertThat(flagged("Not exaggerating: I would rather die than go through another week like this.", SH)).isTrue();
    // a meant marker far from the idiom is about something else
    assertThat(flagged("I'd rather die than eat olives. Anyway, the study was small. Work is hard. I mean it, read the paper.", SH)).isFalse();
  }

  /** A present age after a past struggle is time that has passed; the struggle is resolved. */
  @Test
  void aPresentAgeAfterAPastStruggleResolvesIt() {
    assertThat(flagged("My uncle tried to kill himself when he was 25. He's 60 now and the calmest man I know.", SH)).isFalse();
    assertThat(flagged("I was suicidal at 16. I'm 40 now and I want to die again.", SH)).isTrue();
    // time passed is weaker than a told recovery: present distress keeps the past open
    assertThat(flagged("I was suicidal at 16. I'm 40 now and I feel so lost, I don't know what to do anymore.", SH)).isTrue();
  }

  /**
   * Two weak cues of the sixteenth round's second pass together: a plan carried in one's head told for
   * the first time, not knowing why one is still here beside no reason found; a goodbye idiom is no
   * recovery that would clear two weak alarms about someone gone quiet.
   */
  @Test
  void weakCuesInPairsAndAGoodbyeIdiomIsNoRecovery() {
    assertThat(flagged("I have had a plan in my head for months and this is the first time I've told anyone.", SH)).isTrue();
    assertThat(flagged("I have a plan in my head for the garden this spring.", SH)).isFalse();
    assertThat(flagged("Some days I don't know why I'm still here. I can't think of a single reason.", SH)).isTrue();
    assertThat(flagged("My cousin wrote 'see you on the other side' and now she has gone silent. Her flatmate says she left a note.", SH)).isTrue();
    // a reader's plea to others is no present distress: time passed resolves the past
    assertThat(flagged("I was suicidal at 17. I'm 45 now, with a garden and grandchildren. Please talk to someone.", SH)).isFalse();
  }

  /**
   * Long reflective comments (sixteenth round, a read set of them): ordinary phrasings that were
   * strong cues are weak or no cue now; a farewell letter to each of one's people and hating to be
   * still here stay strong; time passed can be told in words.
   */
  @Test
  void longReflectiveCommentsOrdinaryPhrasingsAreNoStrongCue() {
    assertThat(flagged("My doctor agreed, so I start cutting my tablets in half next week.", SH)).isFalse();
    assertThat(flagged("Our grandson is making plans for university and we are so proud.", SH)).isFalse();
    assertThat(flagged("Writing letters to my late mum helped more than any book about grief.", SH)).isFalse();
    assertThat(flagged("For my back pain I tried everything before the physio finally helped.", SH)).isFalse();
    assertThat(flagged("I never took tablets for my low moods, walking was enough for me.", SH)).isFalse();
    assertThat(flagged("My sister tried to end her life at nineteen. She's forty now, a head teacher.", SH)).isFalse();
    assertThat(flagged("Nobody knows I've written a letter to each of them and put them in the drawer.", SH)).isTrue();
    assertThat(flagged("I did the diet, the light box, the walks. I hate that I'm still here.", SH)).isTrue();
    assertThat(flagged("Tried everything. Nothing left. I've made my decision.", SH)).isTrue();
  }

  /**
   * Seventeenth round: lingering at a place to fall or be hit from (both halves needed, in five
   * languages), a relapse beside self-injury, a veiled overdose, and weak means-and-papers cues in pairs.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Most evenings I end up at the railway bridge by the park and just stand there for an hour.",
      "Elke ochtend blijf ik bij de overweg staan wachten tot er een trein komt.",
      "Jeden Abend gehe ich zur Brücke und schaue hinunter.",
      "Depuis une semaine je vais au pont et je regarde en bas pendant longtemps.",
      "Cada noche voy al puente y me quedo ahí mirando hacia abajo.",
      "Eight months free from self-harm and I relapsed yesterday.",
      "I swallowed a lot more than I should have last night. I'm fine I think.",
      "My dad gave me his bank details last week, and he has a shotgun in the shed."})
  void seventeenthRoundVeiledPlansAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We walked over the bridge and looked down at the river, a gorgeous evening.",
      "I relapsed on sugar last night, the cake won.",
      "I stopped cutting myself six years ago, and I haven't since; I'm doing really well.",
      "Three years since my brother's suicide. I sleep through most nights now.",
      "I lost three mates from my old unit to suicide, and I think about the veterans' numbers a lot.",
      "Nach dem Suizid meiner Schwester habe ich lange eine Trauergruppe besucht.",
      "I teach, and over the years several students have disclosed self-harm to me; each went to our safeguarding lead.",
      "I've made my peace with it being a long-term medication, like my mum's thyroid pills.",
      "When I was at university I thought about suicide a lot. That was fifteen years ago."})
  void seventeenthRoundBereavementProfessionalsAndPastAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Time told to have passed in the next sentence ("That was four years ago") dates the cue before it,
   * unless that sentence goes on in the present; self-injury denied for years is recovery, for days
   * it is not; a span of ages dates a cue.
   */
  @Test
  void timePassedInTheNextSentenceDatesTheCueBeforeIt() {
    assertThat(flagged("In my first term I remember thinking that I'd rather not wake up. That was four years ago, and I haven't felt like that since.", SH)).isFalse();
    assertThat(flagged("I remember thinking I'd rather not wake up. That was four years ago and I still feel like that every night.", SH)).isTrue();
    assertThat(flagged("I cut myself from thirteen to sixteen. I haven't hurt myself in ten years now and I'm doing well.", SH)).isFalse();
    assertThat(flagged("I haven't hurt myself in two days and it's killing me.", SH)).isTrue();
  }

  /** Seventeenth round, rants and short replies: risk said flatly, in passing or as a shrug. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Argue about pharma all you like. I won't be around for the next one anyway.",
      "The only thing that's kept me going was my cat. He died last week.",
      "Just me, a belt and the door frame tonight. Fun.",
      "cut again this morning. 5 weeks clean gone",
      "anyone else plan how they'd do it? or just me",
      "Wrote letters to my kids ages ago. I just haven't decided when.",
      "Je regarde les rails un peu trop longtemps ces temps-ci.",
      "Rehomed my dog with a friend today. It's for the best.",
      "Merci pour l'article. J'ai décidé d'en finir samedi, bonne continuation.",
      "My therapy got cancelled again. That was the last thing keeping me hanging on. Anyway, nice post.",
      "The waiting list is a year long. I'm not going to be here in a year. Good article though!",
      "Ran 5k, then sat in the car thinking about driving it into a tree on the way home.",
      "It feels good to finally have a plan. Lovely prompts in this journal article.",
      "Last time I took it I honestly wished I hadn't woken up.",
      "I've stockpiled two months of my tablets and I have a different plan for them."})
  void seventeenthRoundFlatAndShortRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I want to scream every time someone tells me to just do yoga.",
      "We moved flats and the landlord said no pets, so we gave our cat to my parents. She loves it there.",
      "Hace años pasé por una época muy oscura y llegué a pensar en quitarme la vida. Hoy estoy bien, con terapia."})
  void seventeenthRoundVentingAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Eighteenth round: the only time the wish to die lets up, a last season announced with a decision,
   * delaying the inevitable, someone withdrawn who left a note of thanks (weak cues in pairs).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Work is the only time I don't want to die, because I'm too busy to think.",
      "I've made up my mind. This is going to be my last Christmas.",
      "Treatment after treatment, it all feels like delaying the inevitable, and I'm so done putting it off.",
      "My son hasn't left his room in days and this morning he thanked us for everything. I don't know what to do."})
  void eighteenthRoundVeiledRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Eighteenth round: numbness as a figure of speech, darkness denied, a statistic in Dutch, someone else's past resolved in German. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Everyone on the forum says SSRIs made them feel dead inside, but for me it was more like a volume knob turned down.",
      "Not in a dark place at all, just bored of my own cooking. Any recipes with omega-3?",
      "Het cijfer over zelfmoordgedachten in de studie zegt weinig zonder de controlegroep.",
      "Meine Schwester hatte vor Jahren einen Suizidversuch. Heute geht es ihr gut, sie ist Lehrerin.",
      "How many tablets do pharmacies hand out at once for paracetamol now? The limit seems sensible.",
      "I've decided to go back to therapy, and this will be my last winter without a SAD lamp."})
  void eighteenthRoundFiguresOfSpeechStatisticsAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Eighteenth round, second part: the writer counting themselves among a statistic, death accepted
   * as an outcome, wanting out for good, a balcony looked at again and again, a standalone "I'm done."
   * twice, how to end it unfound (German), not caring whether one is here tomorrow (four languages),
   * Swiss German no-point.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The paper says one in ten patients had suicidal thoughts during the trial. I'm one of those people, most nights.",
      "I stack my tramadol with my sertraline on purpose. If the mix does me in, so be it.",
      "Some days I just want out of this life for good.",
      "Since the last session I keep looking at the balcony when my partner is asleep.",
      "Two psychiatrists, five pills, nothing. I'm done. I'm completely done.",
      "Seit Wochen überlege ich, wie ich es beenden kann.",
      "Me da igual si mañana sigo aquí.",
      "Het maakt me niet uit of ik morgen nog wakker word.",
      "Ça m'est égal de me réveiller demain.",
      "Ich mag eifach nümme, es isch alles z'viel.",
      "They said the clinic has a year-long list. I won't last a year."})
  void eighteenthRoundSecondPartRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Eighteenth round, second part: statistics by year, "I'm done" with what is done, a balcony with nothing lingering. */
  @ParameterizedTest
  @ValueSource(strings = {
      "In den Niederlanden sterben jedes Jahr etwa 1.800 Menschen durch Suizid. Gut, dass ihr darüber schreibt.",
      "I'm done arguing with people who think SSRIs are candy.",
      "We had breakfast on the balcony and I actually tasted the coffee for once.",
      "The study counted suicidal ideation at week six. Is that how they usually measure it?",
      "I won't last that long in this heat, honestly, roll on autumn."})
  void eighteenthRoundSecondPartOrdinaryCommentsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Eighteenth round, third part (chronic illness, young readers, psychedelics): supplies not needed
   * "where I'm going", the rest taken oneself, a statistic foreseen as oneself, out of reasons, one's
   * own exit planned, still here and wishing not, a last message of thanks beside someone gone quiet,
   * how long a combination takes to kill, help that will not arrive in time, French "plus là dans un mois".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Giving my spare pregabalin to whoever wants it. I won't be needing it where I'm going.",
      "When it gets bad enough I'll give him his pills and then I'll take what's left myself.",
      "Reading the suicide numbers for men my age and thinking that'll be me eventually.",
      "honestly i'm out of reasons at this point",
      "been planning my own exit since january, the article won't change that",
      "People say keep going. I'm still here and wishing I wasn't.",
      "My cousin went quiet on all socials last week and her last message to me said thanks for everything.",
      "How long would an overdose take to kill someone my size?",
      "The new treatments won't arrive in time for me.",
      "Je ne serai plus là dans un mois, alors les études..."})
  void eighteenthRoundThirdPartRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Eighteenth round, third part: a drug with no reason to stay on it, a debate in parliament, a lecture, a figure in French. */
  @ParameterizedTest
  @ValueSource(strings = {
      "With numbers like these there's no reason to stay on a drug that does nothing for you, talk to your GP.",
      "Assisted dying is being debated again and I wish both sides listened to disabled people.",
      "Our nursing lecture covered what to say when someone mentions suicide, and it matched this article.",
      "Le chiffre sur le suicide chez les seniors m'a surpris, merci pour l'article.",
      "Thank you for everything you write here, this blog got me through winter."})
  void eighteenthRoundThirdPartOrdinaryCommentsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Eighteenth round, late (Spanish, French, German, Dutch and their regional forms): getting out of
   * everyone's way, pills set aside, a next year not meant to be seen, a fall from a balcony wished,
   * someone else's self-injury resumed, not being here by Christmas (Austrian), a stock of tablets,
   * no way out, hoping for an accident, a decided last winter, weak farewells in pairs.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Creo que a todos les vendría bien que me quitara de en medio. Estoy guardando mis pastillas.",
      "Je mets de côté mes cachets depuis des semaines.",
      "Je n'ai pas l'intention de voir le printemps.",
      "A veces pienso en tirarme por la ventana del trabajo.",
      "Ma fille se scarifie de nouveau, j'ai trouvé des lames.",
      "Wenn das so weitergeht, bin ich bis Ostern eh nicht mehr da.",
      "Ich hab einen Vorrat an Tabletten, nur für den Fall.",
      "Für mich gibt es keinen Ausweg mehr.",
      "Soms hoop ik dat ik een ongeluk krijg op de snelweg.",
      "Ik heb besloten dat dit mijn laatste zomer is.",
      "J'ai fait le tour de tout ce qui existe. Je voulais dire merci avant de partir."})
  void eighteenthRoundLateRiskInOtherLanguagesIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Eighteenth round, late: a past resolved in Spanish, a trip announced in French, a plain goodbye in Dutch. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Hace años pensé en quitarme de en medio. Hoy estoy bien, y lo cuento por si a alguien le sirve.",
      "Je voulais juste dire merci pour cet article avant de partir en vacances demain.",
      "Ik ben er klaar mee, die eindeloze wachtlijsten bij de GGZ."})
  void eighteenthRoundLateOrdinaryCommentsInOtherLanguagesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-second round (read sets 82-87): doubting one can hold on until help comes, wanting a dose
   * to finish one off, still being here named as the problem, not being here after a named day, pills
   * kept instead of taken or put by (Dutch word order, a named sedative), wishing it all over
   * (Spanish), sleeping for good beside pills gathered (French, two weak cues).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The waiting list is eleven weeks. I honestly don't know if I can hang on that long.",
      "Part of me hopes the next dose just finishes me off.",
      "My psychiatrist says the problem is my thyroid. The problem is I'm still breathing.",
      "Exams end Thursday. The idea is to not be here after Friday.",
      "Ich weiß nicht, ob ich so lange durchhalte, der Termin ist erst im März.",
      "Je ne sais pas si je vais pouvoir tenir jusque-là, le psy n'a rien avant six semaines.",
      "Ce soir je vais dormir pour de bon. J'ai rassemblé tous mes cachets.",
      "Ojalá todo se acabara de una vez, estoy harta de despertarme.",
      "No sé si voy a poder aguantar hasta entonces, la cita es en mayo.",
      "Ik weet niet of ik het zo lang volhoud, de wachtlijst is drie maanden.",
      "Ik heb al mijn temazepam opgespaard.",
      "They say talk it out. My thoughts tell me to end it.",
      "I lie awake working out how I'd do it, every night.",
      "Some nights on the motorway I think about veering into traffic.",
      "Googled which bridge near the station is highest. Just curious."})
  void twentySecondRoundRiskIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Twenty-second round: the same words as idioms, plans and errands. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I'm not sure I can hold on to my sanity with these roadworks.",
      "This marathon training will finish me off, I swear.",
      "Saturday's the day! Finally moving into the new flat.",
      "I'm working out how I'd do it in Python, any tips?",
      "si apruebo me voy de vacaciones y ya no me veréis más por aquí en agosto jaja"})
  void twentySecondRoundIdiomsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * A sentence that opens with a time of the past keeps its later clauses in the past, when a recovery
   * is told: the resolved past is not flagged in any of the four languages or in English. After a
   * past auxiliary, "anymore" belongs to that past.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Vor drei Jahren war ich krank und meinte oft, es wäre leichter, nicht mehr da zu sein. Heute geht es mir gut.",
      "Drie jaar geleden was ik er slecht aan toe en wilde ik, eerlijk gezegd, niet meer leven. Nu gaat het goed.",
      "Hace tres años estuve muy mal y pensaba, muchas veces, en quitarme la vida. Ahora estoy bien.",
      "Il y a six ans j'étais au fond du trou, avec des idées noires. Aujourd'hui ça va.",
      "For a while in 2019 I didn't want to be here anymore. I'm not in that place anymore, and the article is spot on."})
  void aPastOpenedBeforeTheCueAndARecoveryAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Without a recovery the same past is flagged; a present word between the time and the cue makes it now. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Vor drei Jahren war ich krank und meinte oft, es wäre leichter, nicht mehr da zu sein.",
      "Last year I lost my job, and now I want to die. At least the gym is going well.",
      "Last year I lost my job, and I feel like a burden to everyone, honestly.",
      "I didn't sleep at all and I don't want to be here anymore."})
  void aPastWithoutRecoveryOrANowBeforeTheCueIsFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * A comment of twelve words or more mostly not in English is read by the classifier at a threshold
   * 0.05 lower when alone (the model learned far less of the other languages), and the reason says so.
   */
  @Test
  void riskNotInEnglishIsReadAtTheLowerThreshold() {
    String body = "Ya no sé para qué sigo intentándolo. Todo me pesa y nadie lo nota.";
    assertThat(Comments.run(body).of(SH)).singleElement().satisfies(f -> {
      assertThat(f.reason().check()).isEqualTo(SelfHarmModelSignal.NAME);
      assertThat(f.reason().detail()).contains("at the lower threshold for text not in English");
    });
  }

  /**
   * Twenty-third round (kinds from the read sets 88-90, in new words): pills skimmed from each
   * prescription, one's own arrangements while one still can, scratching one's wrists, tired of
   * still being here, hoping for a car crash. Each was unflagged, or flagged only by the
   * classifier's margin, on the build before. The last, a will beside who gets one's things, was
   * flagged before too: a will is a weak cue now, and must still count beside another preparation.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Every month I put a tablet or two from each prescription in an old tea tin.",
      "I've made my own arrangements, and I'd rather go while I still can.",
      "Scraped my wrists with a key in the bathroom again.",
      "Honestly I'm so tired of still being here.",
      "Some mornings I catch myself hoping for a car crash on the ring road.",
      "I've updated my will and written down who gets my books."})
  void twentyThirdRoundRiskIsFlaggedByTheRules(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /**
   * Twenty-third round: a survival with the good years since and a way out of a rut (both flagged on
   * the build before), "before I'm gone" in a wish (a cue tried and dropped), and hopes for a stroke
   * of luck or a crash in prices (only a car crash or accident is hoped for as risk). The rules still
   * pass "a crash in house prices"; since the thirty-second round the blog-context model flags it
   * ({@link SelfHarmContextModelTest#acceptedFalseAlarmsOfTheSecondModel}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "When my wife died I wanted to die as well. I did survive, and there have been good years since.",
      "Running is the quickest way out of a rut I know.",
      "I want to see Lisbon before I'm gone, that's my one wish.",
      "I'm hoping for a stroke of luck with the flat."})
  void twentyThirdRoundResolvedAndFigurativeAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-fourth round: pills in a cupboard kept in mind (the classifier's guess on the build before),
   * and death accepted as the outcome of a trip ("if I don't come out the other side I don't care":
   * unflagged before, its recovery phrase read as resolving).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Off my meds since Friday and I can't stop thinking about the tablets in the bathroom cabinet.",
      "Doing the big trip alone this weekend and if I don't come out the other side I really don't care."})
  void twentyFourthRoundRiskIsFlaggedByTheRules(String body) {
    assertThat(checks(body, SH)).as(body).contains("self_harm.plan").doesNotContain(SelfHarmModelSignal.NAME);
  }

  /**
   * Twenty-fourth round: thoughts that have stayed away for years, and a suicide statistic studied in a
   * French public-health class (both flagged on the build before).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I had suicidal thoughts through university. Those thoughts haven't been back for years.",
      "On nous a montré une statistique sur le suicide chez les jeunes en cours de santé publique, elle m'a marquée."})
  void twentyFourthRoundResolvedAndStatisticsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-fourth round, developer's probes from the policy's kinds: death welcomed as a heart attack,
   * and more tablets than one needs with a hint to the reader (two weak cues together). Unflagged on
   * the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Some nights I'd gladly welcome a heart attack.",
      "Got far more tablets than I need now, you know what I mean."})
  void deathWelcomedAndAHintedStockpileAreFlagged(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /** Guards (unflagged before too): welcomed luck and weather, and a spare supply for a holiday alone. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I'd welcome a stroke of luck.",
      "Honestly I would welcome the end of this heatwave.",
      "Ordered more tablets than I need for the holiday, just in case."})
  void welcomedLuckAndASpareSupplyAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-fourth round, developer's probe: a high place and the thought of going over its edge is a
   * rule's finding (only the classifier's guess on the build before); going over photos on a balcony
   * is not (the classifier may still guess, but no rule reads it as lingering).
   */
  @Test
  void thinkingOfGoingOverTheEdgeOfAHighPlaceIsLingering() {
    assertThat(checks("Whenever I'm out on my balcony I think about climbing over the railing.", SH)).contains("self_harm.plan");
    assertThat(checks("From the footbridge I keep picturing stepping off the edge.", SH)).contains("self_harm.plan");
    assertThat(checks("On the balcony we were thinking about going over the holiday photos.", SH)).doesNotContain("self_harm.plan");
  }

  /**
   * Twenty-fourth round, developer's probe: the last time readers will read the writer is a farewell in
   * French as "my last post" is in English (unflagged on the build before). Like the English phrase it
   * also flags a cheerful goodbye to a forum: recall first.
   */
  @Test
  void aLastMessageToReadersIsAFarewellInFrench() {
    assertThat(checks("Demain matin, c'est la dernière fois que vous me lirez sur ce forum.", SH)).contains("self_harm.plan");
  }

  /**
   * Twenty-fifth round, from the misses of the read sets (paraphrased): a method in the plural, time
   * spent on a high place, "asking for me" after a question about suicidal thoughts, death that would
   * "save me the trouble", a car steered into something solid, a search for how long before anyone
   * notices, sleep made permanent, not caring whether one wakes, a drawing of a noose, walking into
   * the sea and on; in Spanish, French and German too. Each unflagged, or the classifier's guess only,
   * on the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "She'd typed 'quickest ways to die' into the search bar.",
      "Stood on the footbridge for half an hour last night.",
      "Do antidepressants help with suicidal thoughts? Genuinely asking for me.",
      "Getting cancer would honestly save me the trouble.",
      "Sometimes I picture driving into the canal on the way home.",
      "Been wondering how long until anyone would notice I'm gone.",
      "Honestly I could just sleep permanently.",
      "Too exhausted to care whether I wake up tomorrow.",
      "Her son's notebook had a drawing of a noose in the margin.",
      "Going to swim out to sea and not come back.",
      "si no me despierto mañana mejor para todos",
      "Anoche estuve en el puente un buen rato pensando.",
      "Elle m'a dit qu'elle préférerait mourir que de continuer comme ça.",
      "Si vous aussi vous voulez en finir, écrivez-moi.",
      "Mein Mann sagt, er denkt daran, gegen einen Baum zu fahren."})
  void twentyFifthRoundRiskIsFlaggedByTheRules(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /**
   * Twenty-fifth round, weak cues that flag only together: someone else's try before and "do it
   * properly next time". The writer's own try at a habit is no cue.
   */
  @Test
  void aTryBeforeAndDoingItProperlyNextTimeFlagTogether() {
    assertThat(checks("My brother has tried before and now says he'll do it properly next time.", SH)).contains("self_harm.plan");
    assertThat(flagged("I've tried before to give up coffee, I'll do it properly next time.", SH)).isFalse();
  }

  /** Guards for the twenty-fifth round's phrases (unflagged before too): an idiom, chores, a honeymoon, a decision. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I kill myself laughing at my toddler's dance moves.",
      "It would save me the trouble of ironing.",
      "We walked into the sea at sunset on our honeymoon.",
      "I'll get it right next time, the cake was a disaster.",
      "Feel so calm now that I've made the decision to change jobs.",
      "Drove into the city for my appointment.",
      "Bought a one-way ticket to Lisbon, new job starts in March!"})
  void twentyFifthRoundEverydaySentencesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-fifth round, from the misses of read sets 104 and 105 (paraphrased): pills counted or laid
   * out and not taken "yet", a rope kept in the car, a handful of one's pills swallowed, a life
   * insurance's suicide clause checked, which beam would hold, a stand by the edge of a car park's top
   * level, worth more dead to one's family, not bothering anyone for much longer (two weak cues);
   * in Dutch, Spanish and German too. Each unflagged, or the classifier's guess only, on the build
   * before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Spent the evening counting out my pills on the bed.",
      "I had them all in my hand. Haven't taken any of them yet.",
      "Keeping a rope in the boot of my car these days.",
      "Just swallowed a handful of my sleeping pills.",
      "Went to the barn to see which beam would hold.",
      "Every lunch I go to the top level of the car park and stand by the edge.",
      "My uncle told us he's worth more to us dead.",
      "I won't be bothering anyone for much longer.",
      "Sat on the bathroom floor with the pills, counting them.",
      "Ik heb al mijn pillen op tafel gelegd.",
      "Me da igual si no me vuelvo a despertar.",
      "Ich habe im Stall geschaut, welcher Balken am stabilsten ist."})
  void twentyFifthRoundMeansAtHandAreFlaggedByTheRules(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /**
   * Twenty-fifth round: "the easiest method" to taper, and a past of suicidal thoughts now over or a
   * life the writer likes, in English and German (all three flagged on the build before).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The easiest method to taper is going down 10% a month.",
      "I was suicidal for years. Bad days still come, but I really like my life.",
      "Ich hatte damals Suizidgedanken, das ist heute zum Glück vorbei."})
  void twentyFifthRoundTaperingAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Guards for the round's weak cues and counts (unflagged before too). */
  @ParameterizedTest
  @ValueSource(strings = {
      "Counting the days till my holiday.",
      "Take care of each other, see you next week.",
      "I stockpile tinned food in winter.",
      "Took a handful of my vitamins this morning."})
  void twentyFifthRoundEverydayCountsAndSignOffsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-fifth round, from read sets 107 and 108 (paraphrased): deciding "not today" and stopping in
   * the middle beside a bridge, a shortcut off a viaduct, steps counted to the yellow line, trains that
   * sound like an invitation, scratching until one bleeds, a plan for when one is discharged, patients
   * envied because they get to stop (two weak cues), old pills counted in Dutch. Each unflagged, or
   * the classifier's guess only, on the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Walked to the bridge again and decided not today.",
      "I walk over the bridge to work and lately I stop in the middle.",
      "If nothing improves by spring I'm taking the shortcut off the viaduct.",
      "Every morning I count how many steps it is to the yellow line.",
      "I live by the tracks and at night the trains sound like an invitation.",
      "I've been scratching my arms until they bleed.",
      "He told me he has a plan for when he's discharged.",
      "I envy my patients. They get to stop.",
      "Ik heb nog oude pillen, nooit teruggebracht naar de apotheek, en tel ik ze weleens."})
  void twentyFifthRoundMeansCloseAtHandAreFlaggedByTheRules(String body) {
    assertThat(checks(body, SH)).as(body).isNotEmpty().doesNotContain(SelfHarmModelSignal.NAME);
  }

  /**
   * Twenty-fifth round: a mortified "I wanted to die when I saw" is an idiom, a past stockpile handed
   * in at the pharmacy is resolved, and so is someone's attempt years ago with them doing brilliantly
   * now, in English and Dutch (all four flagged on the build before).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I wanted to die when I saw my electricity bill.",
      "I used to stockpile my pills years ago. I handed them all in at the pharmacy.",
      "My cousin tried to take his life in 2018. He's doing brilliantly now, new job and all.",
      "Mijn broer heeft jaren geleden een zelfmoordpoging gedaan. Nu gaat het heel goed met hem."})
  void twentyFifthRoundMortificationAndRecoveredOthersAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Guards for the round's bridge and habit phrases (unflagged before too). */
  @ParameterizedTest
  @ValueSource(strings = {
      "We stopped in the middle of the bridge to take photos.",
      "Decided not today for the gym, maybe tomorrow.",
      "This commute is going to be the death of me."})
  void twentyFifthRoundPhotosAndGymDaysAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * A clean streak named as from alcohol is no stopped self-injury, so a relapse after it is not
   * "relapse beside self-injury" (flagged on the build before); a bare streak beside scars still is.
   */
  @Test
  void aRelapseAfterYearsCleanFromAlcoholIsNoSelfInjury() {
    assertThat(flagged("I relapsed last week after two years clean from alcohol. Back to meetings.", SH)).isFalse();
    assertThat(checks("I relapsed last week after two years clean. The scars are fresh again.", SH)).contains("self_harm.self_injury");
  }

  /**
   * Twenty-sixth round: a dated past (numbers above ten in French) and a life told as settled now
   * ("today I'm a mum of two", "hoy tengo trabajo", "heute geht es mir deutlich besser") resolve; all four
   * flagged on the build before. The same past with a present cue stays flagged.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Eleven years ago I tried to end my life. Today I'm a mum of two and I teach swimming.",
      "Il y a treize ans, j'ai fait une tentative de suicide. Aujourd'hui je vais bien.",
      "Hace nueve años intenté suicidarme. Hoy tengo pareja y un trabajo que me gusta.",
      "Vor sieben Jahren hatte ich Suizidgedanken. Heute geht es mir wesentlich besser."})
  void twentySixthRoundDatedPastsWithASettledPresentAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Eleven years ago I tried to end my life. Today I'm a mum of two and I want to die again.",
      "Hace nueve años intenté suicidarme. Hoy tengo trabajo pero vuelvo a pensar en matarme."})
  void twentySixthRoundADatedPastWithAPresentCueIsStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-sixth round: a death word inside an idiom pairs with no desire ("can't wait to be dead
   * tired"); years without self-injury and a turn told as done resolve; a death named as not by suicide
   * is grief; "one in four" is a rate. All flagged on the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Can't wait to be dead tired after tomorrow's hike!",
      "I haven't self-harmed for four years and I wore short sleeves to work.",
      "Years ago I used to think I wanted to die. Leaving that job and weekly therapy turned things around.",
      "Perdimos a mi tío, no por suicidio, fue el corazón. Me ayudó leer esto.",
      "I saw that one in four paramedics has had suicidal thoughts. Where is that figure from?"})
  void twentySixthRoundIdiomsRecoveriesAndRatesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I can't wait to be dead.",
      "I haven't self-harmed for two years but tonight I want to cut again.",
      "I just want to be dead. Bored to death of being alive."})
  void twentySixthRoundTheSameWordsWithRiskAreStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-sixth round: a farewell followed, in its sentence or the next, by a return told with its
   * time is a break (all three flagged on the build before); a farewell with a plan or no return is
   * still a last word.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Off to revise, bye everyone, see you in June!",
      "Me tomo un descanso del foro, ¡adiós a todos! Nos leemos en octubre.",
      "Leaving the comments for a bit, goodbye all. Back after the holidays."})
  void twentySixthRoundAFarewellWithAReturnIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Goodbye everyone. I've written the letters and I know how I'll do it.",
      "Bye everyone, I'm going to end it tonight.",
      "This is goodbye. I won't be here tomorrow."})
  void twentySixthRoundAFarewellWithoutAReturnIsStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-seventh round: a comment with no self-harm lexicon hit at all is still read by the
   * classifier (until this round the check returned before it); a recovery phrase after a negation
   * ("I'm not doing well") is no recovery; a means at hand named as a thing (a rifle, a blade, "das
   * Gewehr") is a cue beside which the classifier flags from its lower threshold. All unflagged on
   * the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "No letter written. No one left to write one to.",
      "Last month I tried to overdose. I'm not doing well.",
      "I attempted two years ago. Honestly I'm not in a good place again.",
      "Estuve a punto de matarme el año pasado. No estoy mejor.",
      "Cleaned the rifle twice this week. Not for hunting season.",
      "Spent the evening sharpening a blade I have no use for. Feels like the end of the road.",
      "Das Gewehr liegt seit Tagen auf dem Küchentisch. Ich schlafe kaum noch."})
  void twentySeventhRoundNoHitsNegatedRecoveriesAndMeansAtHandAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** The same shapes without risk stay unflagged (as on the build before). */
  @ParameterizedTest
  @ValueSource(strings = {
      "I attempted years ago and I'm doing well now, married with two kids.",
      "We keep a rifle for the foxes on the farm, the chickens are fine now.",
      "Bought a skipping rope and a kettlebell, my mood is so much better since January.",
      "Never been in a better place than after that retreat, highly recommend it."})
  void twentySeventhRoundRecoveriesAndOrdinaryMeansAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-seventh round: a comment that says the person is safe ("he's not in danger", "not in
   * crisis", "keine akute Gefahr") with no cue beyond low mood is not read by the classifier (all
   * three flagged by it on the build before); beside a plan or a means it still is, and a rule cue
   * flags as before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My husband has stopped seeing his mates and sleeps all weekend. He's not in danger, I just don't know how to raise it.",
      "My daughter has gone very quiet since her exams and keeps to her room. She's safe, she's talking to the school counsellor, I just feel useless.",
      "I feel flat and tired all the time lately. Not in crisis, just want to know if this is normal after stopping sertraline."})
  void twentySeventhRoundWorryToldAsSafeIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "She's safe for tonight, she says, but she told me she's been saving her pills.",
      "He's not in danger, he says, but he gave his dog away and said goodbye to everyone at work.",
      "Not in crisis. I just want to die."})
  void twentySeventhRoundSafeBesideARiskIsStillFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-seventh round: "figure out" is no statistic (its "figure" set the sentence aside from the
   * classifier; flagged wrongly unflagged on the build before), and "disappear to the mountains for a
   * week" is a holiday (both flagged on the build before); "disappear forever" is not.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Everyone at school has seen the photos. I'm not going back, I've decided, I just need to figure out the how.",
      "I just want to disappear forever.",
      "Some days I want to disappear for good."})
  void twentySeventhRoundAMethodToFigureOutAndDisappearingForGoodAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Can't wait to disappear to the mountains for a week, no emails at all.",
      "I wish I could vanish off-grid for a fortnight after this term."})
  void twentySeventhRoundDisappearingOnHolidayIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-seventh round: a last word left for going quiet ("if I stop replying, that's why") is a
   * weak farewell, a cue for the classifier (both unflagged on the build before); "I can't go back on
   * Monday" is no return that would make a farewell a break.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "This comment section is the closest thing I have to friends. If I stop replying, that's why.",
      "If you don't hear from me again, thank you all for the chats.",
      "The whole class saw the video. I can't go back on Monday. I'm not going back at all, I've decided, I just have to work out how."})
  void twentySeventhRoundGoingQuietAndNoWayBackAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Off to Spain on Friday, if I go quiet that's why. See you in two weeks.",
      "If I stop replying tonight it's the wifi on the train, back tomorrow."})
  void twentySeventhRoundGoingQuietWithAReturnIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-eighth round (kinds read on sets 120-125): death thought of daily, burning and hitting
   * oneself, a whole pack taken, a place or a word of dying said to be only half a joke (in the four
   * languages too), a child who drew themselves dead, being a favour to others by leaving, deciding
   * this is the last normal week, sleep soon enough, the trains that do not stop and their times; and
   * weak cues in pairs (a deadline and calm about it, a conditional absence and a goodbye, nobody home
   * and caring stopped, the thoughts still there and not able to stop thinking about doing it). Each is
   * flagged by a rule; on the round's first build five were not flagged at all and the others by the
   * classifier alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly I think about dying nearly every day now, is that a side effect",
      "honestly the lighter on my wrist calms me down more than the breathing exercises",
      "When I get things wrong at work I end up punching my own head, hard enough to leave marks.",
      "took the whole packet of paracetamol on sunday. woke up anyway. what a joke.",
      "mi psiquiatra dice que espere, yo ya miro el puente desde la ventana, no tan broma",
      "Als dit niet helpt rij ik gewoon tegen een boom. Maar half een grapje.",
      "Pupil in my class drew himself in a coffin on his worksheet. Safeguarding is closed till Monday.",
      "I'd be doing my family a favour by taking myself out of the picture.",
      "decided this will be my last normal christmas. anyway, lovely recipe",
      "I'll be getting plenty of sleep soon enough, don't worry about me.",
      "I keep checking the train timetables for the fast trains that go straight through.",
      "Lately I'm timing my walk so I'm at the level crossing when the express goes through.",
      "I've set myself a deadline if the new dose doesn't work. Strangely calming knowing that.",
      "If I'm not around for the next newsletter, it's been nice talking to you all.",
      "Nobody's home until Sunday and I've stopped caring whether anything mixes.",
      "The crisis team said to wait. The thoughts are still there and I can't stop thinking about doing it."})
  void twentyEighthRoundKindsReadOnSets120To125AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /** Flagged by a self-harm rule, not by the classifier alone. */
  private static boolean flaggedByARule(String body) {
    return checks(body, SH).stream().anyMatch(c -> !c.equals(SelfHarmModelSignal.NAME));
  }

  /**
   * Twenty-eighth round: "kill me now" told as a joke (a joke word or a laughing emoji after it, in
   * its sentence or the next), "I'm done. Done with the ironing", a break with how long it lasts, an
   * anniversary of an attempt told as time passed, years into recovery, a wish to die told with a
   * past form and a frequency ("I wanted to die every day"), a single weak cue, and tiredness of
   * everything being something. Eight were flagged on the round's first build; the single weak cues and
   * the "last winter" decision guard the new phrases, and the Spanish past with its frequency passed there
   * too (its recovery phrase resolved it).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Kill me now, the printer has jammed again \uD83D\uDE02",
      "kill me now. (not literally, it's just a very long Monday)",
      "I'm done. Done with the ironing, done with the emails, off to bed.",
      "Goodbye all, I'm off on a digital detox for two weeks!",
      "Ten years since my suicide attempt today, and I'm glad I'm here.",
      "I wanted to die every day back in 2015. I'm genuinely fine now, three kids and a garden.",
      "Hace años pensaba en morirme casi todos los días. Hoy estoy bien, de verdad.",
      "Vor vier Jahren hatte ich Suizidgedanken. Mit Therapie geht es mir heute gut.",
      "Nobody's home until six so I finally get to nap.",
      "I'm so tired of everything being about productivity.",
      "We decided this will be the last winter in the old flat before we move."})
  void twentyEighthRoundJokesBreaksAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Twenty-eighth round: what stays a statement beside the new jokes and breaks. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Kill me now. Half joking, I've had enough of everything.",
      "kill me now lol. not joking, the pills are in the drawer.",
      "I'm done. Done with life, done with trying.",
      "Goodbye everyone, I'm leaving for good. I've been saving my pills for a few weeks."})
  void twentyEighthRoundWhatStaysAStatement(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-eighth round, second part (sentences written for the round): a pet's new home made sure of beside the
   * paperwork done, and a goodbye to the dog beside "todo listo" (weak cues in pairs; unflagged before).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Made sure the cat has a good home with my sister. The paperwork is all sorted.",
      "ayer me despedí de mis perros. ya está todo listo."})
  void twentyEighthRoundAHomeForThePetAndThePaperworkAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /** Guards: each of those alone is an errand (unflagged before too). */
  @ParameterizedTest
  @ValueSource(strings = {
      "Made sure the dog has somewhere to go while we're in Spain.",
      "The paperwork is all sorted for the new flat, moving on Friday!"})
  void twentyEighthRoundAnErrandAloneIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-eighth round, third part (kinds read on sets 126-131): a firearm sat with or slept beside, someone's
   * suicide and the writer who now understands it, a last reading before going, thanks before going, a backup plan
   * beside a place, what one is still here for, the next thing to go, a week's tablets at once, the bathroom
   * cabinet, the strongest belt, someone asking for something to finish it, someone else's plan and date, sleeping
   * through the rest of one's life, "ce sera la corde". Each is flagged by a rule; on the round's first build eight
   * were not flagged at all and the others by the classifier alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Most evenings I sit with the rifle for a while before bed.",
      "My dad sleeps with his shotgun by the bed since mum left.",
      "Two lads from my old crew died by their own hand last year. Honestly I get it now.",
      "Thanks for the sleep tips. It's the last thing I'm reading before I go.",
      "if the new pills don't work I've got a backup plan and it's the bridge by the station",
      "I don't really see why I'm still here, to be honest.",
      "Lost the job, lost the flat. Next thing to go is me.",
      "He took his whole week's tablets in one go last night to get some sleep.",
      "tonight I'm taking everything in the bathroom cabinet, does magnesium interact with any of it",
      "which of my belts is strongest, asking for a project",
      "Nan keeps asking the nurses for something to end it. They say it's the confusion.",
      "My client says she has a plan and a date. What does the research say about the weekend after?",
      "I'm not suicidal I just want to go to sleep and skip the rest of my life.",
      "si la kétamine ne marche pas ce sera la corde"})
  void twentyEighthRoundKindsReadOnSets126To131AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Twenty-eighth round, third part: exasperation opened by "if I have to hear one more ...", hyperbole timed by a
   * trivial trigger ("every time"), a short goodbye ("for now"), a past dated by its year, a plan made back then
   * beside a good place now, a frequency before a past cue, a cabin dreamt of. Six were flagged on the round's first
   * build; the short goodbye and the past dated 2016 passed there too and guard the new readings.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "If I have to sit through one more team-building day I'm going to walk into the sea.",
      "If one more person tells me to try cold showers I'm going to jump off a bridge.",
      "I want to die every time the school sends another permission slip.",
      "Goodbye for now everyone, exams start Monday and I'm deleting the apps.",
      "I used to feel like I didn't want to exist. That was 2016. I'm doing well now.",
      "Back then I'd made a plan, and my sister found me in time. I'm in a genuinely good place now.",
      "Six years ago I lay awake every night wishing I wouldn't wake up. I got help and I'm doing well now.",
      "Every February I fantasise about disappearing to a cabin by a lake with a stack of books."})
  void twentyEighthRoundExasperationAndDatedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Twenty-eighth round, third part: what stays a statement beside the exasperation and the year. */
  @ParameterizedTest
  @ValueSource(strings = {
      "If I have to sit through one more christmas with him I'm going to walk into the sea. I'm only half joking.",
      "If I have to wait one more year for the trial I won't be here.",
      "I wanted to die. That was 2 days ago and it hasn't stopped."})
  void twentyEighthRoundWhatStaysAStatementBesideExasperation(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Twenty-ninth round (kinds read on sets 132-137): sleeping and never waking wished with "I'd love to", cutting
   * again in Dutch, a blade held to the wrist (German, English), a photo of a handful of pills before going quiet,
   * not planning to be around long, picturing how one would do it, a means beside "only half joking", "no estar
   * más", going to be with someone who died, standing on a viaduct again and again, a question about a bridge asked
   * "for no particular reason". Each is flagged by a rule; on the round's first build six were not flagged at all
   * and the others by the classifier alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Some nights I'd love to fall asleep and just never wake up.",
      "ik snij weer sinds de verhuizing",
      "Gestern habe ich die Klinge ans Handgelenk gehalten.",
      "I held a kitchen knife to my wrist last night.",
      "He sent us a photo of a handful of pills and then his phone went off.",
      "Not planning on being around long enough to see the results, to be honest.",
      "Sometimes I catch myself picturing how I'd actually do it, on the drive home.",
      "some days it's the radio in the bath or the new meds. only half joking.",
      "Hoy me dieron ganas de no estar más.",
      "My mother keeps saying she wants to go and be with my late father.",
      "Ik heb al een paar keer op het viaduct gestaan. Gisteren weer.",
      "Does the footbridge over the motorway have a fence? Asking for no particular reason.",
      "Our member hasn't posted in five days and her last message said she'd sorted out a way out."})
  void twentyNinthRoundKindsReadOnSets132To137AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Twenty-ninth round: goodbyes with an everyday reason before or after them, a last post "until September", a
   * present well after a dated past ("so glad I was wrong", "not in that place any more", "nine years clear now"), a
   * plan made with a midwife, pills sorted for a holiday, "kill me now" with an exasperated face or in the "me, every
   * time" meme, distress laughed off, "you're not alone" said to another, disappearing for a few weeks, a last night
   * shift, an exasperation opener with a quoted word, a move to a new forum (an accepted false alarm of the
   * nineteenth round until now). All but the move to Lisbon and the few weeks away were flagged on the round's
   * first build (those two guard the new readings).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Bye all, off to Cornwall for the summer with no wifi!",
      "Goodbye everyone, this is my last post until September.",
      "See you all, I'm moving to Lisbon next month for the new job.",
      "Off to my sister's for a week, no wifi there. Bye everyone!",
      "Years ago I believed my family would be better off without me. So glad I was wrong.",
      "I used to think about suicide constantly at uni. I'm not in that place any more.",
      "I self-harmed at school. Nine years clear now.",
      "We made a plan with the midwife for the birth.",
      "My pills are sorted for the holiday.",
      "Kill me now \uD83D\uDE29 the baby is up at 5 again",
      "'Kill me now' - me, every single time the printer jams.",
      "I'm dying inside at this meeting \uD83D\uDE02",
      "You're not alone on here, honestly.",
      "I'll disappear for a few weeks while we move house.",
      "This is my last night shift before my holiday!",
      "If I have to hear the word 'synergy' one more time I'm going to walk into the sea.",
      "This will be my last comment here, I'm moving to the new forum, thank you all for the kind words over the years."})
  void twentyNinthRoundEverydayGoodbyesAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-ninth round: what stays a statement beside the new breaks and jokes: a goodbye with a death word or a place
   * after its reason, a goodbye paired with "what's the point.", distress said to be meant, a way out that is not of
   * debt. (All but the last were flagged on the first build as well; they guard the new readings.)
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Goodbye everyone, I'm off to end it all.",
      "Bye all, off to the bridge tonight.",
      "what's the point. genuinely. night all",
      "I'm dying inside \uD83D\uDE02 not joking, I can't do this anymore.",
      "She told the group she had finally found a way out and was calm about it."})
  void twentyNinthRoundWhatStaysAStatement(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /** Guard: a way out of something named is an errand's end (unflagged on the first build too). */
  @ParameterizedTest
  @ValueSource(strings = {"I finally found a way out of debt!", "We worked out a way out of the contract."})
  void twentyNinthRoundAWayOutOfSomethingIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Twenty-ninth round, probed with sentences written for the round (healthcare workers on patients and colleagues;
   * 16 of 18 were flagged already): a crash wished to have taken someone instead is flagged by a rule, and a client
   * who "won't need next week's appointment" is a weak cue the classifier reads beside (both unflagged on the
   * round's first build).
   */
  @Test
  void twentyNinthRoundProbedKindsAreFlagged() {
    assertThat(flaggedByARule("After the shift, my mate said he wished the crash had taken him instead.")).isTrue();
    assertThat(flagged("A client told me calmly that she won't need next week's appointment.", SH)).isTrue();
  }

  /**
   * Thirtieth round (kinds read on sets 138-143; sentences written for the test): waking up disappointed to be alive,
   * hoping a heart gives out or a vehicle is hit, wishing the snow would bury one, hoping a sleeping pill does more
   * than knock one out, not getting out of the way, envying those who are not brought back, pills set out for when
   * one is ready to join a late husband, going while one can still choose, working out the details of how, a rope
   * in the car again, counting oneself in beside veterans gone by their own hand, thinking at night of how to end it
   * all (Argentinian Spanish), stepping off a balcony and no longer wanting to be here (Austrian and Swiss German), a
   * bridge left if the treatment fails (Quebec French). Each is flagged by a rule; on the round's first build eleven
   * were not flagged at all and five by the classifier alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Most mornings I wake up disappointed that I did.",
      "On long runs I keep hoping my heart just gives out on the hill.",
      "some shifts I catch myself hoping the van finally gets hit at a junction.",
      "Honestly I wish the sea would just take me some days.",
      "I double up on the zopiclone and hope it does more than knock me out.",
      "If a lorry came round the corner right now I wouldn't bother getting out of the way.",
      "After twelve years on the wards I'm jealous of the ones we don't manage to bring back.",
      "She keeps the tablets in a tin for when she's ready to join him.",
      "I would rather go while I can still choose.",
      "Every night I go over the details of how I'd do it.",
      "The rope's in the car again.",
      "Six of the lads from my unit, three of them by their own hand, and I understand it a bit more every year.",
      "Me paso la noche pensando cómo terminar con todo.",
      "I hab so Gedanken, dass i einfach vom Balkon steig.",
      "Ehrlich gseit wott i eifach nümm da si.",
      "Si la thérapie marche pas, il me reste toujours le pont."})
  void thirtiethRoundKindsReadOnSets138To143AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirtieth round: what is not a risk (nine of the twelve flagged on the round's first build; the quoted
   * exasperation opener, "me mató" laughed off and "haven't in 10 years" guard the new readings): an overdose said to be
   * impossible, dying in one's own bed preferred to a home, a doctor not taking his own advice, "when I'm gone you'll
   * have the house", a will one should have made years ago, years without self-harm, a dark reading denied ("not in a
   * scary way"), an exasperation opener with a quote before "one more time", "me mató" and "ik ga dood" laughed off,
   * a goodbye because it is late (Spanish), a past well now with "chamba".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Magnesium is gentle, you can't overdose on it at these doses.",
      "Grandad says he'd rather die in his own bed than in a hospital, and fair enough, he's 94 and cheerful.",
      "My uncle is a pharmacist and he still won't take his own advice about sleep.",
      "Gran always says 'when I'm gone you'll have the piano', she's been saying it for thirty years.",
      "Booked the boiler service at last, I should have done it years ago.",
      "I self harmed as a teenager and haven't in 10 years.",
      "After the divorce I wanted to disappear. Not in a scary way, I mean move to the coast and open a café.",
      "If someone says 'have you tried yoga' one more time I'm throwing myself into the canal.",
      "Jajaja el final de la serie me mató 😂",
      "Ik ben zo klaar met die vergaderingen, ik ga dood 😅",
      "Bueno, me despido, ya es tarde. ¡Buenas noches!",
      "Hace años pensé en quitarme la vida. Hoy tengo chamba y estoy estable."})
  void thirtiethRoundOverdosesImpossibleDenialsAndJokesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirtieth round, guards for the new readings (flagged on the first build as well): "me mato" and "ik ga dood"
   * without a joke, an exasperation opener with nothing between it and the act but no "one more time", a denial
   * said with "not joking", and an overdose planned.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Ya no puedo más, me mato.",
      "ik kan niet meer, ik ga dood.",
      "If I see him again I'm going to kill myself.",
      "I want to disappear. Not in a scary way, I'm not joking, I mean for good.",
      "I'm going to overdose on my pills tonight."})
  void thirtiethRoundWhatStaysAStatement(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Thirtieth round, probed with sentences written from the policy (common ways of saying it, in five languages: on the
   * round's first build 56 of 60 risk sentences flagged, 28 of 35 everyday ones not, the other 7 by the classifier
   * alone, left): part of one hoping a plane goes down, doing everyone a favour by not being here,
   * sleeping and staying asleep are flagged by a rule; a goodbye to a month or a year (flagged beside the classifier
   * on the first build) and regret at a chore put off are not.
   */
  @Test
  void thirtiethRoundProbedKinds() {
    assertThat(flaggedByARule("Part of me hopes the plane goes down on the way home.")).isTrue();
    assertThat(flaggedByARule("Honestly I'd be doing everyone a favour if I wasn't here.")).isTrue();
    assertThat(flaggedByARule("I just want to go to sleep and stay asleep.")).isTrue();
    assertThat(flagged("goodbye January, you longest month of the year", SH)).isFalse();
    assertThat(flagged("bye bye 2024, nobody will miss you", SH)).isFalse();
    assertThat(flagged("Finally cleared the loft, I should have done it years ago.", SH)).isFalse();
    assertThat(flagged("I should have done it when I had the chance.", SH)).isTrue();
  }

  /**
   * Thirty-first round, the kinds read on sets 144-149 (sentences written for the test, not taken from any set): a
   * vehicle hoped for to "sort it out", looking into ways of ending it, forgiveness asked for what one is about to do,
   * thinking only of dying lately, a wish that something had given a reason to keep living, not mattering much longer,
   * done trying at this point, a statistic of suicidal thoughts answered "that's me right now" (English and French), a
   * plan question answered "define plan", a Saturday decided to be the last (Spanish), how one would do it with its
   * logistics, one's pills kept for other plans. On the round's first build 8 of these 13 were flagged, by a rule or by
   * the classifier; the truck, "that's me right now", "define plan" and the Spanish and French sentences were not.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "honestly some days I just hope a truck sorts it out for me on the way to work",
      "I've been looking into ways of ending it, properly this time.",
      "Lord forgive me for what I'm going to do tonight.",
      "All I think about is dying lately.",
      "I wish therapy had given me a reason to keep living.",
      "Keep your advice, it won't matter to me much longer.",
      "I'm done trying at this point.",
      "That study about suicidal thoughts in teens? That's me right now.",
      "When my counsellor asks about a plan I just say define plan.",
      "Ya decidí que este sábado es el último.",
      "Les chiffres sur les pensées suicidaires, c'est moi en ce moment.",
      "I keep thinking about how I'd do it. Like the logistics.",
      "The nurse asked if I had a plan. I've got other plans for the pills, that's all I said."})
  void thirtyFirstRoundKindsReadOnSets144To149AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-first round, guards for the new readings (none flagged on the round's first build): a bus waited for to
   * get somewhere, "that's me right now" with no risk word near, forgiveness asked before a remark, a last day of a
   * diet (Spanish), a wish for a longer retreat.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I was waiting for a bus to take me to the gym and read the whole article.",
      "That's me right now, three coffees in and still yawning.",
      "Forgive me for what I'm about to say, but the sample was tiny.",
      "Ya decidí que este sábado es el último día de la dieta, jaja.",
      "I wish the retreat had given me a reason to stay longer, it was too short."})
  void thirtyFirstRoundBusesRemarksAndDietsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-first round, probed from the policy: someone else's completed suicide told as bereavement no longer lowers
   * the classifier's threshold (the friend below read 0.51, flagged beside "killed himself" on the round's first
   * build); a bereaved writer who wants to follow is still flagged by a rule.
   */
  @Test
  void thirtyFirstRoundBereavementIsContextNotACue() {
    assertThat(flagged("My best friend killed himself last spring. I keep wondering if I missed the signs.", SH)).isFalse();
    assertThat(flaggedByARule("My brother died by suicide last year and lately I understand why he did it. I don't want to be here either.")).isTrue();
  }

  /**
   * Thirty-second round (kinds read on sets 150-155, sentences written for the test): waking up regretted
   * with an adverb between ("wish I just hadn't woken up"), and enough put by "to not wake up". A rule now
   * flags each; the round's first build missed the second and flagged the others by the classifier or an
   * older rule.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Every single morning I wish I just hadn't woken up.",
      "Most days I wish I'd simply never woke up at all.",
      "I've got enough saved up to not wake up, and honestly that's my plan now.",
      "There's more than enough stashed away to end it, I checked."})
  void thirtySecondRoundKindsReadOnSets150To155AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /** Thirty-second round, guard: waking too early is everyday (an entry that shadows the new one). */
  @Test
  void thirtySecondRoundWakingTooEarlyIsNotFlagged() {
    assertThat(flagged("I wish I just hadn't woken up at 5, the baby finally slept through.", SH)).isFalse();
  }

  /**
   * Thirty-second round: bereavement by suicide is someone else's completed suicide, context as "lost to
   * suicide" is (a support group for "people bereaved by suicide" was flagged as suicidal feelings on the
   * round's first build); beside the writer's own wish to die it is still flagged by a rule.
   */
  @Test
  void thirtySecondRoundBereavedBySuicideIsContext() {
    assertThat(flagged("I volunteer with a group for people bereaved by suicide, we meet on Thursdays.", SH)).isFalse();
    assertThat(flagged("Suicide bereavement groups saved my mum after Dad died.", SH)).isFalse();
    assertThat(flaggedByARule("Being bereaved by suicide twice, I honestly don't want to be here anymore either.")).isTrue();
  }

  /**
   * Thirty-third round (kinds read on sets 156-161, sentences written for the test): a death hoped from
   * a farm or work machine, possessions sold beside "the last summer he's doing" (two weak cues), pets
   * given away in Spanish beside "ya no voy a necesitar nada", pills saved up in Dutch with "al de"
   * between, "won't matter to me" after a near date beside "what's the point." (two weak cues). The
   * round's first build flagged none of them by a rule (the classifier read three).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Some days I hope the quad bike rolls over, honestly.",
      "He sold his boat and his guitars and told me this is the last summer he's doing.",
      "Le regalé mis perros a mi hermano. Ya no voy a necesitar nada.",
      "Ik spaar al de pillen op, je weet maar nooit.",
      "cool study but what's the point. wont matter to me after next week"})
  void thirtyThirdRoundKindsReadOnSets156To161AreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-third round, resolved and laughed off: someone else's past attempt with "he's fine now", the
   * writer's past with "I got help", a laugh before the Spanish "it killed me" hyperbole in its sentence.
   * The round's first build flagged each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My brother tried to kill himself in 2013. He's fine now, married with a kid.",
      "I went through a dark patch in 2009 and thought about ending things. I got help and now I run a café.",
      "jajaja lo del gimnasio me mató"})
  void thirtyThirdRoundResolvedAndLaughedOffAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-third round, guards: a laugh in the sentence before does not void "me mato"; an accident with
   * someone else's pills denied as self-harm is no rule cue (the classifier may still read it), but the
   * denial reported from the person is; a price that stops mattering is no person.
   */
  @Test
  void thirtyThirdRoundJokeOnlyInItsSentenceAndDenialOnlyOfHarm() {
    assertThat(flaggedByARule("jajaja. Me mato esta noche.")).isTrue();
    assertThat(flaggedByARule("Mum found Dad's tablets all over the floor. He wasn't trying to harm himself, his hands just shake.")).isFalse();
    assertThat(flaggedByARule("He says he wasn't trying to harm himself but I found the note.")).isTrue();
    assertThat(flagged("The rent won't matter to me after this month, I'm moving in with my sister.", SH)).isFalse();
  }

  /**
   * Thirty-third round, second part (kinds read on sets 162-167 after 168-173 were written; sentences
   * written for the test): the rest of one's pills after a drink, a noose kept in a closet, not seeing
   * why one should keep going, no winter left "in me", "as good as it gets then I'm out", another way
   * out, watching the fast trains go past, counting oneself in a leaflet's percentage, cutting told as
   * done before and started again, a last hope gone and "so that's it then" (two weak cues). The
   * round's first build flagged the first six by the classifier only and the last four not at all; a
   * rule flags each now.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Finishing the vodka and then all my sleeping pills tonight.",
      "There's a noose in my closet and has been since Sunday.",
      "I honestly can't see why I should keep going.",
      "I don't have another winter in me.",
      "Guess I'll have to find another way out.",
      "Found myself at the station again, just watching the fast trains go past.",
      "If this is as good as it gets then I'm out.",
      "The leaflet says 4% get suicidal thoughts. I'm in the 4% now.",
      "I used to cut in school. Started again last month after six years.",
      "Lithium was my last hope. So that's it then."})
  void thirtyThirdRoundSecondPartKindsAreFlaggedByARule(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-third round, second part: pasts told resolved ("that's long over now", "I don't think that
   * anymore"), flagged on the round's first build; and two new weak cues alone ("I have a plan for
   * Saturday", "don't bother replying"), which stay unflagged.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "There was a time I wanted to die every day. That's long over now, and I'm a grandmother.",
      "Years ago I believed everyone would be better off without me. I don't think that anymore.",
      "I have a plan for Saturday: a long walk and a curry.",
      "Don't bother replying if you're just going to sell something."})
  void thirtyThirdRoundSecondPartResolvedPastsAndLoneWeakCuesAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-third round: a recovery told beside a time only days past resolves nothing (SH_RECENT). "I
   * got help" and "he's fine now", written this round for pasts years old, made the first four
   * unflagged until the recency was read; the last was missed before the round ("doing well" after an
   * attempt on Friday).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I tried to kill myself on Saturday. I got help, I'm home now.",
      "Two days ago I took all my tablets. Got help in time.",
      "Last week I wanted to end my life. I got the help I needed but it's still hard.",
      "My brother tried to kill himself last week. He's fine now.",
      "My daughter tried to end her life on Friday. She's doing well, home from hospital."})
  void thirtyThirdRoundARecoveryDaysAfterAnAttemptResolvesNothing(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Thirty-fourth round (kinds read on sets 168-173, sentences written for the test): going through with
   * it wavered over or held back, the writer as a statistic still to come, a wish that sleep or a past
   * crash had been for good, stepping off beside tracks, a question about heights or a payout with a
   * disclaimer, a drive with no coming back and a disclosure, pills hoarded, wondering whether anyone
   * would notice, "not much longer" in Spanish. The round's first build flagged seven by the classifier
   * alone and missed the other four; a rule flags each now.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly my cat is the only thing keeping me from going through with it.",
      "I'm so close to going through with it this time.",
      "Read the part about suicide in farmers. I'm just another statistic waiting to happen.",
      "Some nights I wish they'd knock me out for good.",
      "I wish the overdose had finished the job last spring.",
      "Stood on the platform by the tracks for ages thinking I could just step off.",
      "Does anyone know which car park has roof access? Asking for no reason.",
      "Going to drive somewhere remote after the funeral and not come back. Just needed to tell someone.",
      "Been stockpiling my leftover tramadol since the surgery.",
      "Some days I wonder if anyone would notice me gone.",
      "No creo que siga por aquí mucho más tiempo, la verdad."})
  void thirtyFourthRoundKindsAreFlaggedByARule(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-fourth round, guards: the new weak cues alone, "years on" a drug (no time passed), and pasts
   * told resolved by time or in German with a comma before "geht es mir gut".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Just needed to tell someone: I passed my driving test!",
      "Which library floor has windows that open? It gets so stuffy in there.",
      "Five years on sertraline and I'm fine with it.",
      "I wanted to die the week my son was born, it was so hard. Twelve years later, he's my best friend and I'm well.",
      "Vor fünf Jahren hatte ich Suizidgedanken. Jetzt, nach der Therapie, geht es mir gut."})
  void thirtyFourthRoundLoneWeakCuesAndResolvedPastsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-fourth round, second part (kinds read on sets 174-179, sentences written for the test): one
   * way left to make amends, means locked away from oneself, the writer as the one a statistic is about,
   * a decision left to the wind beside going further than one should (two weak cues), jewellery given to
   * grandchildren beside not wanting to see Easter (German, two weak cues). The first part's build
   * flagged three by the classifier alone and missed two; a rule flags each now.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "My parents say I've disgraced them. There's only one way left to make it right.",
      "Locked all the razors away from myself again last night.",
      "The paper says a few patients had suicidal thoughts. I'm the person the statistic is about.",
      "Some mornings I walk out further than I should on the pier. Part of me hopes the wind takes the decision out of my hands.",
      "Meine Uhren habe ich schon an die Enkel verteilt. Ich glaube nicht, dass ich Ostern noch erleben möchte."})
  void thirtyFourthRoundSecondPartKindsAreFlaggedByARule(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /** Thirty-fourth round, second part, guards: something else locked away, one weak cue alone. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I locked my bike away from the street last night.",
      "Part of me hopes they repeat the trial with older patients."})
  void thirtyFourthRoundSecondPartGuardsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-fifth round, from the policy (comfort is no risk): a low word after "less" is easing, told
   * by a reader the article helped. The build before flagged the second and third, by the weak cue
   * ("failure", "worthless") beside the classifier.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "This post made me feel less alone.",
      "Reading this made me feel less like a failure for needing pills.",
      "Your comment made me feel less worthless about taking so long to recover.",
      "Honestly this made me feel a lot less hopeless about the withdrawal."})
  void thirtyFifthRoundEasingAfterLessIsNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Thirty-fifth round, guards: a risk told beside the easing is still flagged. */
  @ParameterizedTest
  @ValueSource(strings = {
      "This made me feel less alone but I still want to die.",
      "I feel less alone reading this, but I'm still planning to end it this weekend.",
      "Less alone maybe, but I don't see the point in living anymore."})
  void thirtyFifthRoundRiskBesideEasingIsFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-fifth round, probed from the policy: the word "suicide" inside a bereavement ("lost my brother
   * to suicide") is no cue for the classifier either, as it was none for the rules; the build before
   * flagged the first (probability 0.48 beside "suicide"). A bereaved writer at risk is still flagged, by a
   * rule, or by the classifier alone ("follow him" is no rule's cue: 0.55, at its threshold).
   */
  @Test
  void theTopicWordInsideABereavementIsNoCueForTheClassifier() {
    assertThat(flagged("I lost my brother to suicide last year and articles like this matter. Please keep writing them.", SH)).isFalse();
    assertThat(flaggedByARule("I lost my brother to suicide last year and now I want to die too, I can't do this.")).isTrue();
    assertThat(flagged("I lost my brother to suicide last year and now I keep thinking I should follow him.", SH)).isTrue();
  }

  /**
   * Thirty-fifth round, probed from the policy: a past told after a comma ("I attempted once, twelve years
   * ago") or a gladness of being alive told with "that" ("glad every day that I'm here") resolves as the
   * same past told first does. The build before flagged all three.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I attempted once, twelve years ago. Today I'm doing well.",
      "I wrote a goodbye letter once, years ago. Today I'm doing well.",
      "Twelve years ago I attempted. Today I run a support group and I'm glad every day that I'm here."})
  void thirtyFifthRoundPastsResolvedAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Thirty-fifth round, guards: the same pasts with a present risk beside them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I attempted once, years ago, and lately I'm thinking about doing it again.",
      "I attempted once, years ago. I was doing better but this week I want to die again.",
      "I wrote a goodbye letter once, years ago, and I've written another one tonight.",
      "I cut myself all through my teens, years ago now, and last night I did it again."})
  void thirtyFifthRoundPastsWithAPresentRiskAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-fifth round, probed from the policy, everyday comments the build before flagged: the article's
   * words quoted and told as one's resolved past, a question whether a supplement can be overdosed on,
   * being done with a treatment, a last day at work beside help told as over.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The line about \"wanting to disappear\" in the article hit hard. I felt that way at 16. I'm 40 now and content.",
      "Is it possible to overdose on lion's mane? I accidentally took two scoops this morning.",
      "Can you overdose on St John's Wort? My aunt takes loads of it.",
      "I'm done with this medication, going back to my GP on Monday to try something else.",
      "It's my last day at this job! Thanks for the articles, they helped for a while when work was hard."})
  void thirtyFifthRoundQuotesQuestionsAndEndingsOfOrdinaryThingsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-fifth round, guards and one risk the build before missed: the same quote, question and ending
   * beside a present risk, and a last day with help told as over (two weak cues).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "The line about \"wanting to disappear\" hit hard because that's exactly how I feel right now.",
      "Is it possible to overdose on sertraline? Asking because I have a lot saved up and I'm so tired.",
      "Can you overdose on paracetamol? I don't want to be here anymore.",
      "I'm done with these pills. I'm going to take them all tonight.",
      "It's my last day. Thanks for the articles, they helped for a while."})
  void thirtyFifthRoundTheSameBesideARiskAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Thirty-fifth round, probed from the policy: a note left "saying" something is a weak alarm (no cue for
   * the classifier): beside someone's withdrawal it flags, which the build before missed; alone it does not.
   */
  @Test
  void aNoteLeftBesideAWithdrawalIsAnAlarm() {
    assertThat(flaggedByARule("My flatmate hasn't come out of her room in days and left a note saying she loves us.")).isTrue();
    assertThat(flagged("The cleaner left a note saying the boiler needs checking.", SH)).isFalse();
  }

  /**
   * Thirty-fifth round, probed from the policy: "myself again" is a recovery only as a state ("I finally
   * feel like myself again"), not as the end of an act; the build before missed the first. And thoughts
   * told to have passed by a time resolve them; beside their return they do not.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Since the dose went up I've had urges to hurt myself again. My next appointment is in a month.",
      "I started sertraline and had suicidal thoughts the first week. They passed by week three but came back last night and I'm scared."})
  void thirtyFifthRoundAnActAgainAndThoughtsReturnedAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "After six months on sertraline I finally feel like myself again.",
      "I started sertraline and had suicidal thoughts the first week. I told my doctor straight away and they passed by week three."})
  void thirtyFifthRoundBeingOneselfAgainAndThoughtsPassedAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /**
   * Thirty-fifth round: "out of" is a statistic word only after a count ("4 out of 10 patients"); as a
   * bare word it silenced the classifier on "a way out of all of it", which the build before missed.
   */
  @Test
  void outOfIsAStatisticOnlyAfterACount() {
    assertThat(flagged("I keep looking for a way out of all of it, permanently.", SH)).isTrue();
    assertThat(flagged("The study found 4 out of 10 patients had suicidal thoughts in the first month.", SH)).isFalse();
    assertThat(flagged("One out of five participants reported thoughts of self-harm, according to the article.", SH)).isFalse();
  }

  /**
   * Thirty-fifth round: a weak "I want out" followed by "of" and a thing names what ("out of my lease");
   * followed by life itself or everything, or by nothing, it stays a cue. "I'm done with this show" was
   * an accepted false alarm of the nineteenth round and is no longer flagged.
   */
  @Test
  void wantingOutOfAThingIsNoCueButOutOfLifeIs() {
    assertThat(flagged("I want out of my lease, the landlord is awful.", SH)).isFalse();
    assertThat(flagged("I'm done with this show, the writing got so bad.", SH)).isFalse();
    assertThat(flagged("I want out of this life.", SH)).isTrue();
    assertThat(flagged("I want out of it all, tonight.", SH)).isTrue();
    assertThat(flagged("I want out. Nobody would miss me.", SH)).isTrue();
  }

  /**
   * Thirty-sixth round, probed from the policy by independent writers: euphemisms and spellings of suicide and
   * its forums, self-injury told as what helps, a relapse after years clean, someone who will find the writer,
   * imagining one's funeral. The build before missed each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "ngl sewerslide has been living rent free in my head since the dose change",
      "been lurking on ctb again. didnt think id end up back there after last year",
      "been thinking about the forever nap more than usual lately",
      "Honestly the only thing that helps is hurting myself, the breathing exercises don't.",
      "The only thing that takes the edge off is cutting. Six years clean and I'm back at it this month.",
      "Another hopeful piece. I'll make sure it gets passed along to whoever finds me.",
      "My brain only seems to be getting better at imagining my funeral."})
  void thirtySixthRoundEuphemismsAndIndirectRiskAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-sixth round: preparations that are ordinary alone count as alarms in pairs (messages timed to send and
   * "everyone who matters"; pets rehomed and the last loose end; logging off for good after nothing worked;
   * an urge acted on and arms "a mess again"; a relapse "come back" and rehearsing it). The build before missed each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "On Sunday I wrote emails to everyone who matters and scheduled them to send next Friday.",
      "Rehoming my two cats this week. Found them a lovely family. Feels like the last loose end tied up.",
      "meds didnt work therapy didnt work mushrooms didnt work. gonna log off for good i think. gg",
      "The app says notice the urge without acting on it. I noticed it, then I acted on it. arms are a mess again.",
      "It's come back exactly the way it did before, not eating, rehearsing it in my head.",
      "I wonder sometimes who'd notice first. Nobody cares, probably the landlord when the rent's late."})
  void thirtySixthRoundAlarmsInPairsAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /** Thirty-sixth round, guards: each of those alarms alone, in an everyday comment, is not flagged. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I scheduled the emails to send on Monday so the team gets them first thing.",
      "Rehoming my two cats this week because of my allergy, they went to a lovely family.",
      "Logging off for good from Facebook, this blog is the only place I'll read now.",
      "What works is cutting out gluten and sugar, and walking every day.",
      "I wonder who'd notice first if I changed the colour of the blog header. Probably nobody."})
  void thirtySixthRoundEachAlarmAloneIsNotFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isFalse();
  }

  /**
   * Thirty-sixth round: a past named by the writer's age or years ("when I was 22", "through most of my teens")
   * resolves beside a recovery as other pasts do; a nurse's "every patient" and a suicide hotline are the
   * subject, not the writer; an old relative ready to go "whenever the Lord calls" is no risk. The build before
   * flagged each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I attempted when I was 22. I'm 45 now, doing well, still see a therapist once a month.",
      "I self-harmed through most of my teens. I'm 31 now and the scars have faded.",
      "As a psychiatric nurse I ask every patient about suicidal thoughts at intake.",
      "My grandmother is 96 and says she's ready to go whenever the Lord calls her. She still does the crossword."})
  void thirtySixthRoundPastsRolesAndFaithAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }

  /** Thirty-sixth round, guards: the same with a present risk. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I attempted when I was 22 and this week I want to try again.",
      "I self-harmed through most of my teens and I've started cutting again.",
      "As a psychiatric nurse I ask every patient about suicidal thoughts, and lately I have suicidal thoughts myself.",
      "My grandmother is 96 and says she's ready to go, she has stopped eating and taking her pills on purpose."})
  void thirtySixthRoundTheSameWithAPresentRiskAreFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isTrue();
  }

  /**
   * Thirty-sixth round, other languages, probed from the policy: Spanish "no me quedan opciones" and not living to
   * read the next part beside a sign-off are flagged; a Spanish recovery told with what helped ("Hoy, con terapia y
   * medicación, estoy bien") resolves; a Dutch bereavement told with the participle is not read at the lower
   * threshold for other languages. The build before got each wrong.
   */
  @Test
  void thirtySixthRoundOtherLanguages() {
    assertThat(flagged("La ketamina era mi última esperanza y nada. No me quedan opciones y estoy en paz con la decisión que he tomado.", SH)).isTrue();
    assertThat(flagged("No creo que llegue a leer la segunda parte de la serie. Cuidaos mucho todos, de verdad.", SH)).isTrue();
    assertThat(flagged("Hace cinco años pensaba en quitarme la vida casi a diario. Hoy, con terapia y medicación, estoy bien y tengo una hija preciosa.", SH)).isFalse();
    assertThat(flagged("Hace cinco años pensaba en quitarme la vida. Hoy, con terapia, estoy bien, pero esta semana vuelvo a pensar en quitarme la vida.", SH)).isTrue();
    assertThat(flagged("Mijn zus heeft in 2017 een einde aan haar leven gemaakt. Goed dat hier zo open over geschreven wordt.", SH)).isFalse();
  }

  /**
   * Thirty-sixth round, second probe (people described, long comments, questions, four languages): not to be
   * around after, not making it to the end of a treatment, a place reached "to finish it", the central
   * reservation, an overdose "to work", a German day when "it is time" after a decision, a Dutch farewell with
   * the cat handed on, a Spanish lethal-dose question "just to know". The build before missed each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Does the ketamine clinic check if you're planning not to be around after? I just want one last good feeling first.",
      "not sure ill make it to the end of this course of treatment. not because of side effects. because of me",
      "I'm writing this from my car at the reservoir, I came here to finish it but wanted to read something nice first.",
      "I keep thinking about swerving into the central reservation on the motorway home.",
      "How long does it take for an overdose of sertraline to work?",
      "Für mich kommt das leider zu spät, ich hab mich entschieden. Am Freitag ist es soweit.",
      "Bedankt allemaal voor de steun. Ik neem afscheid. Mijn kat gaat naar de buren. Zorg goed voor jezelf.",
      "q dosis de amitriptilina es letal? es para saber nomas"})
  void thirtySixthRoundSecondProbeRisksAreFlagged(String body) {
    assertThat(flaggedByARule(body)).as(body).isTrue();
  }

  /**
   * Thirty-sixth round, second probe: a past attempt told as "the beginning of my recovery", a German death by
   * suicide of someone (bereavement) and a German attempt the writer is thankful failed, beside therapy that
   * helped, are not flagged (the build before flagged each); a German operation on Friday and a Spanish fact
   * about a lethal drug stay unflagged.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Ten years ago I tried to take my own life. It was the beginning of my recovery, and I'm now training to be a nurse.",
      "Meine Mutter ist letztes Jahr durch Suizid gestorben. Danke, dass ihr das Thema so sachlich behandelt.",
      "Vor zehn Jahren hab ich versucht, mir das Leben zu nehmen. Heute bin ich verheiratet und dankbar, dass es damals nicht geklappt hat. Die Therapie hat mir echt geholfen.",
      "Am Freitag ist es soweit, meine Hüft-OP! Drückt mir die Daumen.",
      "El fentanilo es letal en dosis mínimas, por eso el artículo insiste en no mezclar."})
  void thirtySixthRoundSecondProbeOrdinaryCommentsAreNotFlagged(String body) {
    assertThat(flagged(body, SH)).as(body).isFalse();
  }
}
