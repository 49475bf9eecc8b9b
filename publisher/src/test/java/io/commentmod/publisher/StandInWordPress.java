package io.commentmod.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.commentmod.events.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A stand-in for WordPress's REST API comment endpoints, enforcing the contract of
 * {@code WP_REST_Comments_Controller} as the publisher relies on it:
 * <ul>
 *   <li>HTTP Basic with an application password; a wrong one is 401 {@code incorrect_password},
 *       none is 401 {@code rest_comment_login_required} on create, 401 {@code rest_forbidden_param}
 *       for a non-default {@code status} or {@code context=edit} search;
 *   <li>{@code POST /wp-json/wp/v2/comments}: {@code post} must name an existing post (403
 *       {@code rest_comment_invalid_post_id}), {@code content} must not be empty (400
 *       {@code rest_comment_content_invalid}), name and email are required (400
 *       {@code rest_comment_author_data_required}, the default "require_name_email"), an identical
 *       comment on the same post by the same author is 409 {@code comment_duplicate}, else 201;
 *   <li>{@code GET /wp-json/wp/v2/comments?search=...&status=any&context=edit}: substring search over
 *       content and author fields; {@code GET /wp-json/wp/v2/posts?slug=...};
 *   <li>{@code DELETE /wp-json/wp/v2/comments/<id>?force=true}: 200 {@code {"deleted":true,...}},
 *       404 {@code rest_comment_invalid_id} for an unknown id, 501 {@code rest_trash_not_supported}
 *       without force when trash is off.
 * </ul>
 * Faults: a share of requests answered 503, so the client's multi-request steps fail half-way.
 */
final class StandInWordPress implements AutoCloseable {
  record Comment(long id, long post, long parent, String authorName, String authorEmail, String content, String status, String dateGmt) {}

  private final HttpServer server;
  private final String user;
  private final String password;
  private final Map<String, Long> posts = new LinkedHashMap<>();
  private final Map<Long, Comment> comments = new LinkedHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private long nextId = 100;
  private volatile int failPercent;
  private volatile boolean searchFindsNothing;

