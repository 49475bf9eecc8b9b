package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;

/** Writes one approved comment to the site. The publisher's only side effect outside Kafka. */
public interface SiteClient {
  /**
   * Sends {@code comment} once, with its id as the idempotency key, and returns the site's answer
   * whatever its status. Throws {@link IOException} when no answer arrived (refused, reset, timed out).
   */
  SiteResponse deliver(CommentApproved comment) throws IOException, InterruptedException;

  /** The signed HTTP webhook: POST to {@link PublisherConfig#webhookUrl()}, signed with the shared secret. */
  static SiteClient webhook(PublisherConfig config, Clock clock) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    return new WebhookSiteClient(http, config.webhookUrl(), config.webhookSecret(), config.requestTimeout(), clock);
  }
}
