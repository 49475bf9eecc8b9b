package io.commentmod.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.commentmod.events.Json;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** Writes JSON and problem answers with the shared mapper (ISO instants, nulls left out). */
final class Responses {
  static final String AUTHORIZATION = "Authorization";

  private Responses() {}

  static void json(Context ctx, int status, Object body) {
    write(ctx, status, "application/json", body);
  }

  static void problem(Context ctx, Problem p) {
    write(ctx, p.status(), Problem.CONTENT_TYPE, p);
  }

  /** 401 with the RFC 6750 challenge; {@code error="invalid_token"} only when a credential was sent. */
  static void unauthorized(Context ctx) {
    boolean sent = ctx.header(AUTHORIZATION) != null;
    ctx.header("WWW-Authenticate", sent ? "Bearer realm=\"ingest\", error=\"invalid_token\"" : "Bearer realm=\"ingest\"");
    problem(ctx, Problem.of(401, "Unauthorized", AUTHORIZATION,
        sent ? "must be 'Bearer <key>' with a configured API key" : "is required: 'Bearer <key>'"));
  }

  private static void write(Context ctx, int status, String contentType, Object body) {
    try {
      ctx.status(status).contentType(contentType).result(Json.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
