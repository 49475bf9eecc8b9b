package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.List;

/**
 * Comments made of emoji, or nearly (at most {@value #MAX_WORDS} words beside them), that promote or flood: emoji
 * around an account handle or a link ("🔥🔥 @name_22 🔥🔥"), three or more money, rocket, shopping or pointing
 * emoji ("💸💸🚀🚀"), a wall of {@value #WALL} or more different emoji with no word at all, or a flood of
 * {@value #FLOOD} or more emoji of any kind with no word (since the twenty-sixth round). A reader's
 * "👍👍👍" or "🙏❤️" is none of these: a few emoji, the same ones, no money and no address. The word-reading
 * checks see nothing in such comments, hence this one. Spam review, never rejection on its own.
 */
public final class EmojiCheck implements ModerationCheck {
  static final String NAME = "emoji";
  static final double SCORE = 0.6;
  static final int MAX_WORDS = 3;
  static final int WALL = 7;
  /** Emoji, the same or not, that flood a comment with no word at all: a reaction is a handful, not a screenful. */
  static final int FLOOD = 20;
  /** Emoji that sell or point somewhere: money, growth, shopping, adult, "look here". Not 🍄 or 💊: readers react with them. */
  private static final String PROMOTING = "💰💵💶💷💴💸🤑💲💳🪙📈🚀🎰🛒🏷🔞🍑🍆💦👉👇⬇📲🔗";
  private static final int[] PROMOTING_POINTS = PROMOTING.codePoints().sorted().toArray();

  @Override
  public void inspect(CommentText text, Findings findings) {
    String o = text.original();
    if (!mayHoldEmoji(o)) return; // nearly every comment: one pass over its chars, nothing allocated
    int emoji = 0, promoting = 0, words = 0, addresses = 0;
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (String chunk : o.split("\\s+")) {
      if (chunk.isEmpty()) continue;
      if (address(chunk)) {
        addresses++;
      } else if (chunk.codePoints().anyMatch(Character::isLetter)) {
        words++;
      }
      for (int cp : (Iterable<Integer>) chunk.codePoints()::iterator) {
        if (!isEmoji(cp)) continue;
        emoji++;
        distinct.add(cp);
        if (java.util.Arrays.binarySearch(PROMOTING_POINTS, cp) >= 0) promoting++;
      }
      if (words > MAX_WORDS) return; // prose with emoji in it: the other checks read it
    }
    String what;
    if (emoji >= 2 && addresses > 0) what = emoji + " emoji around an address or handle";
    else if (promoting >= 3) what = promoting + " money, shopping or pointing emoji";
    else if (words == 0 && distinct.size() >= WALL) what = "a wall of " + distinct.size() + " different emoji";
    else if (words == 0 && emoji >= FLOOD) what = "a flood of " + emoji + " emoji";
    else return;
    findings.add(FlagName.SPAM, SCORE, NAME, what + " and " + words + " word" + (words == 1 ? "" : "s"),
        List.of(new Span(0, o.length())));
  }

  /** A handle that looks like an account ({@code @name_22}: a digit, {@code _} or {@code .}), a link or a web address. */
  private static boolean address(String chunk) {
    String c = chunk.toLowerCase(java.util.Locale.ROOT);
    if (c.contains("://") || c.startsWith("www.")) return true;
    int at = c.indexOf('@');
    if (at >= 0) return c.substring(at + 1).chars().anyMatch(ch -> ch == '_' || ch == '.' || Character.isDigit(ch));
    return WEB_ADDRESS.matcher(c).find();
  }

  private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("[a-z0-9-]{2,}\\.[a-z]{2,}(?:/|$)");

  /** Whether {@code o} has a char that can be (part of) an emoji: a surrogate or one in U+2190-U+2BFF. */
  private static boolean mayHoldEmoji(String o) {
    for (int i = 0, n = o.length(); i < n; i++) {
      char c = o.charAt(i);
      if (c >= 0x2190 && (c <= 0x2BFF || Character.isSurrogate(c))) return true;
    }
    return false;
  }

  /** Pictographs, symbols and dingbats drawn as emoji (not letters, digits, punctuation or modifiers). */
  static boolean isEmoji(int cp) {
    if (Character.getType(cp) != Character.OTHER_SYMBOL) return false;
    return cp >= 0x1F000 || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF || cp >= 0x2190 && cp <= 0x21FF;
  }
}
