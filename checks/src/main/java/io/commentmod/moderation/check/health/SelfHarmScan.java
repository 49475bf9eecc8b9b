package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.SelfHarmCheck.HOPELESSNESS;
import static io.commentmod.moderation.check.health.SelfHarmCheck.IDEATION;
import static io.commentmod.moderation.check.health.SelfHarmCheck.PLAN;
import static io.commentmod.moderation.check.health.SelfHarmCheck.SELF_INJURY;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-harm rules over one comment's lexicon hits. Every cue is kept unless the whole comment
 * reads as a resolved past ("years ago I was suicidal, now I'm doing well"): all its cues in past
 * tense and a recovery phrase present. Weak cues (a farewell, "I don't know what to do") count only
 * in pairs or beside a stronger cue.
 */
final class SelfHarmScan {
  private static final int DESIRE_GAP = 3;
  /** Most words between the end of hope or hearsay and the recovery phrase it makes unreal. */
  private static final int IRREALIS_GAP = 2;
  /** How far back a hope or hearsay phrase may start (longer than any such phrase plus the gap). */
  private static final int IRREALIS_REACH = 12;
  /** Distinct weak cues (farewells, first-person distress) that together raise the flag. */
  private static final int WEAK_NEEDED = 2;
  /** How many background words ("lonely", "my depression") may stand in for a second weak cue. */
  private static final int BACKGROUND_MAX = 1;
  private static final int PERSON_WINDOW = 15;
  private static final int STAT_WINDOW = 6;
  private static final int TENSE_LOOKBACK = 10;
  private static final int TENSE_LOOKAHEAD = 6;
  /** How many words open a sentence, for a time phrase that sets the whole sentence in the past. */
  private static final int OPENING = 3;

  private record Cue(String check, double score, String detail, int[][] ranges, boolean past, boolean weak) {}

  private final CommentText text;
  private final Tokens t;
  private final Hits h;
  private final HitIndex x;
  private final List<Cue> cues = new ArrayList<>();

  SelfHarmScan(Tokens t, Hits h, CommentText text) {
    this.text = text;
    this.t = t;
    this.h = h;
    x = new HitIndex(t, h, text);
  }

