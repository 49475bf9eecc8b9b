package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

class ContactCheckTest {
  private final ContactCheck check = new ContactCheck(Policy.defaults());

  @Test
  void messengerWithAHandleScoresHigh() {
    String body = "Message me on Telegram @grow_kits_eu for prices";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).isEqualTo("contact solicitation: messenger telegram, handle, 'message me'");
    assertThat(covered(body, f)).containsExactly("Message me", "Telegram", "@grow_kits_eu");
  }

  /** Eleventh round: "snap: name_22" gives a handle without an @. */
  @Test
  void aHandleUnderAMessengersNameScoresHigh() {
    String body = "plug for the good stuff, snap: mossy_dan77";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).isEqualTo("contact solicitation: handle under a messenger's name");
    assertThat(covered(body, f)).containsExactly("snap: mossy_dan77");
    assertThat(spam(check, "ig: lovely post, and the 3:1 ratio in table 2 surprised me")).isEmpty();
  }

  @Test
  void aPhoneNumberAloneIsWeakEvidence() {
    String body = "my number is +1 (555) 013-4477";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.45);
    assertThat(covered(body, f)).containsExactly("+1 (555) 013-4477");
  }

  @Test
  void anEmailWithAnAskScoresHigh() {
    String body = "email me: helper.jo@mailbox.example for the list";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.8);
    assertThat(covered(body, f)).containsExactly("email me", "helper.jo@mailbox.example");
  }

  @Test
  void repliesYearsDosesAndCrisisLinesAreNotContacts() {
    assertThat(spam(check, "@Mei the trial ran 2016 2017 2018 at 1000 mg, see 3.5g")).isEmpty();
    assertThat(spam(check, "If you are struggling, call 1-800-273-8255 or text 741741")).isEmpty();
    assertThat(spam(check, "I read about it on Instagram")).isEmpty();
  }

  @Test
  void spelledOutNumbersAndOtherLanguagesAsksCount() {
    String body = "whatsapp: plus three one six one two three four five six seven eight";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(covered(body, f)).containsExactly("whatsapp", "plus three one six one two three four five six seven eight");
    assertThat(spam(check, "stuur me een bericht op Telegram").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "one two three, go! Four five, six")).isEmpty();
  }

  @Test
  void everyDigitWordCountsInASpelledOutNumber() {
    String words = "zero oh one two three four five six seven eight nine plus double triple"
        + " cero uno dos tres cuatro cinco seis siete ocho nueve mas null eins zwei drei vier funf sechs sieben acht neun"
        + " un deux trois quatre cinq six sept huit neuf nul een twee drie vier vijf zes zeven acht negen";
    for (String w : words.split(" ")) {
      assertThat(spam(check, (w + " ").repeat(7))).as(w).singleElement()
          .satisfies(f -> assertThat(f.reason().detail()).contains("phone number"));
    }
    assertThat(spam(check, "the one who is here for two of us")).isEmpty();
  }

  @Test
  void bulletSeparatedNumbersAreNumbersAndMoreCrisisLinesAreAllowed() {
    assertThat(spam(check, "text +1•415•555•0199").get(0).reason().detail()).isEqualTo("contact solicitation: phone number");
    assertThat(spam(check, "Telefonseelsorge 0800 111 0 111, 113 op 0800-0113, Beyond Blue 1300 22 4636")).isEmpty();
  }

  /** Fifteenth round: "DM @name_eu" asks to be written to, like "DM me". */
  @Test
  void anAskRightBeforeAnAccountHandleScoresHigh() {
    String body = "Lowest prices in the Netherlands, DM @greenleaf_nl";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.8);
    assertThat(f.reason().detail()).isEqualTo("contact solicitation: handle, 'dm @greenleaf_nl'");
    assertThat(covered(body, f)).containsExactly("DM @greenleaf_nl");
    assertThat(spam(check, "PM @herbhouse for the list").get(0).score()).isEqualTo(0.8);
    // a reply or a reader planning to write to another reader is no ask
    assertThat(spam(check, "I'll DM @Mei later about the study she mentioned")).isEmpty();
    assertThat(spam(check, "@Tom_R thanks, I used the magnesium you named and slept better")).isEmpty();
  }

  /** Twenty-sixth round: a name to look up on a platform sends readers to an account without its address. */
  @Test
  void aNameToSearchOnAPlatformIsASolicitation() {
    String body = "my coach changed everything, search 'Calm Rebuild Anna' on Instagram";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(covered(body, f)).contains("search 'Calm Rebuild Anna' on Instagram");
    // on a video or search site alone it is weak evidence, as a phone number is
    assertThat(spam(check, "busca 'recetas de Marta' en youtube").get(0).score()).isEqualTo(0.45);
    assertThat(spam(check, "I searched on Instagram for a support group")).isEmpty();
    assertThat(spam(check, "search the study on PubMed, it is open access")).isEmpty();
  }

  /** Twenty-sixth round: "shop @brand.co", a handle under "tele:", "call now" in French with a number. */
  @Test
  void moreWaysToSendReadersToAnAccountOrANumber() {
    assertThat(spam(check, "these drops fixed my focus, shop @focus.drops_eu").get(0).score()).isEqualTo(0.8);
    assertThat(spam(check, "all kinds available. tele: @calm_plug_77").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "Astrologie gratuite, appelez maintenant au 06 12 34 56 78").get(0).score()).isEqualTo(0.8);
    assertThat(spam(check, "I went to the shop @Ravi, it was closed")).isEmpty();
  }
}
