package io.commentmod.bench;

import java.util.List;

/**
 * The load generator's own comment material, written for this benchmark: reader comments on a
 * health and wellness blog. Placeholders: {n} a number, {d} a domain, {s} a supplement, {m} a medicine.
 */
final class Texts {
  private Texts() {}

  /** Under six words, so the spam-wave check does not fingerprint them, as with real "thanks!" comments. */
  static final List<String> CLEAN_SHORT = List.of(
      "Thank you, this helped.",
      "Really clear, thanks.",
      "Saved this for later.",
      "Sending this to my brother.",
      "Kind and careful writing.",
      "Needed to read this today.",
      "Great summary of the study.",
      "Lovely piece, thank you.",
      "This made my morning.",
      "Beautifully explained.",
      "Thanks for the sources.",
      "More articles like this please!",
      "Such a hopeful read.",
      "Finally someone explains it.",
      "Bookmarked, thank you.");

  static final List<String> CLEAN_SENTENCES = List.of(
      "I read this twice because the part about sleep finally made sense to me.",
      "My grandmother lived with low moods for most of her life and nobody talked about it back then.",
      "The way you described the trial design was easier to follow than the paper itself.",
      "Could you write a follow-up on what the longer studies found?",
      "I walk by the river every evening now and it has become the calmest hour of my day.",
      "It is reassuring to see the limits of the research spelled out so honestly.",
      "Our reading group discussed this article last Thursday and it started a good conversation.",
      "I appreciated that you linked to the original publication instead of a press release.",
      "The chart comparing the groups was a little hard to read on my phone.",
      "After {n} years of working night shifts I recognise a lot of what you describe.",
      "My therapist mentioned something similar and it was nice to see the evidence behind it.",
      "I had never heard of neuroplasticity before this and now I want to learn more.",
      "The section on placebo effects was fascinating and a bit humbling.",
      "It took me a long time to ask for help, and articles like this make that step smaller.",
      "I wonder how much of the effect comes from simply having a routine.",
      "Please keep the tone this calm, it really matters for readers like me.",
      "I printed this out for my mother who does not use the internet much.",
      "We started cooking together as a family on Sundays and it has helped all of us.",
      "I was sceptical at first but the explanation of the sample sizes convinced me to read on.",
      "The interview with the researcher at the end was my favourite part.",
      "I would love to know whether the results held up in older adults.",
      "Gardening has been my quiet place through a difficult winter.",
      "Thank you for not overselling the findings like so many headlines do.",
      "I shared this in a support group of about {n} people and several found it useful.",
      "This is the first article on the topic that did not leave me feeling worse.",
      "I noticed the study was funded publicly, which I think is worth mentioning.",
      "Some of the terms were new to me but the glossary at the bottom helped.",
      "Reading this on the train home, and it put me in a better frame of mind.",
      "My doctor and I talked about this last week and we agreed to keep things as they are.",
      "The comparison with exercise studies was a helpful bit of context.",
      "I have been journaling for {n} days in a row now, small steps.",
      "It would be great to see a piece on how to talk about this with teenagers.",
      "The paragraph about stigma at work hit close to home.",
      "I like that you mention the side effects people worry about without dramatising them.",
      "Our local library has started a wellbeing shelf and I will suggest this blog to them.",
      "There is a typo in the third paragraph, otherwise a great article.",
      "I keep coming back to this blog because it treats readers as adults.",
      "Those mushroom photos were gorgeous, who took them?",
      "I am a nurse and I will recommend this explanation to patients who ask me questions.",
      "Honest writing about uncertainty is rare, thank you for it.");

  static final List<String> SPAM = List.of(
      "Earn ${n} a week from your kitchen table, no experience needed, sign up at http://{d}/start",
      "Cheap meds without prescription, fast shipping worldwide, order now at http://{d}/pharmacy",
      "Great post! For free spins and a no deposit bonus visit http://{d}/casino today",
      "Best replica watches on the market, {n}% off this week only at http://{d}/deals",
      "I made ${n} last month trading crypto with this simple system, message me on https://t.me/profit{n}",
      "Looking for a real spell caster? Contact the great healer at http://{d}/love-spells",
      "Nice article. Buy backlinks and boost your ranking, {n} links for $5 at http://{d}/seo",
      "Click here https://bit.ly/{n}x to claim your gift card before midnight!!!",
      "WORK FROM HOME!!! call +1 555 {n} 0199 now, limited places, earn big money fast",
      "Lose {n} pounds in one week with this miracle tea, order at http://{d}/slim http://{d}/offer http://{d}/buy");

  /** Advice to other readers about their treatment: the medical queue. */
  static final List<String> MEDICAL = List.of(
      "You should all stop taking your antidepressants and switch to {s}, {n} mg a day worked better for me.",
      "Anyone on {m} can just double the dose when they feel low, there is no need to ask a doctor.",
      "If your pills make you tired, cut them in half and skip the weekend doses, that is what I do.",
      "Do not listen to your psychiatrist, come off {m} straight away, the withdrawal is all in your head.",
      "Mix {s} with your {m} for a stronger effect, take {n} capsules in the morning.",
      "Everyone reading this should try microdosing instead of the medication their GP gave them.",
      "Your doctor is wrong, {s} cures depression, take {n} mg twice a day and throw the prescriptions away.",
      "You can safely take {m} with alcohol, just increase to {n} mg on those nights.");

  /** Risk of self-harm: the urgent queue. */
  static final List<String> URGENT = List.of(
      "I don't think I can keep going much longer, tonight I just want it all to stop.",
      "I have been saving my pills for weeks and I think I am ready to end my life.",
      "Nobody would even notice if I was gone, I have written goodbye letters already.",
      "I keep thinking about killing myself and today the thoughts are louder than ever.",
      "There is no point anymore, I have decided to hurt myself after everyone is asleep.",
      "I want to die and I don't see any other way out of this.");

  static final List<String> DOMAINS = List.of(
      "best-deals-now.example", "quick-cash.example", "pharma-shop.example", "lucky-spin.example",
      "seo-booster.example", "miracle-tea.example", "watch-outlet.example", "healer-help.example");

  static final List<String> SUPPLEMENTS = List.of("St John's wort", "lion's mane", "ashwagandha", "5-HTP", "kratom", "magnesium");

  static final List<String> MEDICINES = List.of("sertraline", "fluoxetine", "lithium", "venlafaxine", "citalopram", "mirtazapine");

  static final List<String> FIRST_NAMES = List.of(
      "Robin", "Sam", "Alex", "Maria", "Jonas", "Aiko", "Priya", "Tomasz", "Lea", "Kwame", "Ines", "Oren", "Fatima",
      "Hugo", "Mei", "Noah", "Sofia", "Ravi", "Elena", "Dara");

  static final List<String> ARTICLES = List.of(
      "antidepressants-neuroplasticity", "psilocybin-research", "lions-mane", "exercise-and-mood");
}
