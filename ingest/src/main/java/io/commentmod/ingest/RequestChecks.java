package io.commentmod.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks on the request envelope, made before the body is parsed. */
final class RequestChecks {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

  private RequestChecks() {}

  /** {@code application/json}, optionally with a UTF-8 charset parameter; JSON has no other encoding (RFC 8259). */
  static boolean isJson(String contentType) {
    if (contentType == null) return false;
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) return false;
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv[0].strip().equalsIgnoreCase("charset")) {
        String v = kv.length > 1 ? kv[1].strip().replace("\"", "") : "";
        if (!v.equalsIgnoreCase("utf-8") && !v.equalsIgnoreCase("utf8")) return false;
      }
    }
    return true;
  }

  /** The body, or empty when it is longer than {@code max} bytes; never reads more than {@code max + 1}. */
  static Optional<byte[]> bodyAtMost(HttpServletRequest req, int max) throws IOException {
    if (req.getContentLengthLong() > max) return Optional.empty();
    byte[] b = req.getInputStream().readNBytes(max + 1);
    return b.length > max ? Optional.empty() : Optional.of(b);
  }

  /** Empty when the header is absent or fine, else what is wrong with it. */
  static Optional<String> idempotencyKeyProblem(String value) {
    if (value == null || (IDEMPOTENCY_KEY.matcher(value).matches() && !value.isBlank())) return Optional.empty();
    return Optional.of("must be 1 to 200 printable ASCII characters");
  }
}
