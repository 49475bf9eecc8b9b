package io.commentmod.site;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site backend between the comment form and ingest. {@code POST /articles/{id}/comments}
 * (JSON or a plain form post) forwards the comment to ingest with an idempotency key and answers
 * with ingest's answer; {@code GET /api/comments/{id}/status} relays ingest's status. The API key
 * stays on the server; the browser never talks to ingest.
 */
final class CommentSubmissions {
  private static final Logger LOG = LoggerFactory.getLogger(CommentSubmissions.class);
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
  private static final Pattern COMMENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  /** What ingest receives; the reader's email and address go to ingest only, never back to a page. */
  record IngestRequest(String articleId, Author author, String body, String parentId, Instant submittedAt) {
    record Author(String name, String email, String ip, String userAgent) {}
  }

  private final Articles articles;
  private final IngestClient ingest;
  private final Clock clock;

  CommentSubmissions(Articles articles, IngestClient ingest, Clock clock) {
    this.articles = articles;
    this.ingest = ingest;
    this.clock = clock;
  }

  void submit(Context ctx) throws Exception {
    String articleId = ctx.pathParam("id");
    if (articles.get(articleId).isEmpty()) {
      Problems.send(ctx, 404, "Not Found", "no article '" + articleId + "'");
      return;
    }
    boolean json = ctx.contentType() != null && ctx.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    Form form;
    try {
      form = json ? Form.fromJson(ctx.bodyAsBytes()) : Form.fromParams(ctx);
    } catch (JacksonException e) {
      Problems.send(ctx, 400, "Bad Request", "body is not a JSON object: " + e.getOriginalMessage());
      return;
    }
    String missing = form.name == null ? "name" : form.email == null ? "email" : form.body == null ? "comment" : null;
    if (missing != null) {
      Problems.send(ctx, 400, "Bad Request", missing + " is required");
      return;
    }
    String key = firstNonBlank(ctx.header("Idempotency-Key"), form.idempotencyKey, UUID.randomUUID().toString());
    if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
      Problems.send(ctx, 400, "Bad Request", "Idempotency-Key must be 1 to 200 printable ASCII characters");
      return;
    }
    String ip = IP.matcher(ctx.ip()).matches() ? ctx.ip() : null;
    String userAgent = ctx.userAgent() == null ? null : truncate(ctx.userAgent(), 512);
    var request = new IngestRequest(articleId, new IngestRequest.Author(form.name, form.email, ip, userAgent),
        form.body, form.parentId, clock.instant());
    IngestClient.Answer answer;
    try {
      answer = ingest.submit(Json.mapper().writeValueAsBytes(request), key);
    } catch (IOException e) {
      LOG.warn("Ingest unreachable for a submission to {}: {}", articleId, e.toString());
      Problems.send(ctx, 502, "Bad Gateway", "the comment service is unavailable; please try again");
      return;
    }
    if (!json && answer.status() / 100 == 2 && acceptsHtml(ctx)) {
      // A form posted without JavaScript: back to the article, which then shows the pending comment.
      String id = idOf(answer.body());
      ctx.redirect("/articles/" + articleId + (id == null ? "" : "?pending=" + URLEncoder.encode(id, StandardCharsets.UTF_8)), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    relay(ctx, answer);
  }

  void status(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    if (!COMMENT_ID.matcher(id).matches()) {
      Problems.send(ctx, 400, "Bad Request", "not a comment id");
      return;
    }
    try {
      relay(ctx, ingest.status(id));
    } catch (IOException e) {
      Problems.send(ctx, 502, "Bad Gateway", "the comment service is unavailable; please try again");
    }
  }

  private static void relay(Context ctx, IngestClient.Answer answer) {
    ctx.status(answer.status()).contentType(answer.contentType()).header("Cache-Control", "no-store").result(answer.body());
  }

  private static boolean acceptsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static String idOf(byte[] body) {
    try {
      JsonNode n = Json.mapper().readTree(body);
      return n != null && n.path("id").isTextual() ? n.get("id").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** The form's fields; blank means absent. {@code comment} and {@code body} are the same field. */
  private record Form(String name, String email, String body, String parentId, String idempotencyKey) {
    static Form fromJson(byte[] raw) throws IOException {
      JsonNode n = Json.mapper().readTree(raw);
      if (n == null || !n.isObject()) throw new com.fasterxml.jackson.core.JsonParseException(null, "expected an object");
      return new Form(text(n, "name"), text(n, "email"), firstNonBlank(text(n, "comment"), text(n, "body")),
          text(n, "parentId"), text(n, "idempotencyKey"));
    }

    static Form fromParams(Context ctx) {
      return new Form(param(ctx, "name"), param(ctx, "email"), firstNonBlank(param(ctx, "comment"), param(ctx, "body")),
          param(ctx, "parentId"), param(ctx, "idempotencyKey"));
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    private static String param(Context ctx, String field) {
      String v = ctx.formParam(field);
      return v == null || v.isBlank() ? null : v;
    }
  }
}
