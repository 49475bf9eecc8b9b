package io.commentmod.moderation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.commentmod.events.Action;
import io.commentmod.events.Route;
import io.commentmod.moderation.engine.Moderators;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole moderator on the kinds of comment an independent held-out measurement found misjudged
 * (2026-11-29), in sentences written for this test: legitimate comments in Dutch, German, Spanish,
 * French, Italian and Portuguese (compound words, {@code ij}, names) and links to journals,
 * preprint servers, universities and health agencies are published; spam written with
 * dotted-out or spaced-out words, spelled-out phone numbers and other languages' selling idioms is
 * held or rejected.
 */
class SpamGeneralisationKindsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Evaluate.Outcome> judge(List<String> bodies, boolean spam) throws Exception {
    StringBuilder lines = new StringBuilder();
    int i = 0;
    for (String body : bodies) {
      lines.append(JSON.writeValueAsString(Map.of(
          "id", "k-" + i++, "articleId", "exercise-and-mood",
          "author", Map.of("name", "Reader " + i, "email", "reader" + i + "@example.org"),
          "body", body,
          "expected", Map.of("flags", spam ? List.of("spam") : List.of(), "route", spam ? "spam" : "approved"))))
          .append('\n');
    }
    return Evaluate.run(new BufferedReader(new StringReader(lines.toString())), Moderators.defaults());
  }

  private static void allPublished(List<String> bodies) throws Exception {
    List<Evaluate.Outcome> outcomes = judge(bodies, false);
    for (int i = 0; i < bodies.size(); i++) {
      assertThat(outcomes.get(i).got().route()).as(bodies.get(i)).isEqualTo(Route.APPROVED);
    }
  }

  private static void allSpam(List<String> bodies) throws Exception {
    List<Evaluate.Outcome> outcomes = judge(bodies, true);
    for (int i = 0; i < bodies.size(); i++) {
      assertThat(outcomes.get(i).got().route()).as(bodies.get(i)).isEqualTo(Route.SPAM);
    }
  }

  @Test
  void legitimateCommentsInOtherEuropeanLanguagesArePublished() throws Exception {
    allPublished(List.of(
        "Vanavond maak ik een stoofpot met kastanjechampignons en wintergroenten, mijn kinderen vinden dat altijd heerlijk.",
        "Mijn zwager is huisarts en zegt dat slaaptekort de grootste boosdoener is. Wij proberen nu vaste bedtijden.",
        "Sinds mijn bijwerkingen minder zijn, fiets ik weer dagelijks naar mijn werk. Dankjewel voor dit duidelijke stuk.",
        "Wij hebben de paddenstoelenquiche van vorige week nagemaakt, de kaaskorst was prachtig goudbruin.",
        "Nach der Hochzeit unserer Tochter und dem Umzug nach Kiel habe ich mit Waldbaden angefangen. Sehr empfehlenswert!",
        "Die Schlafqualität meines Vaters hat sich nach dem Abzug der Baustelle vor dem Haus deutlich verbessert.",
        "Mein Physiotherapeut Herr Przybyszewski meinte, Rückenschmerzen und Stimmung hängen oft zusammen.",
        "Preparé unas tostadas con setas salteadas y ajo, ¡qué rico! ¿Alguien sabe dónde comprar melena de león fresca en Sevilla?",
        "Mon beau-frère a suivi une thérapie cognitive pendant un an et il dit que ça a changé sa vie.",
        "La mia nonna preparava sempre il risotto ai funghi porcini la domenica, adesso lo faccio io per i miei figli.",
        "A minha médica disse que caminhar ao sol de manhã ajuda a regular o sono. Vou experimentar esta semana."));
  }

  @Test
  void linksToJournalsPreprintsUniversitiesAndHealthAgenciesArePublished() throws Exception {
    allPublished(List.of(
        "The eLife version with the reviews is at https://elifesciences.org/articles/90001 if anyone wants it.",
        "Raw data on OSF (https://osf.io/ab3cd/) and the preprint on PsyArXiv: https://psyarxiv.com/wxyz9",
        "Trial protocol: https://clinicaltrials.gov/study/NCT01234567 and the Cochrane summary on cochranelibrary.com",
        "Edinburgh's summary is here: https://www.ed.ac.uk/news/2024/walking-and-mood and the NIMH overview at https://www.nimh.nih.gov/health",
        "Die Leitlinie der AWMF (https://register.awmf.org/de/leitlinien) sagt dasselbe.",
        "De Nederlandse huisartsenrichtlijn staat op https://richtlijnen.nhg.org/standaarden/depressie"));
  }

  @Test
  void disguisedAndForeignLanguageSpamIsHeld() throws Exception {
    allSpam(List.of(
        "C.h.e.a.p p.i.l.l.s f.a.s.t s.h.i.p.p.i.n.g",
        "g e t   r i c h   w i t h   c r y p t o",
        "telegram: plus four four seven seven zero zero nine zero zero one two three",
        "Bestel nu goedkope slaappillen zonder recept via onze webshop",
        "Verdienen Sie 400 Euro am Tag von zu Hause, schreiben Sie mir auf Telegram",
        "Gagnez de l'argent facile avec mon mentor, contactez moi sur WhatsApp",
        "Hi blog owner, we'd love to buy a sponsored post here, what are your rates for a dofollow link?",
        "Tired of your 9 to 5? Comment YES below and I'll send you the details of my system",
        "Fresh liquid culture syringes and spores, we ship all over, inbox us for the menu",
        "ⓑⓔⓢⓣ ⓟⓡⓘⓒⓔⓢ ⓞⓝ ⓢⓛⓔⓔⓟ ⓟⓘⓛⓛⓢ",
        "text or call +44•7700•900•321 for same-day delivery"));
  }

  @Test
  void keyboardMashingIsStillRejected() throws Exception {
    List<Evaluate.Outcome> outcomes = judge(List.of("kjsdhf sdkfjhs qwpeoi zxmnbv", "fjfjfj dkdkdk slslsl"), true);
    for (Evaluate.Outcome o : outcomes) assertThat(o.got().action()).isEqualTo(Action.REJECT);
  }
}
