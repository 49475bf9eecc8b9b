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

class MedicalAdviceCheckTest {
  private static final FlagName MED = FlagName.MEDICAL_ADVICE;

  @Test
  void anImperativeToStopADrugIsADirectiveWithSpansOnVerbAndDrug() {
    String body = "Stop taking your Lexapro and take 2g of lion's mane every morning instead.";
    assertThat(checks(body, MED)).containsExactly("medical.directive", "medical.dose");
    assertThat(spanned(body, MED, "medical.directive")).containsExactly("Stop taking your", "Lexapro", "take", "2g");
    assertThat(spanned(body, MED, "medical.dose")).containsExactly("2g", "every morning");
    assertThat(finding(body, MED, "medical.directive").score()).isEqualTo(0.9);
  }

  @Test
  void twoSerotonergicDrugsTogetherRaiseTheScoreAndNameTheCombination() {
    String body = "Add 5-HTP to your sertraline, it works like a charm.";
    Findings.Finding combination = finding(body, MED, "medical.combination");
    assertThat(combination.score()).isEqualTo(0.95);
    assertThat(combination.reason().detail())
        .isEqualTo("dangerous combination: 5-HTP + sertraline (two serotonergic drugs: serotonin syndrome risk)");
    assertThat(spanned(body, MED, "medical.combination")).containsExactly("5-HTP", "sertraline");
  }

  @Test
  void aScheduleThatIsAlsoTheAmountIsQuotedOnceInTheReason() {
    String body = "If you want to come off it, cut the dose by a quarter every few days.";
    assertThat(finding(body, MED, "medical.dose").reason().detail())
        .contains("dose schedule: \"by a quarter every\"")
        .doesNotContain("every by a quarter");
  }

  @Test
  void aBenzodiazepineWithAlcoholIsADangerousCombination() {
    String body = "Take your Xanax with a glass of wine before bed.";
    assertThat(finding(body, MED, "medical.combination").reason().detail())
        .isEqualTo("dangerous combination: alprazolam + alcohol (two central nervous system depressants: breathing and overdose risk)");
  }

  @Test
  void stoppingOneDrugAndStartingAnotherIsNotACombination() {
    String body = "Arrêtez vos antidépresseurs et prenez du millepertuis.";
    assertThat(checks(body, MED)).containsExactly("medical.directive");
  }

  @Test
  void aCureClaimIsFlaggedWithItsSubject() {
    String body = "Psilocybin cured my depression. Ditch the pills.";
    assertThat(checks(body, MED)).containsExactly("medical.cure_claim", "medical.directive");
    assertThat(spanned(body, MED, "medical.cure_claim")).containsExactly("Psilocybin", "cured");
    assertThat(spanned(body, MED, "medical.directive")).containsExactly("Ditch the pills");
  }

  @Test
  void telling_readersTheyDoNotNeedTreatmentIsADirective() {
    assertThat(spanned("You don't need antidepressants, just exercise.", MED, "medical.directive"))
        .containsExactly("You don't need", "antidepressants");
  }

  @Test
  void aRhetoricalQuestionThatSuggestsADrugIsFlagged() {
    assertThat(checks("Why not just take tramadol with your SSRI?", MED)).contains("medical.directive", "medical.combination");
  }

  @Test
  void aDoseScheduleWithoutAVerbIsAnInstruction() {
    assertThat(checks("Microdosing protocol: 0.1g every third day for 8 weeks.", MED)).containsExactly("medical.dose");
  }

