package io.commentmod.site;

import static io.commentmod.site.Html.escape;

/**
 * The blog's HTML. Only our own article text is rendered on the server; reader comments are never
 * put into HTML here: the article page fetches them as JSON and its script inserts them as text.
 */
final class Pages {
  static final String BLOG_NAME = "Mind & Body Notes";

  private Pages() {}

  static String index(Articles articles) {
    StringBuilder list = new StringBuilder();
    for (Article a : articles.all()) {
      list.append("<li><a href=\"/articles/").append(escape(a.id())).append("\">").append(escape(a.title())).append("</a>")
          .append("<p>").append(escape(a.summary())).append("</p></li>\n");
    }
    return layout(BLOG_NAME, """
        <h1>Latest articles</h1>
        <ul class="articles">
        %s</ul>
        """.formatted(list));
  }

  static String article(Article a) {
    StringBuilder body = new StringBuilder();
    for (String p : a.paragraphs()) body.append("<p>").append(escape(p)).append("</p>\n");
    String id = escape(a.id());
    return layout(a.title(), """
        <article>
        <h1>%s</h1>
        <p class="summary">%s</p>
        %s</article>
        <section id="comments" data-article="%s">
        <h2>Comments</h2>
        <ol id="comment-list" aria-live="polite"></ol>
        <p id="comments-empty">No comments yet.</p>
        <noscript><p>Comments are shown with JavaScript.</p></noscript>
        </section>
        <section>
        <h2>Leave a comment</h2>
        <form id="comment-form" method="post" action="/articles/%s/comments">
        <label>Name <input name="name" required maxlength="100" autocomplete="name"></label>
        <label>Email (not published) <input name="email" type="email" required maxlength="254" autocomplete="email"></label>
        <label>Comment <textarea name="comment" required rows="6" maxlength="10000"></textarea></label>
        <button type="submit">Post comment</button>
        <p id="submission-status" role="status"></p>
        </form>
        <p class="note">Comments are moderated before they appear.</p>
        </section>
        <script src="/assets/article.js"></script>
        """.formatted(escape(a.title()), escape(a.summary()), body, id, id));
  }

  static String notFound() {
    return layout("Not found", "<h1>Not found</h1>\n<p><a href=\"/\">Back to the articles</a></p>\n");
  }

  private static String layout(String title, String main) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <header><a class="brand" href="/">%s</a></header>
        <main>
        %s</main>
        <footer>A demo blog for the comment moderation pipeline. Not medical advice.</footer>
        </body>
        </html>
        """.formatted(escape(title), escape(BLOG_NAME), main);
  }
}
