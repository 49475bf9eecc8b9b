package io.commentmod.publisher;

import java.time.Duration;

/**
 * The site's answer to one delivery.
 *
 * @param body the start of the response body, for dead-letter reasons (never null)
 * @param retryAfter how long the site asked us to wait, or null when it did not say
 */
public record SiteResponse(int status, String body, Duration retryAfter) {
  public SiteResponse {
    body = body == null ? "" : body;
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
