package io.commentmod.moderation.batch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.Json;
import io.commentmod.events.Reason;
import io.commentmod.events.Span;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code classify}: one verdict line per input line, same order, the moderator running with
 * in-memory cross-comment state as in the stream. A bad line yields a line with {@code error}.
 */
final class Classify {
  private static final ObjectMapper M = Json.mapper();

  private Classify() {}

  /** Classifies every line of {@code in} into {@code out}; returns the number of lines with an error. */
  static int run(BufferedReader in, Writer out, Moderator moderator) throws IOException {
    ModerationState state = ModerationState.inMemory();
    int errors = 0;
    int index = 0;
    String line;
    while ((line = in.readLine()) != null) {
      ObjectNode result = classifyLine(line, index++, moderator, state);
      if (result.has("error")) errors++;
      out.write(M.writeValueAsString(result));
      out.write('\n');
    }
    out.flush();
    return errors;
  }

  static ObjectNode classifyLine(String line, int index, Moderator moderator, ModerationState state) {
    ObjectNode result = M.createObjectNode();
    JsonNode n;
    try {
      n = M.readTree(line);
    } catch (JacksonException e) {
      return error(result, index, "not valid JSON: " + e.getOriginalMessage());
    }
    if (n != null && n.isObject() && n.hasNonNull("id")) result.put("id", n.get("id").asText());
    try {
      CommentSubmitted c = Submissions.parse(n, index);
      Assessment a = moderator.assess(c, c.submittedAt(), state);
      return verdict(result, a);
    } catch (Submissions.BadLine e) {
      return error(result, index, e.getMessage());
    } catch (RuntimeException e) {
      return error(result, index, "failed: " + e);
    }
  }

  static ObjectNode verdict(ObjectNode result, Assessment a) {
    result.put("route", a.route().wire());
    result.put("action", a.action().wire());
    ArrayNode flags = result.putArray("flags");
    for (Flag f : a.flags()) {
      ObjectNode fn = flags.addObject();
      fn.put("name", f.name().wire());
      fn.put("score", f.score());
      ArrayNode reasons = fn.putArray("reasons");
      for (Reason r : f.reasons()) {
        ObjectNode rn = reasons.addObject();
        rn.put("check", r.check());
        rn.put("detail", r.detail());
        ArrayNode spans = rn.putArray("spans");
        for (Span s : r.spans()) spans.addObject().put("start", s.start()).put("end", s.end());
      }
    }
    result.put("policyVersion", a.policyVersion());
    return result;
  }

  private static ObjectNode error(ObjectNode result, int index, String message) {
    result.put("error", "line " + (index + 1) + ": " + message);
    return result;
  }
}
