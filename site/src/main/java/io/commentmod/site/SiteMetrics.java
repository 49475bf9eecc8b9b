package io.commentmod.site;

import io.commentmod.metrics.JvmMetrics;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The demo site's {@code /metrics}: {@code site_comments_received_total{outcome}} (the comment form,
 * by how ingest answered: accepted, refused, failed), {@code site_webhook_deliveries_total{result}}
 * (the publisher's calls: created, repeat, retracted, refused) and JVM metrics.
 */
final class SiteMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmMetrics.Binding jvm = JvmMetrics.bindTo(registry);

  SiteMetrics() {
    for (String o : new String[] {"accepted", "refused", "failed"}) received(o);
    for (String r : new String[] {"created", "repeat", "retracted", "refused"}) delivery(r);
  }

  /** After a comment form submission: counted by how it was answered. */
  void submitted(Context ctx) {
    int s = ctx.statusCode();
    received(s / 100 == 2 || s / 100 == 3 ? "accepted" : s / 100 == 4 ? "refused" : "failed").increment();
  }

  /** After a webhook call: 201 is a new comment on the site, 200 one it already had, 204 a retraction. */
  void delivered(Context ctx) {
    int s = ctx.statusCode();
    delivery(s == 201 ? "created" : s == 200 ? "repeat" : s == 204 ? "retracted" : "refused").increment();
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  private Counter received(String outcome) {
    return Counter.builder("site.comments.received").description("Comment form submissions, by how ingest answered")
        .tag("outcome", outcome).register(registry);
  }

  private Counter delivery(String result) {
    return Counter.builder("site.webhook.deliveries").description("The publisher's webhook calls, by result")
        .tag("result", result).register(registry);
  }

  @Override
  public void close() {
    jvm.close();
    registry.close();
  }
}
