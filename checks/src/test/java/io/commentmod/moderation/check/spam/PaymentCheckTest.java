package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;

/** Eighteenth round: money asked for (wallets, cash tags, payment services with a handle or a plea). */
class PaymentCheckTest {
  private final PaymentCheck check = new PaymentCheck();

  @Test
  void aWalletAddressAloneIsMoneyAskedFor() {
    String body = "Blessings to all who read this. bc1q9h7garjqkd5a0ns3xw7ct0w6yq2zr5j8qf4lx4 for the ministry";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).startsWith("money asked for: crypto wallet address");
    assertThat(covered(body, f)).containsExactly("bc1q9h7garjqkd5a0ns3xw7ct0w6yq2zr5j8qf4lx4");
    String eth = "tips welcome 0x71C7656EC7ab88b098defB751B7401B5f6d8976F";
    assertThat(spam(check, eth)).singleElement().extracting(Findings.Finding::score).isEqualTo(0.85);
  }

  @Test
  void aMistypedAddressCountsOnlyBesideAPaymentService() {
    String withService = "Support the project, USDT wallet: TR7nHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t0q";
    assertThat(spam(check, withService)).singleElement().extracting(Findings.Finding::score).isEqualTo(0.85);
    // a long mixed code with no payment word (a licence key pasted by mistake) is nothing
    assertThat(spam(check, "my key was AbCdEfGh12345678IjKlMnOpQrStUv0 and it failed")).isEmpty();
  }

  @Test
  void aServiceWithAHandleOrATagScoresHigh() {
    String body = "Lost my job to depression. Venmo @dana-w-82 if you can spare something";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).isEqualTo(
        "money asked for: handle to pay, payment service 'venmo', plea 'if you can spare'");
    assertThat(covered(body, f)).containsExactly("Venmo", "@dana-w-82");
    assertThat(spam(check, "CashApp $rosie2211 anything helps")).singleElement()
        .extracting(Findings.Finding::score).isEqualTo(0.85);
  }

  @Test
  void aTagOrAnOwnChannelWithAPleaIsHeld() {
    assertThat(spam(check, "Any amount helps, $marlow_help, God bless")).singleElement()
        .extracting(Findings.Finding::score).isEqualTo(0.8);
    assertThat(spam(check, "Please, my GoFundMe for therapy is in my profile, anything helps")).singleElement()
        .extracting(Findings.Finding::score).isEqualTo(0.8);
    assertThat(spam(check, "Jeder Euro hilft, mein PayPal steht im Profil")).singleElement()
        .extracting(Findings.Finding::score).isEqualTo(0.8);
  }

  @Test
  void servicesNamedInPassingAndPricesAreNot() {
    assertThat(spam(check, "I paid for the sleep course with PayPal and it was worth every cent")).isEmpty();
    assertThat(spam(check, "We asked for donations to a suicide prevention charity instead of flowers")).isEmpty();
    assertThat(spam(check, "My copay went from $20 to $45 and the pharmacy takes Venmo now")).isEmpty();
    assertThat(spam(check, "Bitcoin bros on my feed keep saying crypto cured their anxiety, lol")).isEmpty();
  }

  @Test
  void aTagOrAnOwnChannelAloneIsWeak() {
    assertThat(spam(check, "my cashapp got hacked and the stress is unreal")).singleElement()
        .extracting(Findings.Finding::score).isEqualTo(0.45);
    assertThat(spam(check, "$jules_k_77")).singleElement().extracting(Findings.Finding::score).isEqualTo(0.45);
  }

  /** The long-run scan reads only every 26th char: it finds the runs a scan of every char finds, in order (20,000 random texts). */
  @Test
  void theLongRunsAreThoseAScanOfEveryCharFinds() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(4);
    String[] pieces = {"a", "Z", "7", "q", "bc1q", "0x", " ", ".", "-", "é", "\u0430", "\uD83D\uDE00"};
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0, len = r.nextInt(0, 30); w < len; w++) {
        String piece = pieces[r.nextInt(pieces.length)];
        b.append(piece.repeat(r.nextInt(6) == 0 ? r.nextInt(1, 40) : 1));
      }
      String o = b.toString();
      java.util.List<String> plain = new java.util.ArrayList<>(), fast = new java.util.ArrayList<>();
      for (int i = 0, n = o.length(); i < n; ) {
        if (!ascii(o.charAt(i))) {
          i++;
          continue;
        }
        int s = i;
        while (i < n && ascii(o.charAt(i))) i++;
        if (i - s >= PaymentCheck.WALLET_MIN) plain.add(s + "-" + i);
      }
      int[] run = new int[2];
      for (int from = 0; PaymentCheck.nextLongRun(o, from, run); from = run[1]) fast.add(run[0] + "-" + run[1]);
      assertThat(fast).as(o).isEqualTo(plain);
    }
  }

  private static boolean ascii(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
