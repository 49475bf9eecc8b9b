package io.commentmod.site;

import io.commentmod.events.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo blog: article pages with a comment form that submits through ingest, the publisher's
 * webhook receiver, JSON APIs for articles, published comments and webhook delivery counts, and
 * health and Prometheus metrics ({@link SiteMetrics}).
 * Every response carries a strict Content-Security-Policy: scripts and styles from this origin only.
 */
public final class SiteServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** One published comment in {@code GET /api/articles/{id}/comments}: public fields only. */
  record CommentView(String id, Author author, String body, Instant submittedAt, Instant publishedAt) {
    record Author(String name) {}

    static CommentView of(PublishedComment c) {
      return new CommentView(c.id(), new Author(c.authorName()), c.body(), c.submittedAt(), c.publishedAt());
    }
  }

  record ArticleView(String id, String title) {}

  private final SiteConfig config;
  private final Clock clock;
  private CommentStore store;
  private SiteMetrics metrics;
  private Javalin app;

  public SiteServer(SiteConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public synchronized SiteServer start() {
    if (app != null) throw new IllegalStateException("site already started");
    Articles articles = Articles.load();
    store = CommentStore.open(config.databaseFile());
    metrics = new SiteMetrics();
    try {
      app = routes(articles, store).start(config.port());
    } catch (RuntimeException e) {
      store.close();
      metrics.close();
      throw e;
    }
    LOG.info("Demo site on port {}, database {}", app.port(), config.databaseFile());
    return this;
  }

  private Javalin routes(Articles articles, CommentStore store) {
    var receiver = new WebhookReceiver(config.webhookSecret(), config.replayWindow(), store, clock);
    var ingest = new IngestClient(HttpClient.newBuilder().connectTimeout(IngestClient.TIMEOUT).build(), config.ingestUrl(), config.ingestApiKey());
    var submissions = new CommentSubmissions(articles, ingest, clock);
    byte[] css = resource("/site/assets/site.css");
    byte[] js = resource("/site/assets/article.js");

    Javalin a = Javalin.create(c -> c.showJavalinBanner = false);
    a.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    a.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      Problems.send(ctx, 500, "Internal Server Error", "the site could not handle this request");
    });

    a.get("/", ctx -> html(ctx, 200, Pages.index(articles)));
    a.get("/articles/{id}", ctx -> articles.get(ctx.pathParam("id")).ifPresentOrElse(
        article -> html(ctx, 200, Pages.article(article)), () -> html(ctx, 404, Pages.notFound())));
    a.post("/articles/{id}/comments", submissions::submit);
    a.get("/api/comments/{id}/status", submissions::status);
    a.get("/assets/site.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    a.get("/assets/article.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(js));

    a.get("/api/articles", ctx -> json(ctx, articles.all().stream().map(x -> new ArticleView(x.id(), x.title())).toList()));
    a.get("/api/articles/{id}/comments", ctx -> {
      String id = ctx.pathParam("id");
      if (articles.get(id).isEmpty()) {
        Problems.send(ctx, 404, "Not Found", "no article '" + id + "'");
        return;
      }
      List<CommentView> comments = store.forArticle(id).stream().map(CommentView::of).toList();
      ctx.header("Cache-Control", "no-store");
      json(ctx, comments);
    });
    a.get("/api/deliveries", ctx -> json(ctx, store.deliveries()));

    a.post("/webhooks/comments", receiver::publish);
    a.delete("/webhooks/comments/{id}", receiver::retract);
    a.after("/webhooks/comments", metrics::delivered);
    a.after("/webhooks/comments/{id}", metrics::delivered);
    a.after("/articles/{id}/comments", ctx -> {
      if ("POST".equals(ctx.method().name())) metrics.submitted(ctx);
    });
    a.get("/metrics", metrics::scrape);

    a.get("/health/live", ctx -> ctx.contentType("application/json").result("{\"status\":\"UP\"}"));
    a.get("/health/ready", ctx -> {
      store.deliveries().size(); // the database answers, or this throws and answers 500
      ctx.contentType("application/json").result("{\"status\":\"UP\"}");
    });
    return a;
  }

  public int port() {
    if (app == null) throw new IllegalStateException("site not started");
    return app.port();
  }

  @Override
  public synchronized void close() {
    if (app != null) app.stop();
    if (store != null) store.close();
    if (metrics != null) metrics.close();
  }

  private static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  private static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(value));
  }

  private static byte[] resource(String path) {
    try (InputStream in = SiteServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