  Reasons run() {
    boolean resolved = false;
    boolean passed = false;
    java.util.Set<String> background = new java.util.HashSet<>();
    java.util.BitSet pastSentences = new java.util.BitSet();
    for (int k = 0; k < h.size; k++) {
      Cat c = Cat.of(h.category[k]);
      switch (c) {
        case SH_ACT -> {
          // payload 1: an exasperation idiom ("kill me now"), no intent when told as a joke
          if (h.payload[k] == 1 && toldAsJoke(t, h, text, k)) continue;
          cue(IDEATION, 0.95, "states suicidal intent: \"" + words(k) + "\"", k, k, false);
        }
        case SH_ACT_OTHER -> {
          if (h.payload[k] == 1) cue(IDEATION, 0.6, "someone else's suicide: \"" + words(k) + "\"", k, k, true);
          else cue(IDEATION, 0.9, "about someone else: \"" + words(k) + "\"", k, k, false);
        }
        case SH_TOPIC -> topic(k);
        case SH_DESIRE -> desire(k);
        case SH_HOPELESS -> {
          // "this is my last post until September": a break told in the same sentence (twenty-ninth round)
          if (!returnLaterInSentence(t, h, k)) cue(HOPELESSNESS, 0.85, "no reason to go on: \"" + words(k) + "\"", k, k, false);
        }
        case SH_PLAN -> {
          // payload 1: a weak farewell or alarm; payload 3: as weak, and no cue for the classifier;
          // payload 4: as weak, only when it closes its sentence ("I've decided." with nothing decided said)
          if (h.payload[k] == 4 && (h.to[k] != t.sentenceEnd[t.sentence[h.from[k]]] || namedAfter(t, h, k))) continue;
          if (returnAfter(t, h, k)) continue;
          boolean weakPlan = h.payload[k] == 1 || h.payload[k] == 3 || h.payload[k] == 4;
          cue(PLAN, weakPlan ? 0.6 : 0.95,
              (weakPlan ? "farewell or alarm: \"" : "preparation or farewell: \"") + words(k) + "\"", k, k, weakPlan);
        }
        // payload 1: self-injury named as something stopped ("clean from cutting"): context for a relapse, no cue
        case SH_INJURY -> {
          if (h.payload[k] != 1 && !insideRecovery(k)) cue(SELF_INJURY, 0.95, "self-injury: \"" + words(k) + "\"", k, k, false);
        }
        case SH_PLACE -> near(k, Cat.SH_LINGER, 1, PLAN, "lingering at a place to fall or be hit from");
        case SH_RELAPSE -> {
          if (!near(k, Cat.SH_INJURY, 2, SELF_INJURY, "relapse beside self-injury")) near(k, Cat.SH_TOPIC, 2, IDEATION, "relapse beside suicidal thoughts");
        }
        // two sentences: a question may stand between the topic and "asking for me"
        // ... or beside someone's suicide told as an act ("lost four from my unit to suicide ... I get it now")
        case SH_METOO -> {
          if (!near(k, Cat.SH_TOPIC, 2, IDEATION, "the writer counts themselves in")) near(k, Cat.SH_ACT_OTHER, 2, IDEATION, "the writer counts themselves in");
        }
        case SH_DISTRESS -> {
          if (h.payload[k] == 2) background.add(words(k));
          else if (h.payload[k] == 1 && namedAfter(t, h, k) || laughedOff(t, h, text, k)) continue;
          else cue(HOPELESSNESS, h.payload[k] == 1 ? 0.55 : 0.6, "distress: \"" + words(k) + "\"", k, k, h.payload[k] == 1);
        }
        // payload 1: only time told to have passed ("I'm 41 now"), which resolves a past with no present distress;
        // payload 2: the same, said of what the sentence before or this one told ("That was three years ago.")
        case SH_RESOLVED -> {
          if (h.payload[k] == 0) resolved |= !irrealisBefore(t, h, k);
          else if (!irrealisBefore(t, h, k) && (h.payload[k] == 1 || !presentLater(k))) {
            passed = true;
            if (h.payload[k] == 2) {
              int s = t.sentence[h.from[k]];
              pastSentences.set(Math.max(0, s - 1), s + 1);
            }
          }
        }
        case SH_NEUTRAL -> meantIdiom(k);
        case SH_MEANT -> {
          if (h.payload[k] == 1) halfMeant(k);
        }
        default -> { }
      }
    }
    // "If I have to hear one more podcast bro ... I'm going to walk into the sea": hyperbole, unless said to be meant
    cues.removeIf(q -> exasperated(t, h, q.ranges[0][0]) || denied(t, h, q.ranges[0][0]));
    Reasons reasons = new Reasons();
    int strong = 0;
    int strongPast = 0;
    int weak = 0;
    int weakDistress = 0;
    java.util.Set<String> weakSeen = new java.util.HashSet<>();
    for (Cue q : cues) {
      if (q.weak) {
        if (!q.past && weakSeen.add(q.detail)) {
          weak++;
          if (q.check.equals(HOPELESSNESS)) weakDistress++;
        }
      }
      else {
        strong++;
        if (q.past || pastSentences.get(t.sentence[q.ranges[0][0]]) || anchoredInPast(q.ranges[0][0]) || quotedFromSource(q)) strongPast++;
      }
    }
    // time passed resolves a past unless the present holds distress ("I'm 24 now and I feel lost");
    // a reader's plea to others ("please talk to someone") is no distress of the writer's
    // ... but not when the past is only days old ("on Saturday", "last night"): that is a present risk
    if ((resolved || passed && weakDistress == 0) && strongPast == strong && !h.any(Cat.SH_RECENT)) return reasons;
    if (strong == 0 && (weak == 0 || weak + Math.min(background.size(), BACKGROUND_MAX) < WEAK_NEEDED)) return reasons;
    for (Cue q : cues) reasons.add(q.check, q.score, q.detail + (q.past ? " (past)" : ""), q.ranges);
    return reasons;
  }

  private void cue(String check, double score, String detail, int fromHit, int toHit, boolean weak) {
    boolean past = isPast(fromHit, toHit);
    cues.add(new Cue(check, score, detail, new int[][] {{h.from[fromHit], h.to[fromHit]}, {h.from[toHit], h.to[toHit]}}, past, weak));
  }

  /**
   * The bereavement phrase (someone else's completed suicide, {@code SH_ACT_OTHER} payload 1) that
   * holds hit {@code k} ("suicide" in "lost my brother to suicide"), or -1 when none does.
   */
  static int bereavementAround(Hits h, int k) {
    for (int j = 0; j < h.size; j++) {
      if (j != k && h.is(j, Cat.SH_ACT_OTHER) && h.payload[j] == 1 && h.from[j] <= h.from[k] && h.to[j] >= h.to[k]) return j;
    }
    return -1;
  }

