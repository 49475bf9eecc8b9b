package io.commentmod.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature shared by the publisher (signs) and sites (verify): HMAC-SHA256 over
 * {@code timestamp + "." + body}, hex-encoded, sent as {@code X-Signature: sha256=<hex>} with
 * {@code X-Signature-Timestamp: <unix seconds>}. A receiver refuses timestamps outside its replay window.
 */
public final class WebhookSignature {
  public static final String SIGNATURE_HEADER = "X-Signature";
  public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private final byte[] secret;

  public WebhookSignature(String secret) {
    if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("webhook secret must not be empty");
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The {@code X-Signature} header value for {@code body} sent at {@code timestamp} (unix seconds). */
  public String sign(long timestamp, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(mac(timestamp, body));
  }

  /** True when {@code signatureHeader} matches and {@code timestamp} lies within {@code window} of {@code now}. */
  public boolean verify(String timestampHeader, String signatureHeader, byte[] body, Instant now, Duration window) {
    if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith("sha256=")) return false;
    long ts;
    try {
      ts = Long.parseLong(timestampHeader.trim());
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - ts) > window.toSeconds()) return false;
    byte[] given;
    try {
      given = HexFormat.of().parseHex(signatureHeader.substring("sha256=".length()).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(ts, body), given);
  }

  private byte[] mac(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
