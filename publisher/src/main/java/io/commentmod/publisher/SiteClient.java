package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * Writes to the site: publishes approved comments and takes retracted ones down. The publisher's
 * only side effect outside Kafka. Both calls must be idempotent at the site, keyed by comment id,
 * because the publisher delivers at least once.
 */
public interface SiteClient {
  /**
   * Sends {@code comment} once, with its id as the idempotency key, and returns the site's answer
   * whatever its status. Throws {@link IOException} when no answer arrived (refused, reset, timed out).
   */
  SiteResponse deliver(CommentApproved comment) throws IOException, InterruptedException;

  /**
   * Asks the site once to remove comment {@code retraction.id()} for good, whether or not it has it.
   * 2xx, 404 and 410 mean it is not shown; other answers as for {@link #deliver}.
   */
  SiteResponse retract(CommentRetracted retraction) throws IOException, InterruptedException;

  /** The client {@link PublisherConfig#target()} asks for. */
  static SiteClient of(PublisherConfig config, Clock clock) {
    return config.target() == PublisherConfig.Target.WORDPRESS ? wordpress(config, clock) : webhook(config, clock);
  }

  /** The signed HTTP webhook: POST to {@link PublisherConfig#webhookUrl()}, signed with the shared secret. */
  static SiteClient webhook(PublisherConfig config, Clock clock) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    return new WebhookSiteClient(http, config.webhookUrl(), config.webhookSecret(), config.requestTimeout(), clock);
  }

  /** The WordPress REST API at {@link PublisherConfig#wordpress()}, with an application password. */
  static SiteClient wordpress(PublisherConfig config, Clock clock) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    return new WordPressSiteClient(http, config.wordpress(), config.requestTimeout(), clock);
  }
}