  /** "suicidal", "self-harm": a cue when said of a person, not when it is a statistic or a topic. */
  private void topic(int k) {
    if (insideRecovery(k)) return; // "I haven't self-harmed for six years" (twenty-sixth round)
    // "lost my brother to suicide": the bereavement phrase is the cue (weak alone), not its last word
    if (bereavementAround(h, k) >= 0) return;
    int s = t.sentence[h.from[k]];
    boolean personal = false;
    boolean stat = false;
    for (int j = 0; j < h.size; j++) {
      if (j == k || t.sentence[h.from[j]] != s) continue;
      int distance = h.from[j] < h.from[k] ? h.from[k] - h.to[j] : h.from[j] - h.to[k];
      if (distance <= PERSON_WINDOW && (h.is(j, Cat.SH_SELF) || h.is(j, Cat.SH_OTHER))) personal = true;
      if (distance <= STAT_WINDOW && h.is(j, Cat.SH_STAT)) stat = true;
    }
    if (personal && !stat) cue(IDEATION, 0.9, "suicidal feelings: \"" + words(k) + "\"", k, k, false);
  }

  /**
   * A cue made of hit {@code k} and a hit of {@code partner} at most {@code sentences} sentences
   * away, either side: each alone is ordinary ("the bridge", "I relapsed"), together they are
   * a plan or a relapse into self-injury ("I walk to the bridge ... and just stand there").
   */
  private boolean near(int k, Cat partner, int sentences, String check, String what) {
    int s = t.sentence[h.from[k]];
    for (int j = 0; j < h.size; j++) {
      if (j != k && h.is(j, partner) && Math.abs(t.sentence[h.from[j]] - s) <= sentences) {
        int first = Math.min(j, k), last = Math.max(j, k);
        cues.add(new Cue(check, 0.9, what + ": \"" + words(first) + "\" ... \"" + words(last) + "\"",
            new int[][] {{h.from[k], h.to[k]}, {h.from[j], h.to[j]}}, isPast(k, k) && isPast(j, j), false));
        return true;
      }
    }
    return false;
  }

