package io.commentmod.moderation.check.health;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads lexicon files from the classpath into a {@link PhraseTrie}.
 *
 * <p>Format: {@code # comment}; {@code [CATEGORY]} or {@code [CATEGORY payload]} starts a section
 * ({@link Cat} name, optional integer the rules read, e.g. "this directive carries its object"); every other
 * line is a phrase. In a phrase {@code {a,b,c}} means one of the alternatives (an empty one makes it
 * optional; no nesting), {@code <num>} any number, and {@code $name} a macro defined by {@code @name = ...}.
 * Phrases are tokenised like comments, so {@code don't}, {@code dont} and {@code don t} are one entry.
 * In {@code drugs.txt} every line is {@code canonical: KIND KIND | form, form, ...}.
 * A bad line fails loading with the file and line number.
 */
final class Lexicon {
  private final Vocabulary vocabulary;
  private final PhraseTrie trie;
  private final Map<String, String> macros = new HashMap<>();

  Lexicon(Vocabulary vocabulary, PhraseTrie trie) {
    this.vocabulary = vocabulary;
    this.trie = trie;
  }

  /** Loads a sectioned phrase file. */
  void load(String resource) {
    Cat section = null;
    int payload = 0;
    int lineNo = 0;
    for (String raw : lines(resource)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        if (line.startsWith("[") && line.endsWith("]")) {
          String[] head = line.substring(1, line.length() - 1).strip().split("\\s+");
          section = Cat.valueOf(head[0]);
          payload = head.length > 1 ? Integer.parseInt(head[1]) : 0;
        } else if (line.startsWith("@")) {
          int eq = line.indexOf('=');
          if (eq < 0) throw new IllegalArgumentException("macro needs '='");
          macros.put(line.substring(1, eq).strip(), line.substring(eq + 1).strip());
        } else {
          if (section == null) throw new IllegalArgumentException("phrase before any [SECTION]");
          addPhrase(line, section, payload);
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage() + ": " + line, e);
      }
    }
  }

  /** Loads {@code drugs.txt}: each line a drug with its kinds and surface forms. */
  void loadDrugs(String resource, Drugs drugs) {
    int lineNo = 0;
    for (String raw : lines(resource)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        int colon = line.indexOf(':');
        int bar = line.indexOf('|');
        if (colon < 0 || bar < colon) throw new IllegalArgumentException("expected 'name: KIND ... | form, ...'");
        String name = line.substring(0, colon).strip();
        long kinds = 0;
        for (String k : line.substring(colon + 1, bar).strip().split("\\s+")) {
          if (!k.isEmpty()) kinds |= Drugs.Kind.valueOf(k.toUpperCase(Locale.ROOT)).bit();
        }
        int id = drugs.add(name, kinds);
        for (String form : splitTop(line.substring(bar + 1))) {
          if (!form.isBlank()) addPhrase(form.strip(), Cat.DRUG, id);
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage() + ": " + line, e);
      }
    }
  }

  private void addPhrase(String phrase, Cat cat, int payload) {
    for (String variant : expand(substitute(phrase))) {
      int[] terms = terms(variant);
      if (terms.length > 0) trie.add(terms, cat, payload);
    }
  }

  private String substitute(String phrase) {
    if (phrase.indexOf('$') < 0) return phrase;
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < phrase.length()) {
      char c = phrase.charAt(i);
      if (c == '$') {
        int j = i + 1;
        while (j < phrase.length() && Character.isLetterOrDigit(phrase.charAt(j))) j++;
        String body = macros.get(phrase.substring(i + 1, j));
        if (body == null) throw new IllegalArgumentException("unknown macro " + phrase.substring(i, j));
        boolean braced = body.startsWith("{") && body.endsWith("}");
        out.append(depth > 0 && braced ? body.substring(1, body.length() - 1) : body);
        i = j;
      } else {
        if (c == '{') depth++;
        if (c == '}') depth--;
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Expands {@code {a,b}} alternatives into every variant. */
  static List<String> expand(String phrase) {
    int open = phrase.indexOf('{');
    if (open < 0) return List.of(phrase);
    int close = phrase.indexOf('}', open);
    if (close < 0) throw new IllegalArgumentException("unclosed '{'");
    int nested = phrase.indexOf('{', open + 1);
    if (nested >= 0 && nested < close) throw new IllegalArgumentException("nested '{' is not supported");
    List<String> out = new ArrayList<>();
    String head = phrase.substring(0, open);
    for (String alt : phrase.substring(open + 1, close).split(",", -1)) {
      for (String tail : expand(phrase.substring(close + 1))) {
        out.add(head + alt.strip() + tail);
      }
    }
    return out;
  }

  private int[] terms(String phrase) {
    List<Integer> ids = new ArrayList<>();
    for (String word : phrase.strip().split("\\s+")) {
      if (word.isEmpty()) continue;
      if (word.equals("<num>")) {
        ids.add(Vocabulary.NUMBER);
        continue;
      }
      List<String> folded = Tokenizer.words(word);
      // a word the tokenizer drops would silently shorten the phrase ("kill me now 😂" would become
      // "kill me now"); only ASCII punctuation written for readability ("2 - 3 days") may drop out
      if (folded.isEmpty() && !word.chars().allMatch(c -> c < 128 && !Character.isLetterOrDigit(c))) throw new IllegalArgumentException("'" + word + "' is not read as a word by the tokenizer");
      for (String f : folded) ids.add(vocabulary.add(f));
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<String> splitTop(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') depth++;
      else if (c == '}') depth--;
      else if (c == ',' && depth == 0) {
        out.add(s.substring(from, i));
        from = i + 1;
      }
    }
    out.add(s.substring(from));
    return out;
  }

  private static List<String> lines(String resource) {
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("lexicon not found on classpath: " + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