  @Test
  void obfuscatedSpellingIsStillRead() {
    assertThat(finding("st0p ur s$ri and take 5-HTP + st j0hns w0rt together", MED, "medical.combination").reason().detail())
        .isEqualTo("dangerous combination: 5-HTP + St John's wort (two serotonergic drugs: serotonin syndrome risk)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Deja de tomar la sertralina y prueba la hierba de San Juan.",
      "Deberías dejar los antidepresivos, no los necesitas.",
      "Nimm einfach Johanniskraut statt Citalopram.",
      "Du solltest die Tabletten absetzen und mehr Sport machen.",
      "Arrêtez vos antidépresseurs et prenez du millepertuis.",
      "Tu devrais doubler ta dose de sertraline.",
      "Stop met je antidepressiva en neem sint-janskruid.",
      "Je moet gewoon stoppen met die pillen.",
      "Smetti di prendere il citalopram e prova l'ashwagandha.",
      "Pare de tomar a fluoxetina e use canabidiol no lugar.",
      "Nehmt lieber Johanniskraut, das ist natürlich und wirkt besser als Sertralin.",
      "Prenez 2 grammes de champignons une fois par semaine, ça remplace les antidépresseurs.",
      "Neem gewoon elke dag 5-HTP naast je citalopram.",
      "Olvidaos de los antidepresivos, la meditación funciona mejor.",
  })
  void adviceInOtherLanguagesIsFlagged(String body) {
    assertThat(flagged(body, MED)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly the best thing I ever did was quit Effexor. Do yourself a favour and get off it.",
      "Pro tip: take your bupropion in the morning, never at night.",
      "Forget what your psychiatrist says, SSRIs are a scam. Lion's mane is all you need.",
      "You can cut Zoloft tablets in half to taper, 25mg for a week then stop.",
      "Everyone on lithium should try microdosing psilocybin, it's life-changing.",
      "St. John's Wort is nature's Prozac, no need for pharma drugs.",
      "You should combine it with St. John's Wort.",
      "Start with 300mg ashwagandha twice a day and drop the Xanax.",
      "Tramadol plus your Prozac = best painkiller combo ever.",
      "Quit your meds, go vegan, and you'll never be depressed again.",
      "Just double your dose of Cymbalta when you feel low, that's what I do.",
      "Wean yourself off Cymbalta by cutting the beads, 10% every week.",
      "Kratom is better than any SSRI, switch now.",
      "Honestly you don't need a psychiatrist, just order some sertraline online and start at 50mg.",
      "Switching from Lexapro to Zoloft? Just stop one and start the other the next day, no taper needed.",
      "Anyone struggling with withdrawal: 5mg of diazepam at night helps, get some from a friend.",
      "Your psychiatrist is wrong, you should come off Effexor right away.",
      "LSD microdose every 4 days beats Prozac, start now.",
      "Magic mushrooms healed me, forget antidepressants forever.",
  })
  void englishAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I had a bad reaction when I combined tramadol with my SSRI, so please be careful.",
      "My GP told me to take sertraline in the morning and it really helped with sleep.",
      "Quitting Effexor was hell for me, the brain zaps lasted months.",
      "Is 5-HTP safe to take alongside citalopram? Asking before I try anything.",
      "My psychiatrist suggested adding a small dose of aripiprazole to my SSRI.",
      "I take 20mg of escitalopram daily and have been stable for years.",
      "Don't forget to hydrate if you're on lithium, my doctor always reminds me.",
      "Ich habe Sertralin mit ärztlicher Begleitung abgesetzt und es ging gut.",
      "J'ai arrêté la paroxétine avec l'aide de mon médecin.",
      "After two years on sertraline I finally tapered off with my psychiatrist's help. Feeling good.",
      "My mum switched from citalopram to mirtazapine and sleeps much better now.",
      "I'm tapering off venlafaxine right now and the brain zaps are rough.",
      "My doctor doubled my dose last month and it's finally working.",
      "Cutting out alcohol helped my mood more than I expected.",
      "I took sertraline for two years and it helped a lot.",
      "I'm on 150mg venlafaxine and the sweating is awful.",
      "My psychiatrist switched me from Zoloft to Wellbutrin and it's been better.",
      "Taking my sertraline with breakfast made the nausea go away for me.",
      "Escitalopram worked better than sertraline for me.",
      "My sister takes 50mg of sertraline and says it made a big difference.",
      "Mi médico me recetó sertralina y me ha ido bien.",
      "Toma sertralina desde enero y está mejor.",
      "Ich nehme seit zwei Jahren Escitalopram.",
      "Je prends de la sertraline depuis un an.",
      "Ik slik al jaren citalopram, en het gaat goed.",
  })
  void personalExperienceIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Has anyone taken lion's mane while on Lexapro?",
      "Should I take my escitalopram in the morning or at night?",
      "Does anyone know if 5-HTP interacts with SSRIs?",
      "Is it safe to drink coffee with escitalopram?",
      "I wonder whether microdosing works better than SSRIs.",
  })
  void questionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please talk to your doctor before stopping any medication.",
      "Ask your pharmacist about interactions with St John's Wort.",
      "Talk to your GP about whether switching to sertraline makes sense.",
  })
  void pointingToADoctorIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The study gave participants 20mg escitalopram daily for five weeks.",
      "The article says psilocybin worked as well as escitalopram in one trial.",
      "People saying mushrooms 'cured' them should remember the trials are small.",
      "When someone says 'psilocybin works better than escitalopram', ask what therapy both groups got.",
      "Combining MAOIs with SSRIs is dangerous, which the article should mention.",
      "Double-blind trials with psilocybin are hard to run.",
      "Try to get some sleep, the article will still be here tomorrow.",
      "Xanax, Valium, Klonopin, all available without prescription. Overnight delivery.",
      "Great deals at fastpharma-rx.com, highly recommend them!",
      "Lion's mane capsules from our shop, 20% off this week, free shipping.",
      "The SSRI group showed more synapses than the placebo group after five weeks.",
      "Stop by the pharmacy on your way home, they have the leaflet in several languages.",
      "Honestly skip the comments, the article itself is great.",
      "Invest in our lion's mane farm project, 25% guaranteed annual return.",
  })
  void discussionQuotesIdiomsAndBareSalesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You'd be better off dropping the Zoloft and doing a proper psilocybin session.",
      "Honestly everyone on SSRIs would benefit from switching to microdosing.",
      "If I were you I'd stop the lexapro and try lion's mane for a month.",
      "No one should be taking antidepressants when psilocybin exists.",
      "Sertraline and St John's wort together are totally fine, don't listen to the scaremongers.",
      "Lion's mane with your fluoxetine gives a nice boost to the effect.",
      "Whatever you do, don't go back on the sertraline.",
      "The smart move is to come off the escitalopram slowly.",
      "Have you thought about swapping the venlafaxine for psilocybin?",
      "Don't be scared of tramadol with your SSRI, the warnings are overblown.",
      "Lion's mane is basically natural Zoloft, so you can drop the real thing.",
      "At 50mg sertraline does nothing, you should be on at least 200mg.",
      "Bin the pills and get outside, that's all there is to it.",
      "Yo que tú dejaría la sertralina y probaría la psilocibina.",
      "An deiner Stelle würde ich das Sertralin absetzen und Johanniskraut nehmen.",
      "Si estás tomando escitalopram, prueba a añadir 5-HTP por la noche.",
      "Please consider ditching the Effexor. I did, and I've never been clearer.",
      "Honestly? Come off the mirtazapine.",
      "All of you on benzos: a little kratom in the evening takes the edge off just as well.",
      "You lot should be doing psilocybin retreats, not sitting on SSRIs for a decade.",
      "The only thing you need is psilocybin.",
      "Sertralina y tramadol juntos van genial, pruébalo.",
      "Rip the band-aid off and stop the escitalopram this weekend.",
      "Take a break from your antidepressants over the holidays, your brain needs a reset.",
      "Ashwagandha will do more for you than sertraline ever could.",
  })
  void indirectAndPoliteAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You'd be better off asking your doctor about tapering than reading comment sections.",
      "No one should feel ashamed of taking antidepressants.",
      "Taking it at night helped me a lot with the nausea.",
      "Tapering off venlafaxine took me six months.",
      "Lion's mane gave my focus a real boost, no idea about mood though.",
      "Ich bin seit zwei Jahren auf Sertralin, 50 mg, und bin zufrieden.",
      "Ik bouw af samen met mijn psychiater, nu op 75 mg.",
      "If I were you I'd bring this article to your doctor and ask about it.",
      "Have you thought about asking your GP to lower the dose?",
      "Psilocybin plus therapy beat escitalopram on some secondary measures, but not the primary one.",
      "Meine Ärztin meinte, ich sollte sie langsam absetzen, also mache ich das jetzt.",
      "Be on the lookout for serotonin syndrome symptoms if your doctor adds a second drug.",
      "The easiest way I found to remember my pills is a weekly pill box.",
      "Get yourself to a GP if the side effects from sertraline don't settle.",
      "Come off it, this article is not anti-medication at all.",
      "No more pills for me since March, my psychiatrist and I agreed I was ready.",
      "Microdose studies so far have mostly shown placebo effects.",
      "Bin day is tomorrow and I still haven't sorted out my old pill boxes, ha.",
      "Nurses see this every day and stop the medication only with a prescriber's say.",
      "Woke up at 5am and took my escitalopram with a coffee, as usual.",
      "Went to the GP last week and switched to sertraline, feeling hopeful.",
  })
  void framingWithoutAnInstructionIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Smart move would be to stop the lamotrigine before the trip so it doesn't blunt it.",
      "The smart play is swapping the evening quetiapine for a big dose of melatonin.",
      "Best thing for the brain zaps is to take one Prozac capsule on the days they're bad."})
  void theClassifierFlagsAdviceInPhrasingsTheRulesMissAndNamesItsWords(String body) {
    assertThat(checks(body, MED)).containsExactly(MedicalModelSignal.NAME);
    Findings.Finding f = finding(body, MED, MedicalModelSignal.NAME);
    assertThat(f.score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalModelSignal.WITH_CUE);
    assertThat(f.reason().detail()).startsWith("advice probability ").contains(", words '").contains(", about \"");
    assertThat(f.reason().spans()).isNotEmpty();
    for (io.commentmod.events.Span sp : f.reason().spans()) assertThat(sp.end()).isGreaterThan(sp.start());
  }

  /** Tenth round: no advice shape, but the classifier is sure (at least {@value MedicalModelSignal#ANY_SHAPE}). */
  @Test
  void aSureClassifierNeedsNoAdviceShape() {
    String body = "Lion's mane and a good diet is all anyone with depression needs, not Prozac.";
    assertThat(checks(body, MED)).containsExactly(MedicalModelSignal.NAME);
    assertThat(finding(body, MED, MedicalModelSignal.NAME).score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalModelSignal.ANY_SHAPE);
  }

  /**
   * Eleventh round: at {@value MedicalModelSignal#CONFIDENT} the classifier flags with no cue (an
   * over-the-counter brand the lexicon lacks, "them" for the pills) and without an advice shape. Until the
   * thirty-second round the first sentence here was "Just grab some Benadryl before bed ..."; Benadryl is
   * now in the drug list, so the rules flag it too, and no other brand reads 0.97 to the classifier.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "If you've been fine for half a year, ditch them. Nobody needs them forever."})
  void aConfidentClassifierNeedsNoCue(String body) {
    assertThat(checks(body, MED)).containsExactly(MedicalModelSignal.NAME);
    Findings.Finding f = finding(body, MED, MedicalModelSignal.NAME);
    assertThat(f.score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalModelSignal.CONFIDENT);
    assertThat(f.reason().detail()).startsWith("advice probability ").doesNotContain(", about \"");
    assertThat(f.reason().spans()).isNotEmpty();
  }

  /** Eleventh pass: a call to everyone after study talk, and the Spanish reflexive dose imperative. */
  @ParameterizedTest
  @ValueSource(strings = {
      "The new trial shows psilocybin outperforms SSRIs. Time to make the switch, folks.",
      "Si la fluoxetina no te hace nada, dóblate la dosis tú misma.",
      "If you can't sleep, melatonin is useless, ask a friend for a few of their zopiclone instead.",
      "Borrow a few of your mum's diazepam for the flight.",
      "@Jo fluoxetine in the evening wrecked my sleep too, so move it to the morning.",
      "Yoga does everything sertraline does. Hand the prescription back.",
      "Anybody still on benzos should switch to magnesium, seriously."})
  void eleventhPassCallsToActAreFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @Test
  void askingAFriendForAdviceIsNotMedicalAdvice() {
    assertThat(flagged("Ask a friend for some advice on running shoes, it helped my knees.", MED)).isFalse();
  }

  /** The shapeless and confident tiers stay out of first-person sentences. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I'm weaning myself off Xanax by cutting the pills in half every week.",
      "Lion's mane and a good diet was all I needed in the end, not Prozac."})
  void theShapelessTierSkipsExperience(String body) {
    assertThat(checks(body, MED)).doesNotContain(MedicalModelSignal.NAME);
  }

  // Fifth pass: kinds of signal missing on fresh probe sentences (own sentences, not from any evaluation set).
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly, just quit taking them, you'll feel clearer in a week.",
      "Never take another one, that's what wrecked my sleep.",
      "Wean yourself off and you'll see what I mean.",
      "Chuck them down the loo and move on.",
      "Cut them to half for two weeks, then nothing.",
      "Maybe give ashwagandha a go before you touch the Prozac.",
      "Give your antidepressants a miss for a month and see.",
      "It's well worth trying 5-HTP if your citalopram has stopped working.",
      "You may want to think about stopping the mirtazapine.",
      "It'd be a good idea to drop the quetiapine now that summer's here.",
      "What's stopping you from dropping the sertraline?",
      "Why keep taking venlafaxine when cold plunges exist?",
      "Anyone who's been on lorazepam for months should be coming off it now.",
      "Get your daughter off the Concerta and give her omega-3 instead.",
      "Tell your dad to quit the diazepam, he'd be fine.",
      "Valerian is basically natural Xanax, nothing else needed.",
      "Kratom worked for me and it'll work for you too.",
      "Ich glaube, dass du das Escitalopram langsam absetzen solltest.",
      "Jeder, der Paroxetin nimmt, sollte es sofort absetzen.",
      "Ik vind dat je die sertraline moet afbouwen.",
      "Le mieux c'est d'arrêter la paroxétine.",
      "Lo mejor es dejar la sertralina y tomar hipérico.",
      "Benzos are best avoided, a warm bath does the same.",
      "You're gonna want to stop the Seroquel before you fly.",
      "It's totally safe to drink on escitalopram, don't let anyone tell you otherwise.",
      "There's no reason to stay on an SSRI once summer comes.",
      "Those still on paroxetine need to try saffron instead.",
      "Drop by a quarter every week until there's nothing left.",
      "Take it up to 300 if the 150 isn't doing anything.",
      "Stop seeing your psychiatrist, they only push pills.",
      "If I were in your situation I'd be tapering the lithium already.",
      "Vous n'avez qu'à arrêter l'Effexor.",
  })
  void fifthPassKindsAreFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Make $500 a day from home, message me on telegram, limited spots, act now!",
      "Once you start reading do not stop, share this with ten friends within one day or bad luck follows.",
      "Has anyone taken lion's mane with sertraline? Would love to hear how it went.",
      "Fish oil pills for pregnant women may cut asthma risk, a new study says.",
      "I stopped the lamotrigine before my trip and regretted it.",
      "A cold beer after a long run is the best thing in the world, you deserve it."})
  void theClassifierStaysSilentWithoutADrugInASentenceShapedLikeAdvice(String body) {
    assertThat(flagged(body, MED)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Don't take it personally, everyone reacts differently to sertraline.",
      "Stop taking everything so seriously, it's just a comment section.",
      "It was worth taking sertraline for me, side effects and all.",
      "It's worth noting that most participants on escitalopram improved.",
      "Give it time, my Lexapro took two months to kick in.",
      "The best thing is to be patient, venlafaxine is slow.",
      "Keep taking your tablets as prescribed, my GP says the same to everyone.",
      "Psilocybin cured nothing for me, sadly.",
      "Sautéed chestnut mushrooms with thyme, two minutes a side.",
      "Lion's mane is a natural nootropic, whatever that means.",
      "Anyone who has taken paroxetine can tell you the withdrawal is rough.",
      "Ik denk dat je met je huisarts moet overleggen over de sertraline.",
      "Ich weiß, dass ich mein Escitalopram nicht einfach absetzen sollte.",
      "Hope it'll work for you too, sertraline was slow for me.",
      "Alcohol is best avoided while you're on sertraline.",
      "There's no reason to be ashamed of taking an antidepressant.",
      "Those on lithium in the trial relapsed less often.",
      "Reduce by half the time you spend scrolling at night.",
      "My psychiatrist said nobody should stop lithium suddenly.",
      "Pop into the pharmacy if your prescription confuses you.",
      "Let me know how the first week on escitalopram goes.",
  })
  void fifthPassHardNegativesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  // Seventh pass (2026-11-29): missed-dose and dose-change instructions, imperatives in other
  // languages, permission and reassurance, rhetorical pushes, harm-reduction dosing, combination
  // praise, cure claims, hedged advice and generalised third-person advice.
  @ParameterizedTest
  @ValueSource(strings = {
      "Missed a dose of your sertraline? Just double up the next day, it evens out.",
      "Coming off venlafaxine is easy: go down by half for a week, then half again, then stop.",
      "Remove 10% of the dose each week and you are off the citalopram in two months.",
      "With the escitalopram, skip a day, then two, then you're done.",
      "Too strong? Cut the tablet in half.",
      "¿Te sobran las pastillas de fluoxetina? Tíralas a la basura, no las necesitas.",
      "Deja la sertralina y sal a correr cada mañana, es mejor que cualquier pastilla.",
      "Met een beetje geduld kun je de paroxetine zelf afbouwen in een maand.",
      "Je kunt gewoon je sertraline blijven nemen naast de sint-janskruid, geen probleem.",
      "Sertraline made me numb, escitalopram didn't. Switch.",
      "Liberty caps grow in every field in October. Pick them, dry them, eat them.",
      "If you're a teen on fluoxetine, talk your parents into taking you off them.",
      "You don't need your doctor's permission to stop your antidepressants.",
      "Nobody needs to panic, just halve the mirtazapine for a week and then stop.",
      "I quit paroxetine cold turkey last spring and felt great. You can too.",
      "I ditched my sertraline for lion's mane and it'll work for you.",
      "Why would you keep taking the pill when it makes you feel nothing?",
      "Your citalopram isn't working after six weeks, so why are you still taking it?",
      "Wouldn't it be smarter to skip the meds on weekends?",
      "Try stopping the Prozac for a month, what have you got to lose?",
      "The sertraline does nothing for you, you might as well stop taking it.",
      "Go easy with the mushrooms, no more than 2 grams your first time.",
      "Lemon tek it, that's the way to do a heroic dose.",
      "Kratom alongside a low dose of gabapentin is a lovely gentle combo.",
      "Sertraline you can keep taking next to the St John's wort, no problem.",
      "The cure for brain fog: two tablespoons of lion's mane every morning, works better than anything a doctor will give you.",
      "Ashwagandha is a proven cure for anxiety and your psychiatrist doesn't want you to know.",
      "For treatment-resistant depression: cold plunges and no more meds.",
      "Tip: take your bupropion with a coffee and it kicks in faster.",
      "For the brain zaps: 50mg of 5-HTP before bed.",
      "Not saying you should, but dropping the lamotrigine over a weekend is what I'd do.",
      "My brother's venlafaxine wasn't working, I told him to double it. If yours isn't working either, go up yourself.",
  })
  void seventhPassKindsAreFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I missed a dose last week and my doctor said to just carry on with the next one.",
      "I went down by half for a month with my psychiatrist watching, and it went fine.",
      "Missed a dose of sertraline this morning, should I take it now or wait?",
      "Si se te olvida una dosis, pregunta a tu farmacéutico qué hacer.",
      "Mijn huisarts zei dat ik de paroxetine langzaam kon afbouwen, en dat lukte.",
      "I switched from sertraline to escitalopram on my doctor's advice.",
      "We used to pick mushrooms in the woods for risotto.",
      "I quit paroxetine cold turkey and it was awful, please don't do what I did.",
      "It took my doctor a while to find the right dose, but it'll work out for you too.",
      "Why am I still taking it, I asked myself, and then I talked to my GP about tapering.",
      "Why are you still awake at 3am reading this?",
      "What have you got to lose by talking to your doctor about it?",
      "Someone on a forum told me \"no more than 2 grams your first time\", which is exactly how people get hurt.",
      "Please never combine mushrooms with an MAOI without medical advice.",
      "People claim lion's mane is a cure for brain fog, but there's no good evidence.",
      "Tip: keep a mood diary before your next psychiatrist appointment.",
      "For the brain zaps: talk to your prescriber, a slower taper usually helps.",
      "Not saying you should, but I'd ask your pharmacist about it.",
      "I told him to call his doctor about his venlafaxine.",
      "I cut my coffee in half and sleep better now.",
      "Switch. That's what my sister said about her phone plan.",
      "I came off sertraline slowly with my GP over six months. You can too.",
      "I finally got my sertraline dose right after a year. You can too, it just takes patience.",
      "I might as well stop taking sertraline, it does nothing for me, but I'll talk to my psychiatrist first.",
      "Why are you still awake? Go to bed, the melatonin can wait.",
      "Your phone is so old, why are you still using it?",
      "My doctor tried citalopram first, then venlafaxine. Switch.",
      "Sertraline made me numb and escitalopram didn't. I switched with my doctor's help.",
      "If your escitalopram stops working, talk to your doctor before you go up yourself.",
      "Your first time on sertraline the nausea can be rough, it usually fades in two weeks.",
      "Running in the morning and no more doom-scrolling at night helped my mood.",
      "Kun je me vertellen of paroxetine bij jou werkte?",
      "Met mijn huisarts kun je de paroxetine afbouwen, zei ze.",
      "Nobody needs to panic about a missed dose, call your pharmacist and ask.",
      "Lemon juice on fish is the way to do it.",
      "It'll work for you too, the new job I mean.",
      "Wouldn't it be smarter to ask your psychiatrist about the meds on weekends?",
  })
  void seventhPassHardNegativesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  // Eighth pass (2026-11-29): instructions relayed through someone else (verb-final in nl/de/fr),
  // sentence-opening imperative pairs in Spanish, "lieber/gewoon" + verb-final infinitive, a supplement cast
  // as a prescription drug, dose changes on a pronoun in replies, "wouldn't it make more sense to",
  // a bare "Highly recommend." after a regimen, an instruction after a reader's condition, a drug offered
  // "with your" medication, a dangerous pair declared safe, and a story that ends telling readers to get off "the stuff".
  @ParameterizedTest
  @ValueSource(strings = {
      "Tell your dad he should stop his venlafaxine on weekends, he will feel much sharper.",
      "Zeg tegen je vader dat hij zijn sertraline maar om de twee dagen moet innemen.",
      "Sag deiner Oma, dass sie ihr Citalopram nur jeden zweiten Tag nehmen soll.",
      "Dis à ton père qu'il doit arrêter son lithium pendant les vacances.",
      "Dile a tu hermana que deje la paroxetina poco a poco y que tome magnesio.",
      "Corta la quetiapina y toma melatonina por la noche.",
      "Suspende el escitalopram y empieza con ashwagandha, notarás la diferencia.",
      "Lieber die Tabletten absetzen, 40 mg Fluoxetin sind für dich viel zu viel.",
      "Gewoon de dosis halveren, 100 mg sertraline is veel te veel voor jou.",
      "Ashwagandha is basically herbal Xanax, switch to it and you will sleep like a baby.",
      "@Tom halve them for ten days, then every third day, then stop.",
      "@Sara just double it, the low dose never does anything.",
      "@Noor cut them in half and see how you feel by Friday.",
      "Wouldn't it make more sense to skip your lithium on the days you feel fine?",
      "Wäre es nicht sinnvoller, die Dosis Venlafaxin am Wochenende zu halbieren?",
      "Zou het niet slimmer zijn om je quetiapine alleen op slechte dagen te nemen?",
      "I take my pregabalin only on weekdays and a half dose on Sundays. Works for me. Highly recommend.",
      "If you can't focus just double your methylphenidate in the morning.",
      "If the sertraline makes you tired simply take it at night instead.",
      "A little kratom with your gabapentin makes the evenings so much nicer.",
      "MDMA + phenelzine is fine, the danger is hugely exaggerated.",
      "I spent six years on venlafaxine, foggy, numb and twenty kilos heavier, and every doctor told me to wait. I finally quit over a week. It was rough, but I feel alive now. Still waiting for permission? Don't. Take your power back and get off the stuff.",
      "Anybody still on quetiapine for sleep, just stop, it is not worth it.",
  })
  void eighthPassKindsAreFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Tell your mum she is not alone, and that her GP can help with the lithium.",
      "My mother told me she should take her paroxetine every other day, I think that's odd.",
      "Zeg tegen je moeder dat ze met haar huisarts over de paroxetine moet praten.",
      "Mi madre toma sertralina desde hace años y le va bien.",
      "Ich würde lieber die Dosis halbieren, aber mein Arzt ist dagegen.",
      "Ashwagandha is nothing like Xanax, I tried switching and it did nothing for me.",
      "I doubled it last spring and my psychiatrist was not amused.",
      "Should I double it or wait another week?",
      "@Mia double it? No way, ask your psychiatrist first.",
      "Wouldn't it make more sense to ask your psychiatrist about the lithium first?",
      "If I miss a dose I just take it the next morning, my GP said that's fine.",
      "Be careful with tramadol with your sertraline, the interaction can be dangerous.",
      "Someone said tramadol with sertraline is fine, but that combination can cause serotonin syndrome.",
      "Someone in this thread told people to \"just quit the lithium\". Please don't follow dosing tips from strangers online, talk to your psychiatrist.",
      "A commenter above wrote 'halve your dose and add CBD'. Don't take medical advice from random accounts, ask your pharmacist.",
      "The trial did not find esketamine better than placebo at week four; only the responders analysis looked good.",
      "Yoga helped me a lot, but it did not replace my sertraline and I wish people would stop saying it could.",
      "Highly recommend. The new series on Netflix, I mean.",
      "Toma sertralina desde enero y está mejor.",
      "Einfach die Tabletten absetzen ist gefährlich, das hat mein Arzt auch gesagt.",
      "Deja la fluoxetina y toma hipérico, me dijo una vecina; mi psiquiatra se rió.",
  })
  void eighthPassHardNegativesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirteenth round: a sentence the fifth pass held as not advice that the classifier retrained
   * with held-out sets 1-17 holds for medical review: a caution that ends "so be careful" about
   * stopping (0.77, beside the cue "stop your meds"; the held-out writers label such cautions advice
   * when they carry a schedule, not otherwise). Held, not published: the cheaper error under the
   * policy. (A veiled overdose remark about "the whole pack", held with it then, is no longer
   * medical advice to the model retrained in the nineteenth round; see below.)
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "If you stop your meds suddenly you can get brain zaps, so be careful."})
  void thirteenthRoundBorderlineSentencesAreHeldForReview(String body) {
    assertThat(checks(body, MED)).as(body).containsExactly(MedicalModelSignal.NAME);
  }

  /**
   * Nineteenth round: the classifier retrained on every read held-out set no longer takes a dark
   * joke about a whole pack of paracetamol for advice (it was held at 0.98 since the thirteenth).
   */
  @Test
  void aDarkJokeAboutAWholePackIsNotAdviceAnyMore() {
    String body = "If you take one paracetamol the headache goes, if you take the whole pack it never comes back.";
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirteenth round: a sentence that tells the reader what to do is not the writer's own experience
   * because it also says "I did" (the confident tier and the last look skip comments whose every
   * sentence is first person or names a doctor; a sentence that addresses "you" no longer counts as
   * first person). A first-person story with no "you", and "you" beside a doctor, stay experience.
   */
  @Test
  void adviceBesideTheWritersOwnStoryIsStillAdvice() {
    String advice = "If you're on lithium it's fine to add St John's Wort too, I did and felt great.";
    assertThat(checks(advice, MED)).containsExactly(MedicalModelSignal.NAME);
    assertThat(flagged("I mix St John's Wort with my sertraline and feel great.", MED)).isFalse();
    assertThat(flagged("If you're wondering, I came off sertraline over six weeks with my GP.", MED)).isFalse();
  }

  /** Fourteenth round: giving a drug to someone without their knowing, and "do the same" in German. */
  @ParameterizedTest
  @ValueSource(strings = {
      "If your wife is flat on her sertraline, slip a little 5-HTP into her morning smoothie. She won't notice.",
      "Bei meinem Vater haben wir das Citalopram heimlich halbiert. Macht das bei euren Eltern auch."})
  void fourteenthRoundKindsOfAdviceAreFlagged(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I slip some ginger into my tea when my stomach is off from the sertraline.",
      "Meine Mutter nimmt Sertralin. Macht das bei euren Eltern auch so, dass ihr die Tabletten mit dem Arzt besprecht?"})
  void fourteenthRoundExperienceAndQuestionsAreNotFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Dutch "je" before a drug is "your", not the French "je" (I) the merged lexicons also read, so
   * "gewoon je sertraline verdubbelen" is an instruction, not the writer's own story.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Gewoon je escitalopram halveren.",
      "Gewoon je sertraline verdubbelen als het niet werkt."})
  void dutchPossessiveJeIsNotTheWriter(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Je prends de la sertraline depuis un an et je la supporte bien.",
      "Ik heb gewoon mijn sertraline gehalveerd met mijn huisarts."})
  void frenchJeAndDutchOwnStoriesStayExperience(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /** A dose recommended to readers ("2.5g is the perfect dose", "for best results"), by a seller or anyone. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Fresh Penis Envy caps in stock, 2.5g is the perfect dose for treatment-resistant depression. DM @capsplug on Telegram.",
      "We sell pharma-grade ketamine, 75mg sublingual is the ideal starting dose.",
      "Lion's mane extract 1000mg, two capsules a day for best results."})
  void aRecommendedDoseIsAdvice(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "After a lot of trial and error, 20mg of escitalopram turned out to be the right dose for me.",
      "My psychiatrist says 100mg is the standard dose of sertraline, so we're sticking with it.",
      "The study found 25mg is the optimal dose in their sample."})
  void aDoseFoundRightByTheWriterTheirDoctorOrAStudyIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /** A pointer to a doctor covers its own part of the sentence, not the alternative after "or just". */
  @Test
  void theAlternativeToTheDoctorAfterOrJustIsAdvice() {
    String body = "Ask your GP for zopiclone, or just take one of your partner's if you can't get an appointment.";
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
    assertThat(flagged("Ask your GP about tapering, or just ask your pharmacist for advice.", MED)).isFalse();
    assertThat(flagged("Ask your GP for a review before you take anything new.", MED)).isFalse();
  }

  /** "I'd tell anyone in the same spot to do it too" after the writer's own stop is advice to readers. */
  @Test
  void tellingAnyoneInTheSameSpotToDoTheSameIsAdvice() {
    String body = "I stopped my citalopram on my own after a week of feeling good, and I'd tell anyone in the same spot to do it too.";
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
    assertThat(flagged("My GP switched me to mirtazapine. I'd tell anyone who struggles with sleep to ask their doctor about it.", MED)).isFalse();
  }

  /**
   * Fifteenth round, kinds missed on development sets 27-29: throwing the medication away, giving a
   * drug to a child at home, "X is the cure", German "Empfehlung:", a French dose schedule said to
   * others, someone else's pills, taking a relative off everything, refusing the doctor, alcohol
   * set against the pills, a seller's dose.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly, pour the antidepressants away and trust your own body.",
      "Got a drawer of old Prozac? Tip them down the sink.",
      "If your toddler is teething, give a bit of Nurofen before bed, every parent does it.",
      "Rub a little brandy on the baby's gums, works every time.",
      "Ketamine is the cure, the rest is just pharma marketing.",
      "Meine Empfehlung: die Tabletten einfach absetzen.",
      "Pour dormir: 5 mg de mélatonine chaque soir, mon mari aussi en prend.",
      "Don't ask your GP, just take some of your partner's sleeping pills the first weeks.",
      "Take her off everything, the doctors just keep adding pills.",
      "Grandad's pills made him so slow. Don't wait for a review, start halving.",
      "My dad's citalopram was doubled and he got worse. Anyone else in the same situation should halve it back.",
      "Tell your GP no thanks and get some rhodiola instead.",
      "Have a drink with dinner, it helps more than the tablets ever did.",
      "Semaglutide shipped to your door, one injection of 1 mg weekly, order today.",
      "Two Nytol at bedtime every night, been that way for years."})
  void fifteenthRoundKindsOfAdviceAreFlagged(String body) {
    assertThat(checks(body, MED)).as(body).containsAnyOf("medical.directive", "medical.dose", "medical.cure_claim");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I poured the wine down the sink after my first week on sertraline.",
      "Pour the stock into the pan and let it simmer for twenty minutes.",
      "Our health visitor said never to give ibuprofen to a baby under three months.",
      "Teething gel on the gums helped our little one through the worst nights.",
      "Ketamine is not the cure some headlines promised.",
      "Meine Empfehlung: sprecht mit eurem Arzt, bevor ihr etwas an den Tabletten ändert.",
      "Je prends 5 mg de mélatonine chaque soir depuis un an.",
      "The care home wanted to take her off everything at once, which worried us.",
      "Anyone else in the same situation should talk to their prescriber before changing anything.",
      "I told my GP no thanks to the sertraline and we agreed to try therapy first.",
      "The study gave participants one injection of 2.4 mg weekly.",
      "Je suis infirmière et je dis toujours que la méditation ne remplace pas un traitement.",
      "Nobody could tell us what dose she gets."})
  void fifteenthRoundExperienceWarningsAndStudyTalkAreNotFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Fifteenth round: framing that closes its sentence refers back to a drug story two sentences
   * earlier; a recommendation of something else (a gerund with nothing medical after it) and the
   * writer's own "it is time to stop" are not advice.
   */
  @Test
  void framingThatClosesAStoryIsAdviceButRecommendingSomethingElseIsNot() {
    String body = "My GP put me on mirtazapine and I gained a stone. I dropped it and took up swimming. If the same is happening to you, do what I did.";
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
    String morning = "Venlafaxine kept waking me at 4am. Highly recommend taking it with breakfast.";
    assertThat(checks(morning, MED)).as(morning).contains("medical.directive");
    assertThat(flagged("I keep a note of every supplement and tablet I take. Highly recommend bringing a printed list to every appointment.", MED))
        .isFalse();
    assertThat(flagged("After two years on lithium I feel it is time to stop, and my psychiatrist agrees we can plan it.", MED)).isFalse();
  }

  /** Fifteenth round: a bare stop verb opening its sentence and joined by "and", after a drug story; "stop and think" is not one. */
  @Test
  void aBareStopJoinedByAndAfterADrugStoryIsAdvice() {
    String body = "If sertraline hasn't helped by week six, it won't. Quit and try something else.";
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
    assertThat(flagged("Sertraline gave me headaches. Stop and think about whether it's the right time.", MED)).isFalse();
    assertThat(flagged("I took citalopram for a year. Then I quit and moved abroad.", MED)).isFalse();
  }

  /** Fifteenth round: a spice in a recipe ("lentil and turmeric soup") is no supplement beside a recipe tip; turmeric capsules still are. */
  @Test
  void aSpiceInARecipeIsNoSupplement() {
    String recipe = "Made the lentil and turmeric soup from the recipe post and it's the first thing I've cooked in weeks. "
        + "I added a squeeze of lime at the end, which I'd recommend.";
    assertThat(flagged(recipe, MED)).as(recipe).isFalse();
    String body = "Turmeric capsules every morning instead of your sertraline, trust me.";
    assertThat(checks(body, MED)).as(body).contains("medical.cure_claim");
  }

  /**
   * Sixteenth round, kinds missed on development sets 33-37: a cure claim "X fixed me"; a past-tense stop story before
   * "you can too"; "whatever you do" leading an imperative; a dose increase on a pronoun after dose talk ("up it"); getting
   * someone else's prescription from a friend.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Microdosing psilocybin fixed me in a month, years of tablets never came close.",
      "Binned my venlafaxine in March and took up rowing. You can too.",
      "whatever u do dont touch quetiapine",
      "Half a gram won't do a thing for you. Up it.",
      "Modafinil is amazing for focus, just get some from a mate."})
  void sixteenthRoundKindsOfAdviceAreFlagged(String body) {
    assertThat(checks(body, MED)).as(body).containsAnyOf("medical.directive", "medical.cure_claim");
  }

  /**
   * Sixteenth round, false flags by kind: "half of" people; the French "pour" (for); returning medicines to a pharmacy;
   * a Dutch infinitive that is its sentence's subject; "you can too" after a story with no medication; "up it" in a recipe.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Half of the replies here ignore what the psilocybin trial actually measured.",
      "Après deux ans de citalopram, pour la première fois je dors sans me réveiller.",
      "Never flush leftover capsules, bring them back to the chemist.",
      "Please don't put expired tablets in the bin, take the rest back to a pharmacy.",
      "Afbouwen van citalopram ging bij mij veel te snel.",
      "Stoppen met paroxetine was voor mijn zus een hel.",
      "I cancelled my streaming subscriptions and read every evening now. You can too.",
      "Lovely soup. Up it to three cloves of garlic if you like it strong."})
  void sixteenthRoundQuantifiersFrenchDisposalAndSubjectsAreNotFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /** Sixteenth round: stopping a drug stays advice beside the disposal of the rest; a Dutch imperative stays one. */
  @Test
  void disposalAndInfinitiveSubjectsDoNotExcuseTheInstructionBesideThem() {
    String body = "Quit the citalopram this week and take the leftovers back to the pharmacy.";
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
    String dutch = "Stop met citalopram, het is gif.";
    assertThat(checks(dutch, MED)).as(dutch).contains("medical.directive");
  }

  /** Sixteenth round: alcohol with an antidepressant is a dangerous pair; the French "ne" negates only with its "pas". */
  @Test
  void alcoholWithAnAntidepressantIsADangerousCombination() {
    String body = "A couple of drinks with your mirtazapine help you sleep, totally fine.";
    assertThat(finding(body, MED, "medical.combination").reason().detail())
        .isEqualTo("dangerous combination: alcohol + mirtazapine (alcohol with an antidepressant: more sedation and worse depression)");
    assertThat(flagged("I had one glass of wine on escitalopram and felt awful the next day.", MED)).isFalse();
  }

  @Test
  void anEnglishNIsNoFrenchNegation() {
    String body = "Yoga n sunshine beats any antidepressant.";
    assertThat(checks(body, MED)).as(body).contains("medical.cure_claim");
    assertThat(flagged("Je suis infirmière et je dis toujours que la méditation ne remplace pas un traitement.", MED)).isFalse();
  }

  /** Staying at a dose is a dose instruction, and advice set against the prescriber is advice (sixteenth round). */
  @Test
  void stayingAtADoseAgainstThePrescriberIsAdvice() {
    assertThat(flagged("Stay at 5 mg for a month even if your doctor says two weeks.", MED)).isTrue();
    assertThat(flagged("Stay on the half dose for six weeks, whatever your GP tells you.", MED)).isTrue();
    assertThat(flagged("I had to stay at the hospital for a week after the birth.", MED)).isFalse();
    assertThat(flagged("My doctor says I should stay on 10 mg for now.", MED)).isFalse();
  }

  /**
   * Seventeenth round: "I would just ..." and "in your place" said to someone in Dutch, German,
   * French and Spanish, a trick handed on, telling anyone the same, "can safely", telling readers to
   * ignore the label; the writer's own wish ("ich würde lieber ...") and a question stay unflagged.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Ik zou de dosis gewoon halveren als je je moe voelt.",
      "An deiner Stelle würde ich das Sertralin einfach absetzen.",
      "À ta place j'arrêterais la paroxétine dès demain.",
      "Yo en tu lugar dejaría la venlafaxina ya.",
      "Here's my trick: on bad days I double my sertraline.",
      "I'd tell anyone here the same, the pills are pointless once you've had a good trip.",
      "Anyone who has been well for a year can safely come off their escitalopram now.",
      "Melatonin only works from 10mg up. Ignore the packet.",
      "After a bereavement, ask for propranolol 40mg before the funeral.",
      "So you lot might as well quit your meds like I did.",
      "¿Por qué seguir con la fluoxetina si el hipérico hace lo mismo?",
      "Waarom zou je nog sertraline slikken als visolie hetzelfde doet?",
      "Ich habe mein Citalopram abgesetzt, das solltet ihr auch tun."})
  void seventeenthRoundAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ik zou liever de dosis halveren, maar mijn arts wil dat niet.",
      "Ik zou graag weten of iemand sertraline met lion's mane combineert.",
      "Ich würde gerne wissen, ob jemand Sertralin mit Johanniskraut genommen hat.",
      "My mum keeps buying me lion's mane capsules. Please stop buying them, Mum, I know you read this blog."})
  void seventeenthRoundOwnWishesAndQuestionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Eighteenth round: everything stopped at once and the taper skipped with no drug named (five
   * languages), a seller's plural and second-person claims in Spanish, "I'd be asking myself why".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Forget the taper, just quit it all at once and get it over with.",
      "Never bother with a slow taper, your body adapts.",
      "Setzt alles auf einmal ab, das Ausschleichen zieht es nur in die Länge.",
      "Arrêtez tout d'un coup, c'est plus simple.",
      "Déjalo todo de golpe, es lo mejor.",
      "Stop met alles in één keer, dan ben je er vanaf.",
      "Estas gotas reemplazan a la sertralina y en dos semanas dejas las pastillas.",
      "Omega oils do the same job as an SSRI. I'd be asking myself why I'm still on one."})
  void eighteenthRoundAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I stopped everything at once back in 2019 and the withdrawal was awful, so I'd never do it that way again.",
      "Did anyone skip the taper on a low dose? Asking before I talk to my GP."})
  void eighteenthRoundStoriesAndQuestionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Eighteenth round, second part: "nobody needs" inverted in German, advice passed on to the thread,
   * "works for you too" (Dutch word order), a slow taper called overkill, "just stop cold", what the
   * writer would tell family to take.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Eigentlich braucht niemand Sertralin, Sport reicht völlig.",
      "Ich habe das Lithium weggelassen und euch rate ich dasselbe.",
      "Drie keer per dag visolie, bij jou werkt het ook.",
      "Honestly the slow taper is overkill with escitalopram, two weeks is enough.",
      "For anyone on paroxetine: just stop cold, the fear is worse than the withdrawal.",
      "Lion's mane, 1000mg every morning. That's what I'd tell my own brother to take.",
      "Para dormir, lo mejor es tomarte un lorazepam y listo."})
  void eighteenthRoundSecondPartAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Half this thread swears by lion's mane and the other half calls it snake oil.",
      "We bought a mushroom grow kit for the kids, oyster mushrooms, great fun.",
      "Mi médico me recomendó melatonina para dormir y me ha ido bien.",
      "Tomo un té verde por la mañana y leo el artículo con calma.",
      "Half say SSRIs saved them, the other half say SSRIs ruined them, and both are telling the truth."})
  void eighteenthRoundSecondPartOrdinaryCommentsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Eighteenth round, third part: a dose given to someone in one's care (three languages), "is what
   * you actually need", the prescriber kept out of it, a vocative before an imperative, "you all
   * should too", "stack away", French "arrêtez les vôtres aussi".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "For the carers: give him a double dose of his oxycodone when the pain spikes.",
      "Donnez-lui un comprimé de Temesta le soir, ça l'apaise.",
      "Gib ihm einfach eine Tavor, dann schläft er.",
      "5mg of melatonin is what you actually need, not 1mg.",
      "My trick for carers: an extra tramadol on the bad days. Your GP doesn't need to know everything.",
      "dude just take two of your mum's lorazepam before the interview",
      "I came off fluoxetine in a week and you all should too.",
      "Serotonin syndrome with psilocybin is a myth. Stack away.",
      "J'ai arrêté mon escitalopram. Arrêtez les vôtres aussi."})
  void eighteenthRoundThirdPartAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The benefit seems to come from better sleep rather than the drug itself.",
      "Give her a hug from me, and tell her the nurses on that ward are lovely.",
      "bro the exam was brutal, I need a nap"})
  void eighteenthRoundThirdPartOrdinaryCommentsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Eighteenth round, late: "if I were you" and "we recommend" in Spanish, "do it and tell me",
   * gathering a drug, French "but stop ..." and "nobody will tell you", those who stay on pills
   * "should", Austrian "throw them away" and "in your place", Dutch "I recommend it to everyone",
   * "taper off yourself", a doctor's "no need to see the GP first".
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Yo de ti dejaba el escitalopram ya.",
      "Para la ansiedad recomendamos 1 g de melena de león al día.",
      "Tomad magnesio antes de dormir, háganlo y me cuentan.",
      "Junten todo el diazepam que puedan para las malas rachas.",
      "Personne ne vous le dira, mais arrêtez la sertraline d'un coup.",
      "Ceux qui prennent encore des antidépresseurs devraient arrêter et faire du sport.",
      "Haut's die Tabletten weg, die bringen nix.",
      "I tät an eurer Stell das Citalopram gar ned anfangen.",
      "Ik ben met de paroxetine gestopt en dat raad ik iedereen aan.",
      "Ben je het zat, bouw dan gewoon zelf af.",
      // "dejé" (I left) and "deje" (leave!) fold alike, so the story alone is not advice; the plural imperative is
      "Dejé la paroxetina en una semana. Los que estéis igual, dejadla también.",
      "Dejé la paroxetina en una semana, háganlo también."})
  void eighteenthRoundLateAdviceInOtherLanguagesIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dejé la venlafaxina hace un año con ayuda de mi psiquiatra y fue lento pero bien.",
      "Ceux qui ont participé à l'étude devraient être suivis plus longtemps, non ?"})
  void eighteenthRoundLateExperienceAndStudyTalkAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Twentieth round: the Spanish, French, German and Dutch medical lexicons, a third the size of the
   * English one, gained the common ways native speakers tell others to start, stop, switch or mix
   * medication (voseo, causatives, "you'd be better off without", infinitive instructions), from
   * four writers, one per language, who read the policy and no evaluation set. Each was missed before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Tienen que dejar las benzodiacepinas cuanto antes, son adictivas.",
      "Amiga, suspendé el escitalopram y probá las microdosis.",
      "Lo que tienes que hacer es cambiarte al escitalopram, la paroxetina es horrible.",
      "Mets-toi au CBD et dis adieu au Xanax.",
      "Ne t'embête pas avec le sevrage progressif, arrête direct.",
      "Fais-lui arrêter ses antidépresseurs, il ira mieux.",
      "Lass die Abenddosis ausfallen, dann schläfst du besser.",
      "Steig auf Bupropion um, da nimmst du nicht zu.",
      "Ich würde dir raten, das Venlafaxin abzusetzen.",
      "Hou op met die ssri's, ze maken je alleen maar afhankelijk.",
      "Je kan gerust stoppen met die sertraline, dat gaat vanzelf goed.",
      "Schrap die slaappillen en drink kamillethee."})
  void twentiethRoundAdviceInSpanishFrenchGermanAndDutch(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Twentieth round, the same lexicons: own doses, cautions and recipes, each flagged by the
   * moderator before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Yo tomo 2 cápsulas de melena de león al día, pero no lo recomiendo sin consultar.",
      "Tomo 10 mg de escitalopram por la mañana desde hace dos años.",
      "Probier mal das Rezept mit Champignons und Thymian, echt lecker.",
      "Stop nooit op eigen houtje met je medicatie."})
  void twentiethRoundExperienceCautionsAndRecipesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Twenty-third round: addiction medicine is in the drug lexicon (baclofen, buprenorphine,
   * acamprosate, ...), and French "montez jusqu'à" raises a dose as "go up to" does. Unflagged on the
   * build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Le baclofène, montez jusqu'à 150 mg par jour sans attendre votre médecin.",
      "Monte jusqu'à trois comprimés si ça ne suffit pas."})
  void raisingADoseInFrenchIsAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Twenty-third round: a reply urging another reader on ("I say do it") beside the drug they would
   * stop is advice (unflagged on the build before); the same words about a move are not.
   */
  @Test
  void urgingAReaderOnBesideADrugIsAdvice() {
    assertThat(flagged("Anyone else thinking of just stopping their meds? I say do it. My venlafaxine went in the bin.", MED)).isTrue();
    assertThat(flagged("My sister asked if she should move to Leeds. I say do it!", MED)).isFalse();
  }

  /**
   * Twenty-third round: one's own maintenance dose, a naloxone rescue, stairs climbed: not advice.
   * Guards (unflagged before too): the new drug names and "montez" must not make them advice, nor
   * naloxone if it is ever added to the drug lexicon.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I'm on Suboxone now, 8 mg a day, and it has been the difference for me.",
      "A stranger gave my brother naloxone in a car park and he is alive because of it.",
      "Montez les escaliers au lieu de prendre l'ascenseur, c'est bon pour le cerveau."})
  void recoveryStoriesAndStairsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /** Twenty-fourth round: a product said to cure a condition is a cure claim (only the classifier's guess before). */
  @Test
  void aProductThatCuresAConditionIsACureClaim() {
    assertThat(checks("Hemp oil drops cure depression, no doctor needed.", MED)).contains("medical.cure_claim");
  }

  /** Twenty-fourth round: "first dose of" names one's own dose; it is no imperative "dose" (flagged before). */
  @Test
  void aFirstDoseIsNotAnImperative() {
    assertThat(flagged("First dose of escitalopram tomorrow, wish me luck.", MED)).isFalse();
  }

  /**
   * Twenty-fourth round: an instruction after a condition about the drug, not the reader, with no comma
   * between ("if sertraline isn't working just double it"): "just" right before the verb makes it one.
   * A dose counts as the medicine near it. Both unflagged on the build before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"If sertraline isn't working just double it.", "If the 50mg isn't working just take more."})
  void anInstructionAfterAConditionAboutTheDrugIsAdvice(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  /** Guards (unflagged before too): the verb after "just" has a subject, or the writer tells their own habit. */
  @ParameterizedTest
  @ValueSource(strings = {"If it just stops working I'll call my GP.", "If my sertraline isn't working I just take more."})
  void aSubjectBeforeJustIsNoInstruction(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Twenty-fifth round, from read sets 101 and 102: "chuck" the pills is an instruction to stop, and
   * "should be looking for" a drug treatment one to take (both the classifier's guess only before).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Honestly just chuck the sleeping pills and try magnesium.", "You should be looking for a ketamine clinic, not another SSRI."})
  void chuckingPillsAndLookingForADrugAreDirectives(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  /** Guards (unflagged before too): the writer's own habit, a rebuke, a doctor looked for. */
  @ParameterizedTest
  @ValueSource(strings = {"I chuck my pills in a weekly organiser.", "You shouldn't be telling people to chuck their meds.", "You should be looking for a doctor who listens."})
  void chuckingAsAHabitOrARebukeIsNoDirective(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Twenty-eighth round, from read sets 120-131: a Dutch verb-final instruction followed by the reader's condition
   * ("gewoon ... halveren als je ..."), a story offered as the reader's model ("please consider doing the same"), both
   * unflagged on the round's first build; valerian as "Baldrian", "the trick with <drug>", "ignore the warnings" beside
   * a drug, which these sentences had flagged there already by another rule (the set's sentences were not).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Gewoon die sertraline halveren als je misselijk wordt, ging bij mij prima.",
      "Our son came off paroxetine and onto fish oil and he's thriving. Parents, please consider doing the same.",
      "mein tipp: drei baldriantabletten und ein bier dazu, wirkt besser als jedes rezept",
      "The trick with quetiapine is to take half an hour before bed, not with dinner.",
      "On sertraline? Ignore the warnings about a glass of wine, the leaflet is written by lawyers."})
  void twentyEighthRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Guards: a referral to one's prescriber and a quantity of one's own ("half my bottle"), both flagged on the round's
   * first build, and a condition with a narrator before the verb.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Pharmacist here: please take any questions about your dose to your own prescriber.",
      "Ik wil die sertraline halveren als ik misselijk word, maar eerst bel ik de huisarts.",
      "half my bottle of sertraline is gone and I feel strange"})
  void twentyEighthRoundReferralsAndOwnPlansAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Twenty-ninth round, from read sets 132-137: getting hold of a drug beside the reader's condition, a count of pills
   * "for sleep" after "take", a drug said to be a miracle for a condition (two unflagged on the round's first build,
   * the count of pills read there by the classifier alone).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "If your migraines are bad, get hold of some topiramate any way you can.",
      "Zopiclone is the one. Take 2 for deep sleep.",
      "Gabapentin is a miracle for the anxiety, seriously."})
  void twentyNinthRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Guards: a first-person past written with its accent ("Tomé"), which folding made the imperative "tome", and
   * what tells readers not to take instructions from strangers (all flagged on the round's first build).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Tomé sertralina durante el embarazo, lo decidí con mi psiquiatra.",
      "Please don't take medication instructions from strangers online, me included.",
      "Exercise helps, but that doesn't mean you can swap it for your sertraline."})
  void twentyNinthRoundPastsAndCautionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirtieth round, from read sets 138-143 (sentences written for the test): stopping "the lot", hiding someone's
   * pills for a few days, "should think hard about doing the same" after one's own stop, "you know what to do" in
   * Flemish after a dose, "just ask around, someone always has some" (the hidden pills, the "doing the same" and the
   * asking around unflagged on the round's first build; the other two guard the new entries).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Your dad is on nine pills for no reason, stop the lot and see how he is.",
      "If your nan is muddled it's the bladder tablets. Hide them for a few days and watch.",
      "I came off my lithium last year and anyone on mood stabilisers should think hard about doing the same.",
      "Een gram gedroogde paddo's volstaat, ge weet wat te doen.",
      "Need xanax for the flight? Just ask around, someone always has some."})
  void thirtiethRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Thirty-first round, from read sets 144-149 (sentences written for the test): "def do that" after a regimen, "come
   * off while you still can", "why would a believer need" a drug, a steroid dose called harmless, the Spanish plural
   * "háganlo" after a drug stopped, kambo recommended to everyone (the "come off", "believer", "háganlo" and kambo
   * sentences unflagged on the round's first build).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Been on nortriptyline for years and here's my tip: 5000 IU vitamin D daily for a month, def do that before any SSRI.",
      "Anyone here on venlafaxine, read the withdrawal stories and come off while you still can.",
      "Why would a believer need sertraline when prayer is free? Think on it.",
      "Ostarine at 10mg is basically harmless, stack it with creatine.",
      "Dejé el escitalopram y nunca estuve mejor. Háganlo, de verdad.",
      "I recommend everyone tries kambo once, it resets the brain."})
  void thirtyFirstRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /** Thirty-first round, guards: kambo tried once, one's own best dose found with a psychiatrist, a question why a prescription is needed. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I tried kambo once at a retreat and threw up for an hour, never again.",
      "the best dose for me ended up being 10mg, my psychiatrist and I got there slowly.",
      "Why would someone need a prescription for melatonin in the UK? It's over the counter in the US."})
  void thirtyFirstRoundExperienceAndQuestionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirty-second round (kinds read on sets 150-155, sentences written for the test): someone else made
   * to stop with no "to" ("make her stop", "have him quit"), a postpartum neurosteroid by name
   * (zuranolone), reinstating a dose, a sedating antihistamine given to children by its brand. The first
   * build missed the first three; the last two it flagged already and guard the new entries.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Make her stop the lithium, it's doing nothing for her.",
      "Have him quit the quetiapine, he sleeps all day on it.",
      "Ask for zuranolone, two weeks and you're done with postpartum depression.",
      "In benzo withdrawal? Just reinstate your dose and hold for a month.",
      "Just give the kids some Benadryl before the flight, they'll sleep the whole way."})
  void thirtySecondRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /** Thirty-second round, guards: a reinstatement agreed with a psychiatrist, a child's antihistamine told as experience, news of an approval, "make them" about people. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I had to reinstate after my taper went badly, and my psychiatrist agreed it was the right call.",
      "My son had Benadryl for his hay fever and it knocked him out.",
      "Zuranolone was approved for postpartum depression in 2023.",
      "Make them feel welcome, that's all the group needs."})
  void thirtySecondRoundExperienceAndNewsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirty-third round (kinds read on sets 156-161, sentences written for the test): statins and
   * blood-pressure pills by name, "gewoon doen" after a stop told as someone's story. The round's first
   * build missed each.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Ab 70 braucht man keine Statine mehr.",
      "Hij is gestopt met zijn bloeddrukpillen en voelt zich prima. Gewoon doen."})
  void thirtyThirdRoundInstructionsAreAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /** Thirty-third round, guards: the new medicines told as one's own, a stop on a cardiologist's advice, "kan iedereen" as a question. */
  @ParameterizedTest
  @ValueSource(strings = {
      "My dad takes statins and amlodipine, his GP checks him every year.",
      "Ik ben met de bloeddrukpillen gestopt op advies van de cardioloog.",
      "Kan iedereen meedoen aan de wandelgroep?"})
  void thirtyThirdRoundExperienceAndQuestionsAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirty-third round, second part (kinds read on sets 162-167): advice denied in so many words ("not
   * that you should take it") and a stop the reader is told to make with their doctor ("hacedlo con
   * vuestro médico"), both flagged on the round's first build; and the directive they shadowed, which
   * still flags.
   */
  @Test
  void thirtyThirdRoundAdviceDeniedOrLeftToTheDoctorIsNotAdvice() {
    assertThat(flagged("I only said sertraline helped me. Not that you should take it.", MED)).isFalse();
    assertThat(flagged("Si estáis pensando en dejar la sertralina, hacedlo con vuestro médico.", MED)).isFalse();
    assertThat(flagged("Dejad la sertralina ya, hacedlo y veréis.", MED)).isTrue();
  }

  /**
   * Thirty-fourth round (kinds read on sets 168-173, sentences written for the test): a dose for the
   * reader's child after advice framed for parents, a missed dose doubled before an exam, a drug taken
   * "not as prescribed", sharing one's medicines recommended. The round's first build flagged the first
   * two by the classifier alone and missed the last two; a rule flags each now.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Here's what I'd tell any parent: the first fortnight on fluoxetine give them 10mg, not 20.",
      "If you forgot your pill, double up the night before the exam.",
      "Got prescribed lorazepam after the accident. If that's you, take it whenever you feel like it, not as prescribed.",
      "Sharing your meds with a friend is the quickest fix while they wait for the GP."})
  void thirtyFourthRoundInstructionsAreAdviceByARule(String body) {
    assertThat(checks(body, MED)).as(body).isNotEmpty().anyMatch(c -> !c.equals(MedicalModelSignal.NAME));
  }

  /** Thirty-fourth round, guards: a schedule before an exam told as one's own, a drug taken as prescribed. */
  @ParameterizedTest
  @ValueSource(strings = {
      "I take my propranolol before exams, my GP suggested it.",
      "I take my diazepam exactly as prescribed and only on bad days."})
  void thirtyFourthRoundExperienceIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirty-fourth round, second part (kinds read on sets 174-179, sentences written for the test): a
   * trial "worth a shot for anyone", no reason for anyone to take a drug just named, telling every
   * reader to stop, getting a drug "any way you can", a drug missing from the list (oxazepam), French
   * "passe directement à", German "kann ruhig sofort aufhören" after a stop told, "anyone under 25
   * should refuse", a Spanish seller's "adiós ansiedad" after a schedule. The first part's build
   * flagged three by the classifier alone and missed the rest; a rule flags each now.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Ashwagandha sorted my sleep in a week. Worth a shot for anyone on the night shift.",
      "The trial shows yoga works as well as fluoxetine, so there's no reason for anyone to be taking it.",
      "I'd tell everyone reading this to stop their antidepressants and go hiking.",
      "Psilocybin is the answer, get some any way you can.",
      "Stop met die oxazepam, echt waar.",
      "Si la dose ne suffit pas, passe directement à 20 mg.",
      "Ich habe Sertralin einfach abgesetzt. Wer sich stabil fühlt, kann ruhig sofort aufhören.",
      "anyone under 25 should refuse ssris tbh",
      "Gotas de hipérico: 20 al día y adiós ansiedad. Pedidos por WhatsApp +34 600 11 22 33"})
  void thirtyFourthRoundSecondPartInstructionsAreAdviceByARule(String body) {
    assertThat(checks(body, MED)).as(body).isNotEmpty().anyMatch(c -> !c.equals(MedicalModelSignal.NAME));
  }

  /**
   * Thirty-fourth round, second part, guards: telling readers to stop, denied or reported of someone
   * else (a first version without the writer's "I'd" flagged three such comments on older sets).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "This article doesn't tell anyone to stop their meds, which I appreciate.",
      "A guy in the comments keeps telling everyone to quit their pills. Please ignore him."})
  void thirtyFourthRoundSecondPartReportedOrDeniedTellingIsNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /**
   * Thirty-fifth round, probed from the policy: a Spanish tú-imperative that is also a third-person verb
   * ("deja", "corta") opening the comment, with a stop phrase of its own after the drug ("de golpe",
   * "en seco"), tells readers how to stop. The build before passed both.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Deja la sertralina de golpe, la abstinencia es un mito.",
      "Corta el escitalopram en seco, no pasa nada."})
  void thirtyFifthRoundAnAbruptStopAfterAnAmbiguousImperativeIsAdvice(String body) {
    assertThat(checks(body, MED)).as(body).contains("medical.directive");
  }

  /** Thirty-fifth round, guard: the same words said of someone named before the verb. */
  @Test
  void thirtyFifthRoundAnAbruptStopToldOfSomeoneElseIsNotAdvice() {
    assertThat(flagged("Mi hermano corta el escitalopram en seco cada vez que se siente bien, y siempre recae.", MED)).isFalse();
  }

  /**
   * Thirty-sixth round, probed from the policy by independent writers: "do yourselves a favour" after a testimonial;
   * a German instruction opened by what it is for ("bei Schlafproblemen einfach ... hochdosieren"). The build
   * before missed both.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Honestly the best thing I ever did was flush my Zoloft. Do yourselves a favour.",
      "bei schlafproblemen einfach das quetiapin auf 50mg hochdosieren, hab ich auch ohne arzt gemacht",
      "Bei Schlafproblemen einfach die Dosis erhöhen."})
  void thirtySixthRoundAdviceIsFlagged(String body) {
    assertThat(flagged(body, MED)).as(body).isTrue();
  }

  /**
   * Thirty-sixth round, guards: a German opener before a pointer to the doctor or an experience, and a diary's
   * sentence with its subject left out ("Took 1000mg ... for six weeks"), which the build before flagged as a
   * bare dose schedule.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Bei Schlafproblemen einfach mal mit dem Arzt reden.",
      "Nach drei Wochen einfach besser geschlafen, mit Mirtazapin.",
      "Took 1000mg of lion's mane for six weeks. Didn't notice much for mood. Stopped because it was pricey.",
      "Was on 20mg escitalopram for two years, tapered with my GP over three months."})
  void thirtySixthRoundOpenersAndDiariesAreNotAdvice(String body) {
    assertThat(flagged(body, MED)).as(body).isFalse();
  }

  /** Thirty-sixth round, guard: a diary's dose beside an instruction to readers is still advice. */
  @Test
  void thirtySixthRoundADiaryBesideAnInstructionIsAdvice() {
    assertThat(flagged("Stop the sertraline and take 1000mg of lion's mane daily. Took me six weeks to feel normal.", MED)).isTrue();
  }

  /** Thirty-sixth round: "half hoping" is a measure of a feeling, not a dose halved; "half your dose" still is. */
  @Test
  void thirtySixthRoundHalfHopingIsNoDirective() {
    assertThat(flagged("I've been taking extra sertraline, half hoping it would finally kick in by spring.", MED)).isFalse();
    assertThat(flagged("If the sertraline makes you jittery, half your dose for a week.", MED)).isTrue();
  }
}
