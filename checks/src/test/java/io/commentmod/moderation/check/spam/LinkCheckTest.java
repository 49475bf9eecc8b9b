package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckTest {
  private final LinkCheck check = new LinkCheck(Policy.defaults());

  @Test
  void studyAndHealthAgencyLinksAreNotCounted() {
    assertThat(spam(check, "The paper: https://pubmed.ncbi.nlm.nih.gov/12345/ and www.nhs.uk/conditions and https://doi.org/10.1/x")).isEmpty();
    assertThat(spam(check, "Course notes at https://psych.stanford.edu/notes and https://www.ucl.ac.uk/")).isEmpty();
  }

  @Test
  void anyOtherSiteHoldsTheCommentWithItsSpan() {
    String body = "More at www.calm-tips-blog.net today";
    List<Findings.Finding> f = spam(check, body);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).score()).isEqualTo(0.6);
    assertThat(f.get(0).reason().check()).isEqualTo("links");
    assertThat(f.get(0).reason().detail()).isEqualTo("link to calm-tips-blog.net");
    assertThat(f.get(0).reason().spans()).containsExactly(new Span(8, 30));
  }

  /** Eleventh round: sample comments write shops under the documentation domain (RFC 2606). */
  @Test
  void aNameUnderTheReservedExampleDomainIsALink() {
    List<Findings.Finding> f = spam(check, "Cheap gummies at gummy-outlet.example/shop?ref=7 today");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).reason().detail()).isEqualTo("link to gummy-outlet.example");
    assertThat(spam(check, "For example, the second figure is clearer.")).isEmpty();
  }

  /** Eighteenth round: a country domain that is a word in prose ({@code .to}) is a host only with a path after it. */
  @Test
  void aProseWordDomainIsALinkOnlyWithAPath() {
    assertThat(spam(check, "grabbed mine via amzn.to/3kQx9Zp, cheap").get(0).reason().detail()).isEqualTo("URL shortener amzn.to");
    assertThat(spam(check, "I went.to the clinic and then.to work")).isEmpty();
    assertThat(spam(check, "She was about.to give up")).isEmpty();
  }

  @Test
  void shortenersAndSpamFavouredDomainsScoreHigher() {
    assertThat(spam(check, "see bit.ly/3abcDEF").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "go to best-gummies.shop now").get(0).score()).isEqualTo(0.75);
    assertThat(spam(check, "t.me/some_channel").get(0).reason().detail()).isEqualTo("blocked domain t.me");
  }

  @Test
  void disguisedDomainsAreFoundInTheOriginalText() {
    String body = "order at pill-shop (dot) com or herbs dot net or w w w . x y z . c o m";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(covered(body, f)).containsExactly("pill-shop (dot) com", "herbs dot net", "w w w . x y z . c o m");
  }

  @Test
  void wordsThatAreNotSitesAreIgnored() {
    assertThat(spam(check, "The dot com bubble. I stopped. Online forums said e.g. 5.5 mg, i.e. less.")).isEmpty();
  }

  @Test
  void journalsPreprintServersAndAgenciesAreAllowListed() {
    assertThat(spam(check, "https://elifesciences.org/articles/1 https://psyarxiv.com/ab12 https://osf.io/x9/")).isEmpty();
    assertThat(spam(check, "www.ema.europa.eu/en and www.nice.org.uk/guidance and https://www.rivm.nl/x")).isEmpty();
    assertThat(spam(check, "https://www.psych.ox.ac.uk/news and https://ki.se/en/research")).isEmpty();
  }

  @Test
  void pointInProseIsNotASpelledDot() {
    assertThat(spam(check, "Could someone point us to the trial?")).isEmpty();
    assertThat(spam(check, "De mon point de vue, c'est utile. Desde mi punto de vista, también.")).isEmpty();
    assertThat(spam(check, "pillenwinkel punt nl").get(0).reason().detail()).isEqualTo("disguised link 'pillenwinkel punt nl'");
  }

  @Test
  void shortenerAndInviteDomainsAreLinksEvenSpacedOut() {
    assertThat(spam(check, "tap bit . ly / abc").get(0).reason().detail()).isEqualTo("URL shortener bit.ly");
    assertThat(spam(check, "join discord.gg/calm").get(0).reason().detail()).isEqualTo("link to discord.gg");
    assertThat(spam(check, "see goo.gl/xyz").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "code at https://github.com/lab/analysis")).isEmpty();
    assertThat(spam(check, "enroll at calm-reset.academy today").get(0).score()).isEqualTo(0.75);
    assertThat(spam(check, "It was fun.Yoga helps, and so did the training.No more.")).isEmpty();
  }

  /** Fifteenth round: a path after a spaced-out domain says address, even for the domains start-ups favour. */
  @Test
  void aSpacedOutDomainWithAPathIsADisguisedLink() {
    String body = "Passes for the founders meetup: mindventures . io/signup before Monday";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).isEqualTo("disguised link 'mindventures . io/signup'");
    assertThat(covered(body, f)).containsExactly("mindventures . io/signup");
    assertThat(spam(check, "order at calmherbs . app/shop").get(0).reason().detail()).startsWith("disguised link");
    // without a path, a spaced dot before "io" or "app" stays punctuation
    assertThat(spam(check, "Grazie . Io ho letto tutto. My phone . App crashed twice")).isEmpty();
    // a reader citing a study or an agency
    assertThat(spam(check, "The trial is on pubmed.ncbi.nlm.nih.gov/31234567/ and the advice at nhs.uk/mental-health")).isEmpty();
    assertThat(spam(check, "I attended the psychedelic science conference in Denver. It was worth the trip . Really.")).isEmpty();
  }

  /** Fifteenth round: "dot" before the European Union's domain and a few more that shops use. */
  @Test
  void spelledDotTakesMoreShopDomains() {
    assertThat(spam(check, "samples at arcticoil dot eu").get(0).reason().detail()).isEqualTo("disguised link 'arcticoil dot eu'");
    assertThat(spam(check, "try mycoclub dot ai today").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "There is a red dot in the corner of the chart and the dot eventually fades.")).isEmpty();
  }

  /** Fifteenth round: Irish universities beside Trinity and UCD. */
  @Test
  void moreIrishUniversitiesAreAllowListed() {
    assertThat(spam(check, "The microbiome centre at https://www.ucc.ie/en/apc/ and www.universityofgalway.ie publish on this")).isEmpty();
    assertThat(spam(check, "see www.irish-mushroom-store.ie for mine").get(0).reason().detail()).isEqualTo("link to irish-mushroom-store.ie");
  }

  /**
   * Twenty-sixth round: a hyphenated name before a word for "dot" (in brackets too), any name after "www",
   * and hyphens standing for the dots of a www address are addresses, whatever the country domain.
   */
  @Test
  void plainlyMarkedAddressesTakeCountryDomains() {
    assertThat(spam(check, "all natural at herbes-du-moral (point) fr").get(0).reason().detail())
        .isEqualTo("disguised link 'herbes-du-moral (point) fr'");
    assertThat(spam(check, "pedidos en cafe-calma punto es").get(0).score()).isEqualTo(0.85);
    assertThat(spam(check, "nur hier: www . ruhe-tropfen . de").get(0).reason().detail())
        .isEqualTo("disguised link 'ruhe-tropfen . de'");
    assertThat(spam(check, "see www-calmcaps-store-com (swap - for .)").get(0).reason().detail())
        .isEqualTo("disguised link 'www-calmcaps-store-com'");
    assertThat(spam(check, "join us: t(.)me/calm_circle").get(0).score()).isGreaterThanOrEqualTo(0.85);
    // prose: "punto es" after a plain word, a hyphenated word before a full stop, "well-being" spelled out
    assertThat(spam(check, "El punto es que nadie escucha. Lo bueno punto es poco.")).isEmpty();
    assertThat(spam(check, "I did the check-in . It went well-ish.")).isEmpty();
  }

  /** Twenty-sixth round: a prose-word country domain such as .to is an address after a hyphenated name. */
  @Test
  void aHyphenatedNameTakesProseWordDomains() {
    assertThat(spam(check, "got mine from calm-meds-rx.to last month").get(0).reason().detail()).isEqualTo("link to calm-meds-rx.to");
    assertThat(spam(check, "I went.to the pharmacy, then to the well-known clinic.to be honest it was fine")).isEmpty();
  }

  /** Thirty-sixth round: Latin American country domains after "punto", not words of prose after it. */
  @Test
  void latinAmericanDomainsFollowPunto() {
    assertThat(spam(check, "si buscan melena de león, visiten mi tienda en hongosvitales punto mx").get(0).reason().detail())
        .isEqualTo("disguised link 'hongosvitales punto mx'");
    assertThat(spam(check, "pidan en calma-natural punto co y listo")).isNotEmpty();
    assertThat(spam(check, "Desde mi punto de vista, el estudio es serio. Un punto a favor.")).isEmpty();
  }

  /** Thirty-sixth round: "gg" and "gl" after a full stop are "good game" and "good luck", unless a path follows. */
  @Test
  void gamersSignOffsAfterAFullStopAreNoAddresses() {
    assertThat(spam(check, "nothing worked for me either. gg")).isEmpty();
    assertThat(spam(check, "exams tomorrow. gl everyone")).isEmpty();
    assertThat(spam(check, "join the server: discord. gg/calmcircle")).isNotEmpty();
    assertThat(spam(check, "join us at calmcircle . gg")).isNotEmpty();
  }
}
