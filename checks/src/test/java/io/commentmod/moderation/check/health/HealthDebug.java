package io.commentmod.moderation.check.health;

/** Prints the tokens, sentences and lexicon hits of a text (development aid). */
final class HealthDebug {
  private HealthDebug() {}

  public static void main(String[] args) throws java.io.IOException {
    HealthLexicons lex = HealthLexicons.load();
    if (args.length > 1 && args[0].equals("--cases")) {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
        if (line.isBlank()) continue;
        String want = line.substring(0, line.indexOf('|'));
        String body = line.substring(line.indexOf('|') + 1);
        boolean m = Comments.flagged(body, io.commentmod.events.FlagName.MEDICAL_ADVICE);
        boolean sh = Comments.flagged(body, io.commentmod.events.FlagName.SELF_HARM);
        boolean ok = m == want.contains("M") && sh == want.contains("S");
        if (!ok) System.out.println("MISS want=" + want + " got=" + (m ? "M" : "") + (sh ? "S" : "") + " | " + body);
      }
      return;
    }
    if (args.length > 1 && args[0].equals("--rhmd")) {
      java.util.Map<String, Integer> why = new java.util.TreeMap<>();
      for (String body : HealthEvaluation.rhmd(args[1])) {
        for (io.commentmod.moderation.check.Findings.Finding f : Comments.run(body).of(io.commentmod.events.FlagName.SELF_HARM)) {
          for (String d : f.reason().detail().split("; ")) why.merge(d.replaceAll("\"[^\"]*\"", "\"" + d.replaceAll(".*\"(.*)\".*", "$1").toLowerCase() + "\""), 1, Integer::sum);
          if (args.length > 2) System.out.println(f.reason().detail() + " | " + body.replace('\n', ' ').substring(0, Math.min(200, body.length())));
        }
      }
      why.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(60).forEach(e -> System.out.println(e.getValue() + " " + e.getKey()));
      return;
    }
    if (args.length > 0 && args[0].equals("--twitter-stats")) {
      java.util.Map<String, Integer> dist = new java.util.TreeMap<>();
      for (HealthEvaluation.Example e : HealthEvaluation.twitter()) {
        if (HealthEvaluation.flags(e.body(), io.commentmod.events.FlagName.SELF_HARM)) continue;
        Tokens t = Tokenizer.tokenize(e.body(), lex.vocabulary);
        Hits h = lex.selfHarmHits(t);
        java.util.Set<String> weak = new java.util.HashSet<>();
        for (int k = 0; k < h.size; k++) {
          if ((h.is(k, Cat.SH_DISTRESS) || h.is(k, Cat.SH_PLAN)) && h.payload[k] == 1) {
            weak.add(t.text.substring(t.start[h.from[k]], t.end[h.to[k] - 1]));
          }
        }
        String key = (e.positive() ? "pos" : "neg") + " weak=" + Math.min(weak.size(), 3);
        dist.merge(key, 1, Integer::sum);
        if (e.positive() && args.length > 1 && weak.size() == Integer.parseInt(args[1])) {
          System.out.println(weak + " | " + e.body().substring(0, Math.min(250, e.body().length())));
        }
      }
      System.out.println(dist);
      return;
    }
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