  /**
   * Death preferred to something ("I'd rather die than...") that the writer says is meant, in
   * its own sentence or the next or the one before ("... except lately it's not hyperbole", "no es
   * broma"): the idiom is then a wish to die, not exasperation.
   */
  private void meantIdiom(int k) {
    if (!DeathWords.preferred(t, h.from[k], h.to[k])) return;
    int s = t.sentence[h.from[k]];
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SH_MEANT) && Math.abs(t.sentence[h.from[j]] - s) <= 1) {
        cues.add(new Cue(IDEATION, 0.9, "death preferred, said to be meant: \"" + words(k) + "\" ... \"" + words(j) + "\"",
            new int[][] {{h.from[k], h.to[k]}, {h.from[j], h.to[j]}}, false, false));
        return;
      }
    }
  }

  /**
   * A place to fall from or a word of dying, in the sentence of "only half joking" (hit {@code k}) or
   * the one before: "I'll jump off the bridge 😅 ok, half joking", "they can put that on my headstone.
   * only half joking." A joke said to be half meant is half a statement.
   */
  private void halfMeant(int k) {
    int s = t.sentence[h.from[k]];
    int reach = s >= 2 && shortJoke(s - 1) ? s - 2 : s - 1;
    for (int j = 0; j < h.size; j++) {
      int sj = t.sentence[h.from[j]];
      if (j == k || sj > s || sj < reach) continue;
      if (h.is(j, Cat.SH_PLACE) || h.is(j, Cat.SH_MEANS) || h.is(j, Cat.SH_DEATH) && !inIdiom(j)) {
        int first = Math.min(j, k), last = Math.max(j, k);
        cues.add(new Cue(IDEATION, 0.9, "said to be only half a joke: \"" + words(first) + "\" ... \"" + words(last) + "\"",
            new int[][] {{h.from[j], h.to[j]}, {h.from[k], h.to[k]}}, false, false));
        return;
      }
    }
  }

  /** Most words in a sentence that is only a joke word ("je rigole.", "jk."), which "half" may reach over. */
  private static final int SHORT_JOKE = 3;

  /**
   * Whether sentence {@code s} is a joke word and little else ("je rigole. enfin, à moitié."): "only half"
   * after it reaches back over it to the sentence before (twenty-ninth round).
   */
  private boolean shortJoke(int s) {
    int from = t.sentenceStart[s];
    int to = s + 1 < t.sentences ? t.sentenceStart[s + 1] : t.size;
    if (to - from > SHORT_JOKE) return false;
    for (int j = 0; j < h.size; j++) {
      if (jokeWord(h, j) && t.sentence[h.from[j]] == s) return true;
    }
    return false;
  }

  /** A joke word ({@code SH_JOKE}), not the two halves of a quoted exasperation opener (payloads 5 and 6). */
  private static boolean jokeWord(Hits h, int j) {
    return h.is(j, Cat.SH_JOKE) && h.payload[j] != 5 && h.payload[j] != 6;
  }

  /**
   * Whether exasperation idiom {@code k} ("kill me now") is told as a joke: a joke word ({@code SH_JOKE})
   * or a laughing emoji after it in its sentence or the next, and nothing said to be meant ({@code
   * SH_MEANT}) within a sentence of it ("Kill me now, the insurer wants another form 😂", "kill me now.
   * (not literally)"); or a joke word before it in its own sentence ("jajaja lo de las apps me mató",
   * thirty-third round). "Kill me now. Half joking." stays a statement. Then it is no cue for the
   * classifier either ({@link SelfHarmModelSignal}).
   */
  static boolean toldAsJoke(Tokens t, Hits h, CommentText text, int k) {
    return jokeAfter(t, h, text, k, t.sentence[h.from[k]] + 1) || jokeBeforeInSentence(t, h, k);
  }

  /** A joke word before hit {@code k} in its sentence, and nothing meant within a sentence of it. */
  private static boolean jokeBeforeInSentence(Tokens t, Hits h, int k) {
    int s = t.sentence[h.from[k]];
    if (meantWithinASentence(t, h, s)) return false;
    for (int j = 0; j < h.size; j++) {
      if (jokeWord(h, j) && h.to[j] <= h.from[k] && t.sentence[h.from[j]] == s) return true;
    }
    return false;
  }

  /**
   * Whether distress phrase {@code k} ("I'm dying inside") is laughed off in its own sentence: a joke word
   * or a laughing emoji after it there, and nothing said to be meant within a sentence ("... dying inside
   * every evening at witching hour 😂"). Then it is no cue, and no cue for the classifier either
   * (twenty-ninth round).
   */
  static boolean laughedOff(Tokens t, Hits h, CommentText text, int k) {
    return h.is(k, Cat.SH_DISTRESS) && h.payload[k] != 2 && jokeAfter(t, h, text, k, t.sentence[h.from[k]]);
  }

  /** A joke word or laughing emoji after hit {@code k} up to the end of sentence {@code last}, and nothing meant beside it. */
  private static boolean jokeAfter(Tokens t, Hits h, CommentText text, int k, int last) {
    int s = t.sentence[h.from[k]];
    if (meantWithinASentence(t, h, s)) return false;
    for (int j = 0; j < h.size; j++) {
      if (jokeWord(h, j) && h.from[j] >= h.to[k] && t.sentence[h.from[j]] <= last) return true;
    }
    return laughingEmojiAfter(t, h, text, k, last);
  }

  /** Whether something is said to be meant ({@code SH_MEANT}: "not joking", "half joking") in sentence {@code s} or one beside it. */
  private static boolean meantWithinASentence(Tokens t, Hits h, int s) {
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SH_MEANT) && Math.abs(t.sentence[h.from[j]] - s) <= 1) return true;
    }
    return false;
  }

  /** Whether a laughing emoji stands in the original text after hit {@code k}, up to the end of sentence {@code last}. */
  private static boolean laughingEmojiAfter(Tokens t, Hits h, CommentText text, int k, int last) {
    int from = text.originalSpan(t.start[h.to[k] - 1], t.end[h.to[k] - 1]).end();
    int nextSentence = last + 1 < t.sentences ? t.sentenceStart[last + 1] : -1;
    int to = nextSentence < 0 ? text.original().length() : text.originalSpan(t.start[nextSentence], t.end[nextSentence]).start();
    String o = text.original();
    for (int i = from; i < to; ) {
      int cp = o.codePointAt(i);
      if (LAUGHING.indexOf(cp) >= 0) return true;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Laughing and sheepish faces: 😂 🤣 😅 😆 😜 😝 🙈 😹; since the twenty-ninth round exasperated ones: 😩 😫 🙄 🤦. */
  private static final String LAUGHING = "\uD83D\uDE02\uD83E\uDD23\uD83D\uDE05\uD83D\uDE06\uD83D\uDE1C\uD83D\uDE1D\uD83D\uDE48\uD83D\uDE39"
      + "\uD83D\uDE29\uD83D\uDE2B\uD83D\uDE44\uD83E\uDD26";

  /**
   * Whether token {@code tok} follows an exasperation opener in its sentence ({@code SH_JOKE 1}: "if I have to hear
   * one more ...", "if one more person tells me ...") with nothing said to be meant ({@code SH_MEANT}) within a
   * sentence: then what follows is hyperbole ("... I'm going to walk into the sea"), no cue, and no cue for the
   * classifier either ({@link SelfHarmModelSignal}). "... I'm going to walk into the sea. And I'm only half joking"
   * stays a statement (twenty-eighth round).
   */
  static boolean exasperated(Tokens t, Hits h, int tok) {
    int s = t.sentence[tok];
    for (int j = 0; j < h.size; j++) {
      if (!h.is(j, Cat.SH_JOKE) || t.sentence[h.from[j]] != s || h.to[j] > tok) continue;
      if (h.payload[j] == 1 || h.payload[j] == 5 && againBefore(t, h, j, tok)) return !meantWithinASentence(t, h, s);
    }
    return false;
  }

  /**
   * Whether "one more time" or "ever again" ({@code SH_JOKE 6}) stands between opener {@code k} ("if I hear",
   * {@code SH_JOKE 5}) and token {@code tok}: "if I hear 'it's quiet tonight' one more time I'm throwing
   * myself off the helipad" is exasperation with the quote between (thirtieth round); "if I see him I'll ..."
   * is not.
   */
  private static boolean againBefore(Tokens t, Hits h, int k, int tok) {
    for (int j = k + 1; j < h.size && h.from[j] < tok; j++) {
      if (h.is(j, Cat.SH_JOKE) && h.payload[j] == 6 && h.from[j] >= h.to[k] && h.to[j] <= tok) return true;
    }
    return false;
  }

  /**
   * Whether a dark reading is denied ({@code SH_SAFE 1}: "not in a scary way") after token {@code tok} in its
   * sentence or the next, with nothing said to be meant within a sentence: "I wanted to disappear when it ended.
   * Not in a scary way, I mean move abroad" (thirtieth round).
   */
  static boolean denied(Tokens t, Hits h, int tok) {
    int s = t.sentence[tok];
    for (int j = 0; j < h.size; j++) {
      if (!h.is(j, Cat.SH_SAFE) || h.payload[j] != 1 || h.from[j] <= tok) continue;
      int sj = t.sentence[h.from[j]];
      if (sj == s || sj == s + 1) return !meantWithinASentence(t, h, sj);
    }
    return false;
  }

  /**
   * Whether weak cue {@code k} is followed at once by what it names: its last word again and "with"
   * or "of" ("I'm done. Done with the christmas shopping."). What is named then carries its own cue
   * when it is a life ("done with life"); the bare phrase is no farewell, and no cue for the classifier.
   * Since the thirty-fifth round also "of" or "with" right after it, in its clause, before a thing that is
   * not life itself or everything ("I want out of this job"; not "out of this life", "out of it all").
   */
  static boolean namedAfter(Tokens t, Hits h, int k) {
    int next = h.to[k];
    if (next + 1 >= t.size) return false;
    if (sameWord(t, h.to[k] - 1, next) && (t.wordIs(next + 1, "with") || t.wordIs(next + 1, "of"))) return true;
    if (!(t.wordIs(next, "of") || t.wordIs(next, "with")) || t.clause[next] != t.clause[h.from[k]]) return false;
    int w = next + 1;
    while (w < t.size && t.clause[w] == t.clause[next] && DETERMINERS.contains(t.word(w))) w++;
    return w < t.size && t.clause[w] == t.clause[next] && !NOT_A_THING.contains(t.word(w));
  }

  private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
      "this", "that", "these", "those", "the", "my", "our", "your", "his", "her", "their", "a", "an", "all");
  /** What "out of" or "done with" may name that is living itself, or everything ("out of it all"). */
  private static final java.util.Set<String> NOT_A_THING = java.util.Set.of(
      "life", "living", "lives", "everything", "it", "this", "that", "existing", "existence", "being", "me", "myself",
      "here", "trying", "fighting", "world", "earth", "people", "everyone", "everybody", "anything", "things", "pain",
      "suffering", "body", "head", "misery", "hell", "struggle", "struggling");

  private static boolean sameWord(Tokens t, int a, int b) {
    return java.util.Arrays.equals(t.folded, t.foldStart[a], t.foldEnd[a], t.folded, t.foldStart[b], t.foldEnd[b]);
  }

  /** "want to" + "die", "thinking about" + "ending it", with at most two words between. */
  private void desire(int k) {
    // payload 2: the phrase holds its own death word, shadowed inside it ("the only time I don't want to die")
    if (h.payload[k] == 2) {
      cue(IDEATION, 0.9, "desire to die: \"" + words(k) + "\"", k, k, false);
      return;
    }
    int clause = t.clause[h.from[k]];
    for (int j = k + 1; j < h.size && h.from[j] <= h.to[k] + DESIRE_GAP && t.clause[h.from[j]] == clause; j++) {
      if (h.from[j] >= h.to[k] && h.is(j, Cat.SH_DEATH)) {
        if (inIdiom(j)) continue; // "can't wait to be dead tired": the death word belongs to the idiom
        boolean past = h.payload[k] == 1 && !presentAfter(j, true);
        Cue base = new Cue(IDEATION, 0.9, "desire to die: \"" + original(h.from[k], h.to[j]) + "\"",
            new int[][] {{h.from[k], h.to[j]}}, past || isPast(k, j), false);
        cues.add(base);
        return;
      }
    }
  }

  /**
   * Whether plan hit {@code k} is also said to be everyday ({@code SH_SAFE} over the same words: "Night
   * all"): then it is no cue for the classifier ({@link SelfHarmModelSignal}), though still a weak cue for
   * the rules beside another ("what's the point. genuinely. night all"; twenty-ninth round).
   */
  static boolean saidEveryday(Hits h, int k) {
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SH_SAFE) && h.from[j] <= h.from[k] && h.to[j] >= h.to[k]) return true;
    }
    return false;
  }

  /**
   * Whether a return told with its time ({@code SH_RETURN}: "see you in July") follows plan hit {@code k}
   * in its sentence or the next: "bye everyone, see you in July" is a break, not a last word. Then it is
   * no cue for the classifier either ({@link SelfHarmModelSignal}). Since the twenty-ninth round an
   * everyday reason counts too ("off to", "exam season", "until September"), also before a goodbye word
   * in its sentence or the one before ("off to Cornwall, no wifi. Bye all!"), unless a word of dying, a
   * place to fall from or a means follows it in its sentence ("I'm off to the bridge").
   */
  static boolean returnAfter(Tokens t, Hits h, int k) {
    int s = t.sentence[h.from[k]];
    for (int j = 0; j < h.size; j++) {
      int sj = t.sentence[h.from[j]];
      if (sj > s + 1) break;
      if (sj < s - 1 || !h.is(j, Cat.SH_RETURN) || riskAfter(t, h, j)) continue;
      // after the farewell; since the twenty-ninth round also before a goodbye ("off to Cornwall, no wifi. Bye all!"),
      // but not before a plan or alarm ("it's finished for the winter. I don't see much reason to carry on")
      if (h.from[j] >= h.to[k] || h.to[j] <= h.from[k] && GOODBYES.contains(t.word(h.from[k]))) return true;
    }
    return false;
  }

  /** Whether a return ({@code SH_RETURN}) follows hit {@code k} in its own sentence, with nothing of dying after it. */
  static boolean returnLaterInSentence(Tokens t, Hits h, int k) {
    int s = t.sentence[h.from[k]];
    for (int j = k + 1; j < h.size && t.sentence[h.from[j]] == s; j++) {
      if (h.is(j, Cat.SH_RETURN) && h.from[j] >= h.to[k] && !riskAfter(t, h, j)) return true;
    }
    return false;
  }

  /** First words of a goodbye, which a reason told before it makes a break. */
  private static final java.util.Set<String> GOODBYES = java.util.Set.of(
      "bye", "byee", "goodbye", "farewell", "cheerio", "ciao", "see", "adios", "hasta", "tschuss", "tschau",
      "servus", "doei", "dag", "salut", "adieu", "later", "laters");

  /** Whether a word of dying, a place to fall from or a means follows hit {@code k} in its sentence. */
  private static boolean riskAfter(Tokens t, Hits h, int k) {
    int s = t.sentence[h.from[k]];
    for (int j = k + 1; j < h.size && t.sentence[h.from[j]] == s; j++) {
      if (h.from[j] >= h.to[k] && (h.is(j, Cat.SH_DEATH) || h.is(j, Cat.SH_PLACE) || h.is(j, Cat.SH_MEANS))) return true;
    }
    return false;
  }

  /**
   * Whether an idiom ({@code SH_NEUTRAL}: "dead tired", "bored to death", "disappear into") shares a word
   * with hit {@code k}: a death word that is part of one is no death wished for (twenty-sixth round).
   */
  private boolean inIdiom(int k) {
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SH_NEUTRAL) && h.from[j] < h.to[k] && h.to[j] > h.from[k]) return true;
    }
    return false;
  }

  /** Past if the nearest tense marker before the cue (in its clause) is a past one and none follows it. */
  private boolean isPast(int fromHit, int toHit) {
    boolean opensPast = opensPast(fromHit);
    if (presentAfter(toHit, opensPast)) return false;
    if (opensPast) return true;
    int clause = t.clause[h.from[fromHit]];
    for (int tok = h.from[fromHit] - 1; tok >= 0 && tok >= h.from[fromHit] - TENSE_LOOKBACK && t.clause[tok] == clause; tok--) {
      for (int k = x.at(tok); k >= 0 && k < h.size && h.from[k] == tok; k++) {
        if (h.to[k] > h.from[fromHit]) continue;
        if (h.is(k, Cat.SH_PRESENT) && h.payload[k] == 1) continue; // a frequency sets no tense ("back then, every night I ...")
        if (h.is(k, Cat.SH_PRESENT)) return insidePast(k);
        if (isPastMarker(k)) return true;
      }
    }
    if (pastAfter(toHit)) return true;
    return h.is(fromHit, Cat.SH_DESIRE) && h.payload[fromHit] == 1;
  }

  /**
   * Whether the sentence of the cue starting at token {@code cueStart} opens in the past: a time phrase
   * of the past ({@code SH_PAST 1}: "five years ago", "vor fünf Jahren", "il y a six ans") among its
   * first {@value #OPENING} words, with no present marker between it and the cue, which may sit in a
   * later clause. Only a recovery told elsewhere in the comment reads on it ("Five years ago I was
   * ill and thought, often, that it would be better not to be here. Today I'm well."): the cue is not
   * made past for anything else, so a weak cue still counts ("Last year I lost my job, and I feel
   * like a burden"), and "Last year I lost my job, now I want to die" is not told of then at all.
   */
  private boolean anchoredInPast(int cueStart) {
    int first = t.sentenceStart[t.sentence[cueStart]];
    for (int j = h.size - 1; j >= 0; j--) {
      if (h.from[j] >= cueStart || h.to[j] > cueStart) continue;
      if (h.from[j] < first) break;
      if (h.is(j, Cat.SH_PRESENT) && h.payload[j] != 1) return false; // a frequency sets no tense ("Five years ago ... every night")
      if (h.is(j, Cat.SH_PAST) && h.payload[j] == 1 && h.from[j] < first + OPENING) return true;
    }
    return false;
  }

  /** A past marker before a cue; payload 2 ("didn't") marks only the cue it opens ({@link #opensPast}). */
  private boolean isPastMarker(int k) {
    return (h.is(k, Cat.SH_PAST) && h.payload[k] != 2) || (h.is(k, Cat.SH_DESIRE) && h.payload[k] == 1);
  }

  /**
   * Whether cue {@code k} itself opens with a past auxiliary ("didn't want to be alive"). Such a word
   * is not a marker for what follows it further ("I didn't sleep and I want to die" is present).
   */
  private boolean opensPast(int k) {
    for (int j = x.at(h.from[k]); j >= 0 && j < h.size && h.from[j] == h.from[k]; j++) {
      if (h.is(j, Cat.SH_PAST) && h.payload[j] == 2) return true;
    }
    return false;
  }

  /**
   * Whether present marker {@code k} is the tail of a longer past one that starts before it: "been"
   * in "she had been thinking about it" is past ("had been"), not present.
   */
  private boolean insidePast(int k) {
    for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - TENSE_LOOKBACK; j--) {
      if (h.from[j] < h.from[k] && h.to[j] >= h.to[k] && isPastMarker(j)) return true;
    }
    return false;
  }

  /**
   * A time phrase of the past right after the cue in its clause ("I cut myself all through my teens"), or
   * opening the next clause of its sentence ("I attempted once, twelve years ago").
   */
  private boolean pastAfter(int k) {
    int end = h.to[k];
    int clause = t.clause[h.from[k]];
    for (int j = k + 1; j < h.size && h.from[j] <= end + TENSE_LOOKAHEAD; j++) {
      if (h.from[j] < end) continue;
      // or opening the next clause of the sentence, after a comma: "I attempted once, twelve years ago"
      // (thirty-fifth round); a longer clause there tells something else
      if (t.clause[h.from[j]] == clause + 1 && t.sentence[h.from[j]] == t.sentence[h.from[k]]
          && h.is(j, Cat.SH_PAST) && h.payload[j] == 1 && h.from[j] - t.clauseStart(h.from[j]) <= 1) return true;
      if (t.clause[h.from[j]] != clause) continue;
      if (h.is(j, Cat.SH_PRESENT)) return false;
      if (h.is(j, Cat.SH_PAST) && h.payload[j] == 1) return true;
    }
    return false;
  }

  /**
   * Whether cue {@code q} is words in quotation marks in a sentence that names where they come from
   * ({@code SH_STAT}: "the article", "the study"): "The line about 'wanting to disappear' in the article
   * hit hard. I felt that way at 16. I'm 40 now and content." Such a cue is resolved like a past one
   * when the comment tells a recovery or time passed, and stands as a cue otherwise ("... hit hard
   * because that's exactly how I feel right now"; thirty-fifth round, probed from the policy).
   */
  private boolean quotedFromSource(Cue q) {
    for (int[] r : q.ranges) {
      for (int tok = r[0]; tok < r[1]; tok++) if (!t.quoted[tok]) return false;
    }
    int s = t.sentence[q.ranges[0][0]];
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SH_STAT) && t.sentence[h.from[j]] == s && !t.quoted[h.from[j]]) return true;
    }
    return false;
  }

  /**
   * Whether hit {@code k} (a recovery phrase) follows hope or hearsay ("if", "hoping", "people keep
   * telling me that") in its clause, ending at most {@value #IRREALIS_GAP} words before it: then it
   * is not recovery. Measured from the end of the hearsay phrase, so a long one ("everyone keeps
   * telling me") reaches as far as a short one ("if").
   */
  static boolean irrealisBefore(Tokens t, Hits h, int k) {
    for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - IRREALIS_REACH; j--) {
      if (h.is(j, Cat.SH_IRREALIS) && h.to[j] >= h.from[k] - IRREALIS_GAP && t.clause[h.from[j]] == t.clause[h.from[k]]) return true;
    }
    return false;
  }

  /**
   * A present marker later in hit {@code k}'s sentence ("That was years ago and I still feel like
   * that."): then the time told to have passed closes nothing.
   */
  private boolean presentLater(int k) {
    int s = t.sentence[h.from[k]];
    boolean present = false;
    for (int j = k + 1; j < h.size && t.sentence[h.from[j]] == s; j++) {
      // "..., and I haven't felt like that since": a recovery told in the sentence outweighs its "since"
      if (h.is(j, Cat.SH_RESOLVED) && h.payload[j] == 0) return false;
      // a "now" right after the phrase is part of it ("That is a long time ago now.")
      if (h.from[j] > h.to[k] && h.is(j, Cat.SH_PRESENT)) present = true;
    }
    return present;
  }

  /** Whether hit {@code k} lies inside a recovery phrase ("I haven't hurt myself in years"): then it is no cue. */
  private boolean insideRecovery(int k) {
    for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - TENSE_LOOKBACK; j--) {
      if (h.is(j, Cat.SH_RESOLVED) && h.from[j] <= h.from[k] && h.to[j] >= h.to[k]) return true;
    }
    return false;
  }

  private boolean presentAfter(int k) {
    return presentAfter(k, false);
  }

  /**
   * Whether a present marker follows hit {@code k} at once in its clause. After a cue that opens with a
   * past form, "anymore" belongs to that past ("I didn't want to be here anymore"), not to now. A
   * frequency ({@code SH_PRESENT 1}: "every day", "constantly") sets no tense after any cue ("pensaba en
   * morirme casi todos los días", "I used to think about suicide constantly"; after a past form only,
   * until the twenty-ninth round).
   */
  private boolean presentAfter(int k, boolean opensPast) {
    int end = h.to[k];
    for (int j = k + 1; j < h.size && h.from[j] <= end + 1; j++) {
      if (h.from[j] >= end && h.is(j, Cat.SH_PRESENT) && t.clause[h.from[j]] == t.clause[h.from[k]]
          && h.payload[j] != 1 && !(opensPast && isAnymore(h.from[j]))) return true;
    }
    return false;
  }

  /** Whether token {@code tok} is "anymore" or the "any" of "any more". */
  private boolean isAnymore(int tok) {
    return t.wordIs(tok, "anymore") || t.wordIs(tok, "any") && tok + 1 < t.size && t.wordIs(tok + 1, "more");
  }

  private String words(int k) {
    return original(h.from[k], h.to[k]);
  }

  private String original(int fromToken, int toToken) {
    Span sp = text.originalSpan(t.start[fromToken], t.end[toToken - 1]);
    return text.original().substring(sp.start(), sp.end());
  }
}
