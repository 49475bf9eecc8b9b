package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the twenty-ninth round's spam misses (read sets 132-137), each with a guard: a space for the dot
 * before a domain with a path, a bracketed or spelled dot after a host's own labels, {@code co} after a dot with
 * spaces on both sides, a shop domain spelled out in letters, a pointer to one's bio or profile in the four
 * languages, leftover prescriptions for sale, a referral code. Sentences written for these tests, not taken from
 * any evaluation set; each was unflagged on the round's first build.
 */
class SpamKindsTwentyNinthRoundTest {
  private final LinkCheck links = new LinkCheck(Policy.defaults());
  private final SpamLanguageCheck language = new SpamLanguageCheck();

  @Test
  void aSpaceForTheDotBeforeADomainWithAPathIsADisguisedLink() {
    List<Findings.Finding> f = spam(links, "Schaut auf meinem Kanal vorbei: tiktok com/@lernhelden jeden Tag neu");
    assertThat(f).isNotEmpty();
    assertThat(f.get(0).reason().detail()).contains("tiktok com/@lernhelden");
  }

  @Test
  void aSlashInProseIsNoAddress() {
    assertThat(spam(links, "I take it morning and/or evening, with food")).isEmpty();
    assertThat(spam(links, "worth a read: the 50/50 split in the trial was fair")).isEmpty();
  }

  @Test
  void aBracketedOrSpelledDotAfterAHostsOwnLabelsIsADisguisedLink() {
    assertThat(spam(links, "my review is on calm-notes.blogspot[.]com/2025/01/best-oils")).isNotEmpty();
    assertThat(spam(links, "tisanes bio sur www.maman-zen(point)fr !")).isNotEmpty();
  }

  @Test
  void coAfterADotWithSpacesOnBothSidesIsADisguisedLink() {
    assertThat(spam(links, "one low payment, apply at quickfix-loans . co today")).isNotEmpty();
  }

  @Test
  void ioAndOnlineStartingASentenceAfterSloppySpacingAreNot() {
    assertThat(spam(links, "Grazie . Io ho letto tutto")).isEmpty();
    assertThat(spam(links, "I tried it for a month . Online reviews were wrong")).isEmpty();
  }

  @Test
  void aShopDomainSpelledOutInLettersIsADisguisedLink() {
    assertThat(spam(links, "free gems at w w w . gemsgalore . x y z no survey")).isNotEmpty();
  }

  @Test
  void aPointerToOnesProfileInOtherLanguagesIsSelfPromotion() {
    assertThat(spam(language, "code promo BLOG20 sur notre boutique, lien dans mon profil")).isNotEmpty();
    assertThat(spam(language, "the method nobody tells you about is in my bio")).isNotEmpty();
  }

  @Test
  void sellingLeftoverPrescriptionsAndAReferralCodeAreCommerce() {
    assertThat(spam(language, "verkaufe meine restlichen Tabletten, bei Interesse DM")).isNotEmpty();
    assertThat(spam(language, "sign up with my referral code ANNA5 and get a month free")).isNotEmpty();
  }

  @Test
  void aBioMentionedInPassingIsNot() {
    assertThat(spam(language, "my therapist asked me to write a short bio of my week")).isEmpty();
  }
}
