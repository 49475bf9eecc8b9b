package io.commentmod.ingest;

import io.commentmod.events.CommentStatus;
import io.commentmod.events.Flag;
import io.commentmod.events.Route;
import io.commentmod.events.Status;
import io.commentmod.ingest.status.StatusView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/comments/{id}}: the comment's row in the status table; {@code pending} for an
 * id this process accepted that moderation has not reported on yet; else 404. Any configured key
 * may read any id.
 */
final class StatusHandler implements Handler {
  static final String PATH = SubmitHandler.PATH + "/{id}";

  /** The answer; {@code queue} only while in review, {@code reason} only when there is one. */
  record StatusResponse(String id, String articleId, Status status, Route queue, List<Flag> flags, String reason, Instant updatedAt) {
    static StatusResponse of(CommentStatus s) {
      return new StatusResponse(s.id(), s.articleId(), s.status(), s.status() == Status.IN_REVIEW ? s.queue() : null, s.flags(), s.reason(), s.updatedAt());
    }
  }

  private final ApiKeys keys;
  private final Acceptances acceptances;
  private final StatusView statuses;

  StatusHandler(ApiKeys keys, Acceptances acceptances, StatusView statuses) {
    this.keys = keys;
    this.acceptances = acceptances;
    this.statuses = statuses;
  }

  @Override
  public void handle(Context ctx) {
    if (keys.authenticate(ctx.header(Responses.AUTHORIZATION)).isEmpty()) {
      Responses.unauthorized(ctx);
      return;
    }
    String id = ctx.pathParam("id");
    LogContext.comment(id);
    ctx.header("Cache-Control", "no-store");
    Optional<CommentStatus> row = statuses.get(id);
    if (row.isPresent()) {
      Responses.json(ctx, 200, StatusResponse.of(row.get()));
      return;
    }
    Optional<Acceptances.Accepted> accepted = acceptances.get(id);
    if (accepted.isPresent()) {
      Responses.json(ctx, 200, new StatusResponse(id, accepted.get().articleId(), Status.PENDING, null, List.of(), null, accepted.get().receivedAt()));
      return;
    }
    Responses.problem(ctx, Problem.of(404, "Not Found", "id", "names no known comment"));
  }
}
