package io.commentmod.ingest;

import io.commentmod.logging.CommentContext;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The logging context (MDC) of one request, so every line logged while handling it, in JSON as
 * {@code mdc.*} fields, says which request, trace and comment it belongs to: {@value #REQUEST_ID}
 * (the caller's {@code X-Request-Id} when well-formed, else a fresh one), {@value #TRACE_ID} and
 * {@value #SPAN_ID} from a W3C {@code traceparent} header, and {@value #COMMENT_ID} once known.
 * Header values are only copied when they match a strict pattern, so a caller cannot forge log lines.
 */
final class LogContext {
  static final String REQUEST_ID = "requestId";
  static final String TRACE_ID = "traceId";
  static final String SPAN_ID = "spanId";
  static final String COMMENT_ID = CommentContext.COMMENT_ID;

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");

  private LogContext() {}

  /** Before each request: a clean context with this request's ids (threads are reused). */
  static void open(Context ctx) {
    MDC.clear();
    String requestId = ctx.header("X-Request-Id");
    MDC.put(REQUEST_ID, requestId != null && SAFE_ID.matcher(requestId).matches() ? requestId : UUID.randomUUID().toString());
    String traceparent = ctx.header("traceparent");
    if (traceparent != null) {
      Matcher m = TRACEPARENT.matcher(traceparent.trim());
      if (m.matches()) {
        MDC.put(TRACE_ID, m.group(1));
        MDC.put(SPAN_ID, m.group(2));
      }
    }
  }

  /** After each request, errors included. */
  static void close(Context ctx) {
    MDC.clear();
  }

  /** Names the comment the rest of this request is about; ignored unless it looks like an id. */
  static void comment(String id) {
    CommentContext.put(id);
  }
}
