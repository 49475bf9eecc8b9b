package io.commentmod.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blog's articles, read once from the classpath: {@code site/articles/index.txt} lists ids in
 * order; {@code site/articles/<id>.txt} holds the title on line one, a summary on line two, then
 * paragraphs separated by blank lines.
 */
final class Articles {
  private static final String DIR = "/site/articles/";
  private final Map<String, Article> byId;

  private Articles(Map<String, Article> byId) {
    this.byId = byId;
  }

  static Articles load() {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (String id : read("index.txt").split("\\R")) {
      if (!id.isBlank()) byId.put(id.strip(), parse(id.strip(), read(id.strip() + ".txt")));
    }
    return new Articles(byId);
  }

  List<Article> all() {
    return List.copyOf(byId.values());
  }

  Optional<Article> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static Article parse(String id, String text) {
    String[] blocks = text.strip().split("\\R\\s*\\R");
    String[] head = blocks[0].split("\\R", 2);
    if (head.length < 2) throw new IllegalStateException("article " + id + " needs a title line and a summary line");
    List<String> paragraphs = new ArrayList<>();
    Arrays.stream(blocks).skip(1).map(b -> b.strip().replaceAll("\\s*\\R\\s*", " ")).forEach(paragraphs::add);
    return new Article(id, head[0].strip(), head[1].strip(), paragraphs);
  }

  private static String read(String name) {
    try (InputStream in = Articles.class.getResourceAsStream(DIR + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + DIR + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
