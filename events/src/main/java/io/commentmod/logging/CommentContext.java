package io.commentmod.logging;

import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The comment a thread is working on, in the logging context ({@value #COMMENT_ID}; in JSON logs
 * {@code mdc.commentId}), so every line logged meanwhile can be found by the comment's id. Only a
 * value that looks like an id is put there, so a record key cannot forge log content.
 *
 * <pre>{@code try (var log = CommentContext.of(record.key())) { ... } }</pre>
 */
public final class CommentContext implements AutoCloseable {
  public static final String COMMENT_ID = "commentId";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final String previous;

  private CommentContext(String previous) {
    this.previous = previous;
  }

  /** Sets the comment id until {@link #close}, which puts back what was there before. */
  public static CommentContext of(String id) {
    String previous = MDC.get(COMMENT_ID);
    put(id);
    return new CommentContext(previous);
  }

  /** Sets the comment id for the rest of a unit of work that clears the context itself (an HTTP request). */
  public static void put(String id) {
    if (id != null && ID.matcher(id).matches()) MDC.put(COMMENT_ID, id);
  }

  @Override
  public void close() {
    if (previous == null) MDC.remove(COMMENT_ID);
    else MDC.put(COMMENT_ID, previous);
  }
}
