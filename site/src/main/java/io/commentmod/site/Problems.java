package io.commentmod.site;

import io.commentmod.events.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem responses ({@code application/problem+json}). */
final class Problems {
  private Problems() {}

  static void send(Context ctx, int status, String title, String detail) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "about:blank");
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    try {
      ctx.status(status).contentType("application/problem+json").result(Json.mapper().writeValueAsBytes(p));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
