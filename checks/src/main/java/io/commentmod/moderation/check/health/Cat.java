package io.commentmod.moderation.check.health;

/**
 * Lexicon categories; a lexicon file's {@code [SECTION]} headers name them. The medical-advice and
 * self-harm lexicons are separate tries, so each category belongs to one of the two.
 */
enum Cat {
  // ---- medical advice ----
  /** A medication, drug class, supplement or psychedelic; payload = index into {@link Drugs}. */
  DRUG,
  /** Generic medication words: meds, pills, tablets, medication. */
  MED,
  /** dose, doses, dosage. */
  DOSE_WORD,
  /** A complete amount: "200 mg", "2 g", "half a tablet". */
  DOSE,
  /** A schedule or duration: "twice a day", "every other day", "for two weeks". */
  SCHEDULE,
  /** Psychological or medical care: therapy, therapist, treatment. */
  TREATMENT,
  /** Non-drug remedies offered as substitutes: exercise, meditation, cold showers, fasting. */
  REMEDY,
  /** doctor, GP, psychiatrist, pharmacist, prescriber. */
  DOCTOR,
  /** Verbs that start, add or change a drug: take, try, add, combine, switch, double, raise. */
  DIR_START,
  /** Verbs that stop, cut or drop a drug or treatment: stop, quit, ditch, skip, taper, halve, don't take. */
  DIR_STOP,
  /** Second-person or generic subject: you, everyone, anyone, whoever. */
  SUBJ2,
  /** Modal verbs after a {@link #SUBJ2}: should, need to, have to, can. */
  MODAL,
  /** Modal that already carries the second person: "deberías", "solltest", "je moet", "so should you". */
  MODAL2,
  /** "you don't need", "no need for", "ihr braucht keine". */
  NO_NEED,
  /** Words skipped when looking for an imperative at a clause start: just, so, then, please, don't. */
  LEAD,
  /** Opens a genuine question even without "?": has anyone, should I, is it safe. */
  QUESTION_OPEN,
  /** Question forms that are really suggestions: why not just, have you tried. */
  RHETORICAL,
  /** Advice framing: my advice, trust me, do the same, you'll thank me, I recommend. */
  ADVICE,
  /** Praise that turns a dose or combination into a recommendation: works like a charm, great stack. */
  ENDORSE,
  /** Cure claims: cured my depression, cures, healed me. */
  CURE,
  /** Comparisons against treatment: better than, does everything ... does, the real antidepressant. */
  COMPARE,
  /** Replacement framing: instead of, rather than, in place of. */
  REPLACE,
  /** Anti-treatment rhetoric: poison, just mask, doctors are useless. */
  ANTI_MED,
  /** Verbs that point to a professional when followed by {@link #DOCTOR}: ask, talk to, check with. */
  SAFE_VERB,
  /** Complete doctor-pointing phrases: under medical supervision, with your doctor. */
  SAFE,
  /** The writer as subject: I, I'm, my, me. */
  FIRST,
  /** Study discussion: the study, participants, patients, placebo, trial. */
  STUDY,
  /** Object pronouns standing for a drug just named: it, them, these, yours. */
  PRONOUN,
  /** Joins two drugs: with, +, together, alongside, on top of. */
  CONNECT,
  /** Opens a conditional clause, whose "you can ..." is not an instruction: if, when, unless. */
  CONDITIONAL,
  /** Joins two imperatives: and, then. */
  COORD,
  /** A story framed for readers without the words of advice: just saying, make of that what you will, not a doctor but. */
  INSINUATE,
  /** A change of a drug told as done: swapped, replaced, got off, came off, abgesetzt (read by {@link TestimonialAdvice} only). */
  SWITCHED,
  /** Neutral phrases that shadow a shorter match: double blind, take care, try again. */
  NEUTRAL,

