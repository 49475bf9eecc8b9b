package io.commentmod.publisher;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes through the WordPress REST API ({@code /wp-json/wp/v2/comments}) as a user with an
 * application password (HTTP Basic) who may moderate comments.
 *
 * <p>Idempotent without plugins: each comment's content ends with an invisible marker,
 * {@code <!-- commentmod:<id> -->}; before creating, the client searches for it (any status), so a
 * redelivery finds the comment instead of adding another, and a 409 {@code comment_duplicate} is
 * the same comment already there. Comment text is HTML-escaped: WordPress shows what the reader
 * typed, never markup. The article id is a post ID or a post slug; replies find their parent by its
 * marker. Retraction deletes every comment carrying the marker with {@code force=true}.
 */
final class WordPressSiteClient implements SiteClient {
  static final String API = "/wp-json/wp/v2";
  private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private final HttpClient http;
  private final String root;
  private final String authorization;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, Long> postIds = new ConcurrentHashMap<>();

  WordPressSiteClient(HttpClient http, PublisherConfig.WordPress site, Duration timeout, Clock clock) {
    this.http = http;
    this.root = site.url().toString().replaceAll("/+$", "");
    String credentials = site.user() + ":" + site.appPassword();
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    this.timeout = timeout;
    this.clock = clock;
  }

  static String marker(String commentId) {
    return "<!-- commentmod:" + commentId + " -->";
  }

  /** The content WordPress stores: the reader's text as text, then the marker. */
  static String content(String body, String commentId) {
    return escape(body) + "\n\n" + marker(commentId);
  }

  @Override
  public SiteResponse deliver(CommentApproved approved) throws IOException, InterruptedException {
    CommentSubmitted c = approved.comment();
    Answer<Long> post = postId(c.articleId());
    if (post.failure() != null) return post.failure();
    Answer<List<Long>> existing = find(approved.id());
    if (existing.failure() != null) return existing.failure();
    if (!existing.value().isEmpty()) return new SiteResponse(200, "already on WordPress as comment " + existing.value().get(0), null);

    long parent = 0;
    if (c.parentId() != null && !c.parentId().isBlank()) {
      Answer<List<Long>> p = find(c.parentId());
      if (p.failure() != null) return p.failure();
      // A parent that is not there (retracted, dead-lettered) leaves the reply at the top level.
      if (!p.value().isEmpty()) parent = p.value().get(0);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("post", post.value());
    body.put("parent", parent);
    if (c.author() != null && c.author().name() != null) body.put("author_name", c.author().name());
    if (c.author() != null && c.author().email() != null) body.put("author_email", c.author().email());
    body.put("content", content(c.body(), approved.id()));
    if (c.submittedAt() != null) body.put("date_gmt", WP_DATE.format(c.submittedAt()));
    body.put("status", "approved");
    SiteResponse created = send(request(API + "/comments")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body))).build());
    String code = errorCode(created);
    if (created.status() == 409 && "comment_duplicate".equals(code)) {
      // The marker makes the content unique: the duplicate is this comment, created by an earlier attempt.
      return new SiteResponse(200, "already on WordPress (comment_duplicate)", null);
    }
    if ("comment_flood".equals(code)) return new SiteResponse(429, created.body(), created.retryAfter());
    return created;
  }

  @Override
  public SiteResponse retract(CommentRetracted r) throws IOException, InterruptedException {
    Answer<List<Long>> found = find(r.id());
    if (found.failure() != null) return found.failure();
    for (long wpId : found.value()) {
      SiteResponse deleted = send(request(API + "/comments/" + wpId + "?force=true").DELETE().build());
      if (!deleted.isSuccess() && deleted.status() != 404 && deleted.status() != 410) return deleted;
    }
    return new SiteResponse(200, found.value().isEmpty() ? "not on WordPress" : "deleted " + found.value(), null);
  }

  /** The WordPress comment ids carrying our marker for {@code commentId}, in any status. */
  private Answer<List<Long>> find(String commentId) throws IOException, InterruptedException {
    String query = "?search=" + encode("commentmod:" + commentId) + "&status=any&context=edit&per_page=100&_fields=id,content";
    SiteResponse r = sendFull(request(API + "/comments" + query).GET().build());
    if (!r.isSuccess()) return Answer.failed(excerpt(r));
    List<Long> ids = new ArrayList<>();
    for (JsonNode n : json(r.body())) {
      if (n.path("content").path("raw").asText("").contains(marker(commentId))) ids.add(n.path("id").asLong());
    }
    return Answer.of(ids);
  }

  /** A numeric article id is the post ID; anything else is looked up as a post slug (cached). */
  private Answer<Long> postId(String articleId) throws IOException, InterruptedException {
    if (articleId != null && articleId.matches("\\d{1,18}")) return Answer.of(Long.parseLong(articleId));
    Long cached = postIds.get(articleId);
    if (cached != null) return Answer.of(cached);
    SiteResponse r = sendFull(request(API + "/posts?slug=" + encode(articleId) + "&_fields=id").GET().build());
    if (!r.isSuccess()) return Answer.failed(excerpt(r));
    JsonNode posts = json(r.body());
    if (!posts.isArray() || posts.isEmpty()) {
      return Answer.failed(new SiteResponse(404, "{\"code\":\"no_such_post\",\"message\":\"no WordPress post with slug '" + articleId + "'\"}", null));
    }
    long id = posts.get(0).path("id").asLong();
    postIds.put(articleId, id);
    return Answer.of(id);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(root + path)).timeout(timeout).header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private SiteResponse send(HttpRequest request) throws IOException, InterruptedException {
    return excerpt(sendFull(request));
  }

  private SiteResponse sendFull(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    return new SiteResponse(response.statusCode(), response.body(), retryAfter);
  }

  private static SiteResponse excerpt(SiteResponse r) {
    String b = r.body();
    return b.length() <= WebhookSiteClient.BODY_EXCERPT ? r : new SiteResponse(r.status(), b.substring(0, WebhookSiteClient.BODY_EXCERPT), r.retryAfter());
  }

  /** A 2xx answer that is not JSON is a site we do not understand yet (a proxy page, a login form): retried like no answer. */
  private static JsonNode json(String body) throws IOException {
    try {
      return Json.mapper().readTree(body);
    } catch (JacksonException e) {
      throw new IOException("WordPress answered something that is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String errorCode(SiteResponse r) {
    if (r.isSuccess()) return null;
    try {
      return Json.mapper().readTree(r.body()).path("code").asText(null);
    } catch (JacksonException | RuntimeException e) {
      return null;
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A value, or the site's answer that stopped us getting it. */
  private record Answer<T>(T value, SiteResponse failure) {
    static <T> Answer<T> of(T value) {
      return new Answer<>(value, null);
    }

    static <T> Answer<T> failed(SiteResponse r) {
      return new Answer<>(null, r);
    }
  }
}
