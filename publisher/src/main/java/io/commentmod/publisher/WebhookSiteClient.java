package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** POSTs the comment as JSON, signed over timestamp and body, with the comment id as idempotency key. */
final class WebhookSiteClient implements SiteClient {
  /** Longest part of a response body kept for dead-letter reasons. */
  static final int BODY_EXCERPT = 512;

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
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
        .header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
        .header(WebhookSignature.IDEMPOTENCY_HEADER, comment.id())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    String excerpt;
    try (InputStream in = response.body()) {
      excerpt = new String(in.readNBytes(BODY_EXCERPT), StandardCharsets.UTF_8);
    }
    Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    return new SiteResponse(response.statusCode(), excerpt, retryAfter);
  }
}
