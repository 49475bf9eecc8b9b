package io.commentmod.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The site backend's side of ingest's API: submit a comment, ask for its status. Authenticates with the site's API key. */
final class IngestClient {
  /** Ingest's answer, passed on to the browser as it came. */
  record Answer(int status, String contentType, byte[] body) {}

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final String base;
  private final String apiKey;

  IngestClient(HttpClient http, URI ingestUrl, String apiKey) {
    this.http = http;
    String u = ingestUrl.toString();
    this.base = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    this.apiKey = apiKey;
  }

  /** {@code POST /api/v1/comments}; the same {@code idempotencyKey} on a retry yields the same comment, once. */
  Answer submit(byte[] json, String idempotencyKey) throws IOException, InterruptedException {
    return send(request("/api/v1/comments")
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build());
  }

  /** {@code GET /api/v1/comments/{id}}. */
  Answer status(String commentId) throws IOException, InterruptedException {
    return send(request("/api/v1/comments/" + URLEncoder.encode(commentId, StandardCharsets.UTF_8)).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + apiKey)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/json"), r.body());
  }
}