  // ---- self-harm ----
  /** Explicit act against oneself: kill myself, end my life, take my own life, hang myself. */
  SH_ACT,
  /** The same act said of someone else: kill himself, end her life. */
  SH_ACT_OTHER,
  /** Suicide words that may be statistics or topic: suicidal, suicide, self-harm. */
  SH_TOPIC,
  /** Desire or intention: want to, wish, thinking about, ready to, going to; payload 1 past, payload 2 a whole phrase with its own death word. */
  SH_DESIRE,
  /** What is desired, when it means death: die, be dead, disappear, end it, not wake up. */
  SH_DEATH,
  /** Hopelessness about living: no reason to live, don't see the point of going on, better off without me. */
  SH_HOPELESS,
  /** Preparation, farewell, means or timing: stockpiling pills, saying goodbye, written letters, one last. */
  SH_PLAN,
  /** Self-injury: cutting again, cut myself, burn myself. */
  SH_INJURY,
  /** General distress and despair, weaker: I hate myself, nobody cares, I feel worthless. */
  SH_DISTRESS,
  /** The writer: I, me, my. */
  SH_SELF,
  /** Someone else the writer describes: he, she, my brother, my friend. */
  SH_OTHER,
  /** Past-time markers: years ago, back in, used to, when I was. */
  SH_PAST,
  /** Present-time markers: now, still, again, anymore, tonight. */
  SH_PRESENT,
  /** Hope or hearsay that voids a following recovery phrase: if, hoping, they say. */
  SH_IRREALIS,
  /** Recovery: doing well now, got me through, glad I'm still here. */
  SH_RESOLVED,
  /** Statistics and study talk: %, survey, participants, reported, side effect. */
  SH_STAT,
  /**
   * Said to be meant, not a joke: not a joke, not hyperbole, I mean it, no es broma, kein Witz.
   * Payload 1: said to be only half a joke (half joking, no tan broma, geen grapje meer): beside a
   * place to fall from or a word of dying in its sentence or the next, a cue (twenty-eighth round).
   */
  SH_MEANT,
  /** A place to fall or be hit from: the bridge, the tracks, the level crossing, the ledge. */
  SH_PLACE,
  /** Lingering there: just stand there, look down, wait for a train to come. */
  SH_LINGER,
  /**
   * A means at hand named as a thing: a shotgun, a rope, a scalpel, a gun safe, a medicine cabinet.
   * No rule cue (farmers own guns), but a cue for the classifier (twenty-seventh round).
   */
  SH_MEANS,
  /** A relapse told as an event: relapsed, rechuté, Rückfall; a cue only beside a self-injury word (self-injury) or a suicide-topic word (ideation). */
  SH_RELAPSE,
  /**
   * The writer counting themselves among those a risk word describes: that's been me, I'm one of
   * them, j'en fais partie, asking for me; a cue only within two sentences of a suicide-topic word (a
   * statistic too; one sentence until the twenty-fifth round, when a question between the topic and
   * "asking for me" was let through).
   */
  SH_METOO,
  /**
   * A return told with its time: see you in July, back next week, nos leemos en septiembre, bis
   * Montag. A farewell or plan in its sentence or the one before is a break, not a last word
   * (twenty-sixth round).
   */
  SH_RETURN,
  /**
   * Said to be safe or everyday: he's not in danger, not in crisis, geen acute zorgen, night all.
   * Beside no classifier cue but low mood the classifier does not read the comment (twenty-seventh
   * round): low mood, tiredness and worry told as such are what it mistakes most often. Payload 1: a dark
   * reading denied ("not in a scary way"), which also drops the rule cues before it in its sentence or the
   * one before (thirtieth round).
   */
  SH_SAFE,
  /**
   * A joke told as one: lol, jk, just kidding, not literally, jajaja, mdr. An exasperation idiom
   * ({@code SH_ACT 1}: "kill me now") with one in its sentence or the next, and nothing said to be
   * meant, is no statement of intent (twenty-eighth round). Payload 1: an exasperation opener ("if I have to hear
   * one more", "if one more person tells me"): what follows it in its sentence is hyperbole. Payloads 5 and 6: the
   * two halves of such an opener with a quote between them ("if I hear" ... "one more time"), hyperbole only
   * together (thirtieth round); neither is a joke word alone.
   */
  SH_JOKE,
  /** Idioms that shadow a shorter match: dying to, kill for, bored to death, killed me. */
  SH_NEUTRAL,
  /**
   * A time only days past: last night, yesterday, on Saturday, last week, two days ago. A recovery
   * told beside one ("I took all my pills on Saturday. I'm fine now") resolves nothing: an attempt or
   * a wish to die that recent is a present risk (thirty-third round).
   */
  SH_RECENT;

  private static final Cat[] ALL = values();
  static final int COUNT = ALL.length;

  static Cat of(int ordinal) {
    return ALL[ordinal];
  }
}