  StandInWordPress(String user, String password) throws IOException {
    this.user = user;
    this.password = password;
    posts.put("lions-mane", 11L);
    posts.put("exercise-and-mood", 12L);
    posts.put("psilocybin-research", 13L);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/wp-json/wp/v2/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  StandInWordPress failPercent(int p) {
    failPercent = p;
    return this;
  }

  StandInWordPress searchFindsNothing(boolean blind) {
    searchFindsNothing = blind;
    return this;
  }

  synchronized List<Comment> comments() {
    return List.copyOf(comments.values());
  }

  /** Comments whose content carries {@code needle}. */
  synchronized List<Comment> containing(String needle) {
    return comments.values().stream().filter(c -> c.content().contains(needle)).toList();
  }

  /** "METHOD path?query" of every request, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      URI uri = ex.getRequestURI();
      requests.add(method + " " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
      byte[] body = ex.getRequestBody().readAllBytes();
      if (ThreadLocalRandom.current().nextInt(100) < failPercent) {
        send(ex, 503, error("service_unavailable", "Try again", 503));
        return;
      }
      Boolean auth = authenticated(ex.getRequestHeaders().getFirst("Authorization"));
      if (Boolean.FALSE.equals(auth)) {
        send(ex, 401, error("incorrect_password", "The provided password is an invalid application password.", 401));
        return;
      }
      boolean loggedIn = auth != null;
      Map<String, String> q = query(uri.getRawQuery());
      String path = uri.getPath().substring("/wp-json/wp/v2".length());
      synchronized (this) {
        if (method.equals("GET") && path.equals("/posts")) {
          ArrayNode out = Json.mapper().createArrayNode();
          Long id = posts.get(q.get("slug"));
          if (id != null) out.addObject().put("id", id);
          send(ex, 200, out);
        } else if (method.equals("GET") && path.equals("/comments")) {
          list(ex, q, loggedIn);
        } else if (method.equals("POST") && path.equals("/comments")) {
          create(ex, Json.mapper().readTree(body), loggedIn);
        } else if (method.equals("DELETE") && path.matches("/comments/\\d+")) {
          delete(ex, Long.parseLong(path.substring("/comments/".length())), q, loggedIn);
        } else {
          send(ex, 404, error("rest_no_route", "No route was found matching the URL and request method.", 404));
        }
      }
    }
  }

  private void list(HttpExchange ex, Map<String, String> q, boolean loggedIn) throws IOException {
    String status = q.getOrDefault("status", "approve");
    if (!loggedIn && (!status.equals("approve") || "edit".equals(q.get("context")))) {
      send(ex, 401, error("rest_forbidden_param", "Query parameter not permitted: status", 401));
      return;
    }
    String search = q.getOrDefault("search", "");
    ArrayNode out = Json.mapper().createArrayNode();
    for (Comment c : comments.values()) {
      boolean statusOk = status.equals("any") || (status.equals("all") ? !c.status().equals("trash") && !c.status().equals("spam")
          : status.equals("approve") ? c.status().equals("approved") : c.status().equals(status));
      boolean matches = search.isEmpty() || c.content().contains(search) || c.authorName().contains(search) || c.authorEmail().contains(search);
      if (statusOk && matches && !(searchFindsNothing && !search.isEmpty())) out.add(view(c, "edit".equals(q.get("context"))));
    }
    send(ex, 200, out);
  }

  private void create(HttpExchange ex, JsonNode b, boolean loggedIn) throws IOException {
    if (!loggedIn) {
      send(ex, 401, error("rest_comment_login_required", "Sorry, you must be logged in to comment.", 401));
      return;
    }
    long post = b.path("post").asLong(0);
    if (post == 0 || !posts.containsValue(post)) {
      send(ex, 403, error("rest_comment_invalid_post_id", "Sorry, you are not allowed to create this comment without a post.", 403));
      return;
    }
    String content = b.path("content").asText("");
    if (content.isEmpty()) {
      send(ex, 400, error("rest_comment_content_invalid", "Invalid comment content.", 400));
      return;
    }
    String name = b.path("author_name").asText("");
    String email = b.path("author_email").asText("");
    if (name.isEmpty() || email.isEmpty()) {
      send(ex, 400, error("rest_comment_author_data_required", "Creating a comment requires valid author name and email values.", 400));
      return;
    }
    for (Comment c : comments.values()) {
      if (c.post() == post && c.content().equals(content) && (c.authorName().equals(name) || c.authorEmail().equals(email))
          && !c.status().equals("trash")) {
        send(ex, 409, error("comment_duplicate", "Duplicate comment detected; it looks as though you\u2019ve already said that!", 409));
        return;
      }
    }
    long parent = b.path("parent").asLong(0);
    String status = b.path("status").asText("hold").equals("approved") ? "approved" : "hold";
    Comment c = new Comment(nextId++, post, parent, name, email, content, status, b.path("date_gmt").asText(null));
    comments.put(c.id(), c);
    send(ex, 201, view(c, true));
  }

  private void delete(HttpExchange ex, long id, Map<String, String> q, boolean loggedIn) throws IOException {
    if (!loggedIn) {
      send(ex, 401, error("rest_cannot_delete", "Sorry, you are not allowed to delete this comment.", 401));
      return;
    }
    Comment c = comments.get(id);
    if (c == null) {
      send(ex, 404, error("rest_comment_invalid_id", "Invalid comment ID.", 404));
      return;
    }
    if (!"true".equals(q.get("force"))) {
      send(ex, 501, error("rest_trash_not_supported", "The comment does not support trashing. Set 'force=true' to delete.", 501));
      return;
    }
    comments.remove(id);
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("deleted", true);
    out.set("previous", view(c, true));
    send(ex, 200, out);
  }

  private Boolean authenticated(String header) {
    if (header == null || !header.startsWith("Basic ")) return null;
    String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    return decoded.equals(user + ":" + password);
  }

  private static ObjectNode view(Comment c, boolean edit) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("id", c.id());
    n.put("post", c.post());
    n.put("parent", c.parent());
    n.put("author_name", c.authorName());
    if (edit) n.put("author_email", c.authorEmail());
    n.put("status", c.status());
    if (c.dateGmt() != null) n.put("date_gmt", c.dateGmt());
    ObjectNode content = n.putObject("content");
    content.put("rendered", "<p>" + c.content() + "</p>\n");
    if (edit) content.put("raw", c.content());
    return n;
  }

  private static ObjectNode error(String code, String message, int status) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("code", code);
    n.put("message", message);
    n.putObject("data").put("status", status);
    return n;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] out = Json.mapper().writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    ex.sendResponseHeaders(status, out.length);
    ex.getResponseBody().write(out);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
