package io.commentmod.site;

import com.fasterxml.jackson.core.JacksonException;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher's webhook. {@code POST /webhooks/comments} stores a comment under its id, which
 * must equal the {@code Idempotency-Key} header, so a redelivery never shows it twice;
 * {@code DELETE /webhooks/comments/{id}} with a signed body naming the same id retracts one. Both need a valid signature whose timestamp
 * lies within the replay window (401 otherwise), checked before the body is even parsed.
 */
final class WebhookReceiver {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

  private final WebhookSignature signature;
  private final Duration replayWindow;
  private final CommentStore store;
  private final Clock clock;

  WebhookReceiver(String secret, Duration replayWindow, CommentStore store, Clock clock) {
    this.signature = new WebhookSignature(secret);
    this.replayWindow = replayWindow;
    this.store = store;
    this.clock = clock;
  }

  void publish(Context ctx) throws Exception {
    byte[] raw = ctx.bodyAsBytes();
    if (!signed(ctx, raw)) return;
    WebhookComment comment;
    try {
      comment = Json.mapper().readValue(raw, WebhookComment.class);
    } catch (JacksonException e) {
      Problems.send(ctx, 400, "Bad Request", "body is not a valid comment: " + e.getOriginalMessage());
      return;
    }
    String problem = comment == null ? "body is empty" : comment.problem();
    if (problem != null) {
      Problems.send(ctx, 400, "Bad Request", problem);
      return;
    }
    String key = ctx.header(WebhookSignature.IDEMPOTENCY_HEADER);
    if (!comment.id().equals(key)) {
      Problems.send(ctx, 400, "Bad Request", WebhookSignature.IDEMPOTENCY_HEADER + " must equal the comment id");
      return;
    }
    CommentStore.Upsert result = store.upsert(comment.toPublished(clock.instant()), clock.instant());
    LOG.debug("Webhook {} comment {}", result, comment.id());
    ctx.status(result == CommentStore.Upsert.CREATED ? 201 : 200)
        .contentType("application/json")
        .result(Json.mapper().writeValueAsBytes(Map.of("id", comment.id(), "result", result.name().toLowerCase(java.util.Locale.ROOT))));
  }

  /**
   * Idempotent: retracting an unknown or already retracted id answers 204 too, and blocks a later
   * publish. The signature covers the body, not the URL, so the body must name the comment
   * ({@code {"id": "<id>"}}): otherwise one captured signature could delete any comment within the window.
   */
  void retract(Context ctx) {
    byte[] raw = ctx.bodyAsBytes();
    if (!signed(ctx, raw)) return;
    String id = ctx.pathParam("id");
    String named;
    try {
      named = raw.length == 0 ? null : Json.mapper().readTree(raw).path("id").asText(null);
    } catch (java.io.IOException e) {
      named = null;
    }
    if (!id.equals(named)) {
      Problems.send(ctx, 400, "Bad Request", "the signed body must name the comment being retracted: {\"id\": \"" + id + "\"}");
      return;
    }
    String key = ctx.header(WebhookSignature.IDEMPOTENCY_HEADER);
    if (key != null && !key.equals(id)) {
      Problems.send(ctx, 400, "Bad Request", WebhookSignature.IDEMPOTENCY_HEADER + " must equal the comment id");
      return;
    }
    boolean removed = store.retract(id, clock.instant());
    LOG.info("Retracted comment {} ({})", id, removed ? "was shown" : "was not shown");
    ctx.status(204);
  }

  private boolean signed(Context ctx, byte[] body) {
    boolean ok = signature.verify(ctx.header(WebhookSignature.TIMESTAMP_HEADER), ctx.header(WebhookSignature.SIGNATURE_HEADER),
        body, clock.instant(), replayWindow);
    if (!ok) Problems.send(ctx, 401, "Unauthorized", "missing, invalid or expired webhook signature");
    return ok;
  }
}
