package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {
  private static final Vocabulary EMPTY = new Vocabulary();

  @ParameterizedTest
  @ValueSource(strings = {
      "I keep reading the study and I still don't know what to make of it.",
      "Is there a study on this? Me neither, no idea.",
      "I want to die some days, is that normal on a new dose?",
      "lion's mane 500mg twice daily",
      ""})
  void englishOrTooShortToTellCountsAsEnglish(String text) {
    assertThat(Language.english(Tokenizer.tokenize(text, EMPTY))).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "No sé para qué sigo con el tratamiento, pero mi médico dice que es pronto.",
      "Je ne sais pas si le traitement marche, mais je continue pour mes enfants.",
      "Ich weiß nicht, ob das Mittel wirkt, aber ich nehme es weiter mit meinem Arzt.",
      "Ik weet niet of het medicijn werkt, maar ik blijf het nemen voor mijn kinderen.",
      "Die Studie ist gut, aber das ist nicht alles."})
  void spanishFrenchGermanAndDutchAreNotEnglish(String text) {
    assertThat(Language.english(Tokenizer.tokenize(text, EMPTY))).as(text).isFalse();
  }
}
