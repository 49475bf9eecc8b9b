package io.commentmod.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Json;
import io.commentmod.ingest.IngestMetrics.Refusal;
import io.commentmod.ingest.status.StatusView;
import io.commentmod.ingest.validation.CommentParser;
import io.commentmod.ingest.validation.CommentRequest;
import io.commentmod.ingest.validation.FieldError;
import io.commentmod.ingest.validation.InvalidComment;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/comments}. Answers 202 only after the broker acknowledged the comment. A
 * retry (same {@code Idempotency-Key}, or same {@code siteCommentId}) gets the first answer again
 * without a second event when this process, or the status table, already has the id; with a
 * different body it gets 409. A dead broker gives 503 in under 10 s: at most {@link #CLAIM_WAIT}
 * behind a concurrent retry, then at most {@link Submitter#MAX_BLOCK} or {@link #ACK_WAIT}.
 */
final class SubmitHandler implements Handler {
  static final String PATH = "/api/v1/comments";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final int MAX_REQUEST_BYTES = 64 * 1024;
  static final Duration CLAIM_WAIT = Duration.ofSeconds(3);
  static final Duration ACK_WAIT = Duration.ofSeconds(6);

  private static final Logger LOG = LoggerFactory.getLogger(SubmitHandler.class);

  /** The 202 body. */
  record Accepted(String id, String status) {}

  private final ApiKeys keys;
  private final Acceptances acceptances;
  private final StatusView statuses;
  private final Submitter submitter;
  private final IngestMetrics metrics;
  private final Clock clock;

  SubmitHandler(ApiKeys keys, Acceptances acceptances, StatusView statuses, Submitter submitter, IngestMetrics metrics, Clock clock) {
    this.keys = keys;
    this.acceptances = acceptances;
    this.statuses = statuses;
    this.submitter = submitter;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    long start = System.nanoTime();
    Optional<String> caller = keys.authenticate(ctx.header(Responses.AUTHORIZATION));
    if (caller.isEmpty()) {
      metrics.refused(Refusal.UNAUTHORIZED);
      Responses.unauthorized(ctx);
      return;
    }
    if (!RequestChecks.isJson(ctx.header("Content-Type"))) {
      refuse(ctx, Refusal.UNSUPPORTED_MEDIA_TYPE, Problem.of(415, "Unsupported Media Type", "Content-Type", "must be application/json (UTF-8)"));
      return;
    }
    Optional<byte[]> raw;
    try {
      raw = RequestChecks.bodyAtMost(ctx.req(), MAX_REQUEST_BYTES);
    } catch (IOException e) {
      refuse(ctx, Refusal.VALIDATION, Problem.of(400, "Bad Request", "$", "could not be read: " + e.getMessage()));
      return;
    }
    if (raw.isEmpty()) {
      ctx.header("Connection", "close"); // the rest of the body stays unread
      refuse(ctx, Refusal.TOO_LARGE, Problem.of(413, "Content Too Large", "$", "must be at most " + MAX_REQUEST_BYTES + " bytes"));
      return;
    }
    String idempotencyKey = ctx.header(IDEMPOTENCY_KEY);
    Optional<String> keyProblem = RequestChecks.idempotencyKeyProblem(idempotencyKey);
    if (keyProblem.isPresent()) {
      refuse(ctx, Refusal.VALIDATION, Problem.of(400, "Bad Request", IDEMPOTENCY_KEY, keyProblem.get()));
      return;
    }
    CommentRequest request;
    try {
      request = CommentParser.parse(raw.get());
    } catch (InvalidComment e) {
      refuse(ctx, Refusal.VALIDATION, Problem.invalidComment(e.errors()));
      return;
    }
    Optional<String> derived = CommentIds.derived(caller.get(), idempotencyKey, request.siteCommentId());
    if (derived.isEmpty()) {
      produce(ctx, CommentIds.random(), request, idempotencyKey, start);
      return;
    }
    String id = derived.get();
    String keyField = idempotencyKey != null ? IDEMPOTENCY_KEY : "siteCommentId";
    try (Acceptances.Claim claim = acceptances.claim(id, CLAIM_WAIT)) {
      if (!isRepeat(ctx, id, request, keyField)) produce(ctx, id, request, idempotencyKey, start);
    } catch (TimeoutException e) {
      refuse(ctx, Refusal.CONFLICT, conflict(keyField, "is the same as that of a request still in progress; retry later"));
    }
  }

  /** Answers a repeat of an id already acknowledged (here, or seen by moderation) and returns true. */
  private boolean isRepeat(Context ctx, String id, CommentRequest request, String keyField) {
    Optional<Acceptances.Accepted> prior = acceptances.get(id);
    if (prior.isPresent()) {
      if (prior.get().requestHash().equals(hash(request))) {
        replay(ctx, id);
      } else {
        refuse(ctx, Refusal.CONFLICT, conflict(keyField, "was already used for a different comment"));
      }
      return true;
    }
    // After a restart only the status table remembers; it has the article, not the whole comment.
    Optional<CommentStatus> seen = statuses.get(id);
    if (seen.isEmpty()) return false;
    if (seen.get().articleId() == null || seen.get().articleId().equals(request.articleId())) {
      replay(ctx, id);
    } else {
      refuse(ctx, Refusal.CONFLICT, conflict(keyField, "was already used for a comment on another article"));
    }
    return true;
  }

  private void produce(Context ctx, String id, CommentRequest r, String idempotencyKey, long start) throws InterruptedException {
    LogContext.comment(id);
    Instant now = clock.instant();
    CommentSubmitted event = new CommentSubmitted(
        id, r.articleId(), r.author(), r.body(), r.parentId(),
        r.submittedAt() == null ? now : r.submittedAt(), r.siteCommentId(), idempotencyKey, now);
    try {
      submitter.send(event, ACK_WAIT);
    } catch (Submitter.BrokerUnavailable e) {
      LOG.warn("Comment {} not accepted, broker did not acknowledge: {}", id, e.getMessage());
      ctx.header("Retry-After", "5");
      refuse(ctx, Refusal.BROKER_UNAVAILABLE, Problem.of(503, "Service Unavailable",
          "the comment could not be stored; retry with the same Idempotency-Key"));
      return;
    }
    acceptances.put(id, new Acceptances.Accepted(hash(r), r.articleId(), now));
    metrics.ingested(start);
    LOG.info("Accepted comment {} on article {}", id, r.articleId());
    ctx.header("Location", PATH + "/" + id);
    Responses.json(ctx, 202, new Accepted(id, "pending"));
  }

  private static void replay(Context ctx, String id) {
    LogContext.comment(id);
    LOG.debug("Replayed the answer for comment {}", id);
    ctx.header("Location", PATH + "/" + id);
    ctx.header("Idempotent-Replayed", "true");
    Responses.json(ctx, 202, new Accepted(id, "pending"));
  }

  private void refuse(Context ctx, Refusal reason, Problem problem) {
    metrics.refused(reason);
    Responses.problem(ctx, problem);
  }

  private static Problem conflict(String field, String message) {
    return new Problem(Problem.IDEMPOTENCY_CONFLICT, "Idempotency key conflict", 409,
        field + " " + message, List.of(new FieldError(field, message)));
  }

  /** Identifies the submitted content (as parsed, so formatting does not matter). */
  private static String hash(CommentRequest r) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.mapper().writeValueAsBytes(r)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
