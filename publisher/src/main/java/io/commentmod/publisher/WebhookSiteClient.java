package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs the comment as JSON, signed over timestamp and body, with the comment id as idempotency key;
 * retracts with a DELETE to {@code <url>/<id>} whose signed body names the same id, so a captured
 * signature cannot be replayed against another comment.
 */
final class WebhookSiteClient implements SiteClient {
  /** Longest part of a response body kept for dead-letter reasons. */
  static final int BODY_EXCERPT = 512;

  /** The body of a retraction. */
  record Retraction(String id, String articleId, Instant retractedAt) {}

  private final HttpClient http;
  private final URI url;
  private final WebhookSignature signature;
  private final Duration timeout;
  private final Clock clock;

  WebhookSiteClient(HttpClient http, URI url, String secret, Duration timeout, Clock clock) {
    this.http = http;
    this.url = url;
    this.signature = new WebhookSignature(secret);
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public SiteResponse deliver(CommentApproved comment) throws IOException, InterruptedException {
    byte[] body = Json.mapper().writeValueAsBytes(WebhookPayload.of(comment));
    return send(signed(url, comment.id(), body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  @Override
  public SiteResponse retract(CommentRetracted r) throws IOException, InterruptedException {
    byte[] body = Json.mapper().writeValueAsBytes(new Retraction(r.id(), r.articleId(), r.retractedAt()));
    return send(signed(itemUrl(r.id()), r.id(), body).method("DELETE", HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** {@code <url>/<id>}, the id URL-encoded, keeping any query string of the configured URL. */
  URI itemUrl(String id) {
    String path = (url.getRawPath() == null ? "" : url.getRawPath()).replaceAll("/+$", "");
    String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path + "/" + encoded + query);
  }

  private HttpRequest.Builder signed(URI target, String id, byte[] body) {
    long timestamp = clock.instant().getEpochSecond();
    return HttpRequest.newBuilder(target)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
        .header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
        .header(WebhookSignature.IDEMPOTENCY_HEADER, id);
  }

  private SiteResponse send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    String excerpt;
    try (InputStream in = response.body()) {
      excerpt = new String(in.readNBytes(BODY_EXCERPT), StandardCharsets.UTF_8);
    }
    Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    return new SiteResponse(response.statusCode(), excerpt, retryAfter);
  }
}
