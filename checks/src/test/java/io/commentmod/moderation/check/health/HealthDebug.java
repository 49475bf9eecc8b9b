package io.commentmod.moderation.check.health;

/** Prints the tokens, sentences and lexicon hits of a text (development aid). */
final class HealthDebug {
  private HealthDebug() {}

  public static void main(String[] args) {
    HealthLexicons lex = HealthLexicons.load();
    for (String body : args) {
      Tokens t = Tokenizer.tokenize(body.toLowerCase(java.util.Locale.ROOT), lex.vocabulary);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < t.size; i++) {
        sb.append(t.word(i)).append(t.term[i] < 0 ? "?" : "").append('/').append(t.sentence[i]).append('.').append(t.clause[i])
            .append(t.quoted[i] ? "q" : "").append(' ');
      }
      System.out.println(sb);
      for (int s = 0; s < t.sentences; s++) System.out.println(" sentence " + s + " [" + t.sentenceStart[s] + "," + t.sentenceEnd[s] + ") ?=" + t.questionMark[s]);
      print("medical", t, lex.medicalHits(t));
      print("selfharm", t, lex.selfHarmHits(t));
      System.out.println(Comments.run(body).of(io.commentmod.events.FlagName.MEDICAL_ADVICE));
      System.out.println(Comments.run(body).of(io.commentmod.events.FlagName.SELF_HARM));
    }
  }

  private static void print(String name, Tokens t, Hits h) {
    StringBuilder sb = new StringBuilder(name + ": ");
    for (int k = 0; k < h.size; k++) {
      sb.append(Cat.values()[h.category[k]]).append(h.payload[k] != 0 ? ":" + h.payload[k] : "").append("[");
      for (int i = h.from[k]; i < h.to[k]; i++) sb.append(i > h.from[k] ? " " : "").append(t.word(i));
      sb.append("] ");
    }
    System.out.println(sb);
  }
}
