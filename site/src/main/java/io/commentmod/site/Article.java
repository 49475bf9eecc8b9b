package io.commentmod.site;

import java.util.List;

/** One article of the demo blog, written by us, so trusted text (still escaped when rendered). */
record Article(String id, String title, String summary, List<String> paragraphs) {
  Article {
    paragraphs = List.copyOf(paragraphs);
  }
}
