package io.commentmod.moderation.check.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scans that try a pattern only where a match can begin give {@code Matcher.find}'s matches, groups and order. */
class PatternStartsTest {
  /** Pieces the random texts are made of: amounts, rates, addresses, handles and the letters around them. */
  private static final String[] PIECES = {
      "$", "€", "£", "₿", "1", "95", "12,000", "2.5", "k", " ", " ", "usd", "dollars", "euro", "bucks", " a ", " per ",
      "day", "hour", "week", " am tag", " par jour", "made ", "earn ", "@", "@", "mei", "name_22", ".", "_", "-", "+", "%",
      "shop.eu", "mail", ".com", "x", "ab", "é", "\n", "!", "5k", " an ", " each ", "month", " into ", " to ", "over ", "%", " off",
      " rabatt", "50", "$300", "12,000 usd", "€2.5k", " into $9k", " to 500 euros", " in 3 weeks",
      "20% off", "5 % descuento", "mail@shop.eu", "a.b@x.com"};

  @Test
  void moneyMatchesAreFinds() {
    startsAreFinds(new Random(1), SpamLanguageCheck.MONEY, SpamLanguageCheck::mayStartMoney);
  }

  @Test
  void growthMatchesAreFinds() {
    startsAreFinds(new Random(4), SpamLanguageCheck.GROWTH, SpamLanguageCheck::mayStartMoney);
  }

  @Test
  void discountMatchesAreFinds() {
    startsAreFinds(new Random(5), SpamLanguageCheck.PERCENT_OFF, c -> c >= '0' && c <= '9');
  }

  private static void startsAreFinds(Random r, Pattern p, PatternStarts.CanStart canStart) {
    int withMatches = 0;
    for (int k = 0; k < 20_000; k++) {
      String t = text(r);
      Matcher m = p.matcher(t);
      List<String> found = new ArrayList<>();
      for (int from = 0; PatternStarts.find(m, t.toCharArray(), t.length(), from, canStart); from = m.end()) found.add(describe(m));
      assertThat(found).as(t).isEqualTo(finds(p, t));
      if (!found.isEmpty()) withMatches++;
    }
    assertThat(withMatches).as("texts with a match").isGreaterThan(200);
  }

  @Test
  void handleMatchesAreFinds() {
    startsAreFinds(new Random(2), ContactCheck.HANDLE, c -> c == '@');
  }

  @Test
  void emailMatchesAreFinds() {
    Random r = new Random(3);
    int withMatches = 0;
    for (int k = 0; k < 20_000; k++) {
      String t = text(r);
      Matcher m = ContactCheck.EMAIL.matcher(t);
      List<String> found = new ArrayList<>();
      for (int from = 0; ContactCheck.nextEmail(m, t.toCharArray(), t.length(), from); from = m.end()) found.add(describe(m));
      assertThat(found).as(t).isEqualTo(finds(ContactCheck.EMAIL, t));
      if (!found.isEmpty()) withMatches++;
    }
    assertThat(withMatches).as("texts with a match").isGreaterThan(200);
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(16); n >= 0; n--) b.append(PIECES[r.nextInt(PIECES.length)]);
    return b.toString();
  }

  private static List<String> finds(Pattern p, String t) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) out.add(describe(m));
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 0; g <= m.groupCount(); g++) b.append('|').append(m.group(g));
    return b.toString();
  }
}
