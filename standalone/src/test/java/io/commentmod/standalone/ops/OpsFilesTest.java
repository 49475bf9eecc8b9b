package io.commentmod.standalone.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus configuration, alert rules and Grafana dashboard stay true to compose and to the
 * metrics the services really expose (the names MetricsScrapeIT saw, kept in metric-names.txt).
 */
class OpsFilesTest {
  /** The pipeline services that serve /metrics, and the Prometheus job each belongs to. */
  static final Map<String, String> JOB_OF = Map.of(
      "ingest", "ingest", "moderation-1", "moderation", "moderation-2", "moderation", "publisher", "publisher", "site", "site");
  /** The setting that holds each service's HTTP port. */
  static final Map<String, String> PORT_KEY = Map.of(
      "ingest", "INGEST_PORT", "moderation-1", "CONSOLE_PORT", "moderation-2", "CONSOLE_PORT", "publisher", "PUBLISHER_PORT", "site", "SITE_PORT");

  static Set<String> knownNames() {
    Set<String> all = new TreeSet<>(OpsFiles.SYNTHETIC);
    OpsFiles.scrapedNames().values().forEach(all::addAll);
    return all;
  }

  @Test
  void promqlNamesAreReadFromExpressions() {
    assertThat(OpsFiles.metricNames(
        "histogram_quantile(0.99, sum by (le) (rate(ingest_accept_seconds_bucket{job=\"ingest\"}[$__rate_interval])))"))
        .containsExactly("ingest_accept_seconds_bucket");
    assertThat(OpsFiles.metricNames("sum by (job) (x_total unless x_total offset 15m) > 0 or up == 0"))
        .containsExactly("up", "x_total");
    assertThat(OpsFiles.metricNames("deriv(max by (job, instance) (lag_max)[15m:1m]) > 1e3")).containsExactly("lag_max");
  }

  @Test
  void metricNamesComeFromARealScrapeOfEveryService() {
    assertThat(OpsFiles.scrapedNames()).containsKeys("ingest", "moderation", "publisher");
    assertThat(OpsFiles.scrapedNames().get("moderation")).contains("review_queue_oldest_seconds", "kafka_stream_alive_stream_threads");
  }

  @Test
  void prometheusScrapesEveryServiceAtItsComposeNameAndPort() {
    JsonNode compose = OpsFiles.yaml(OpsFiles.COMPOSE).path("services");
    JsonNode prometheus = OpsFiles.yaml(OpsFiles.PROMETHEUS);
    Set<String> scraped = new HashSet<>();
    for (JsonNode job : prometheus.path("scrape_configs")) {
      String name = job.path("job_name").asText();
      if (name.equals("prometheus")) continue;
      assertThat(job.path("metrics_path").asText("/metrics")).as(name).isEqualTo("/metrics");
      for (JsonNode sc : job.path("static_configs")) {
        for (JsonNode t : sc.path("targets")) {
          String[] hostPort = t.asText().split(":");
          String service = hostPort[0];
          assertThat(compose.has(service)).as("target %s is a compose service", t.asText()).isTrue();
          assertThat(JOB_OF).as("target %s serves /metrics", service).containsKey(service);
          assertThat(JOB_OF.get(service)).as("job of %s", service).isEqualTo(name);
          assertThat(hostPort[1]).as("port of %s", service)
              .isEqualTo(compose.path(service).path("environment").path(PORT_KEY.get(service)).asText());
          scraped.add(service);
        }
      }
    }
    assertThat(scraped).containsExactlyInAnyOrderElementsOf(JOB_OF.keySet());
    assertThat(prometheus.path("rule_files").get(0).asText()).isEqualTo("/etc/prometheus/alerts.yml");
  }

  @Test
  void composeMountsTheOpsFilesWherePrometheusAndGrafanaReadThem() {
    JsonNode services = OpsFiles.yaml(OpsFiles.COMPOSE).path("services");
    assertThat(volumes(services.path("prometheus"))).contains(
        "./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
        "./ops/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
    assertThat(services.path("prometheus").path("command").toString()).contains("--config.file=/etc/prometheus/prometheus.yml");
    assertThat(volumes(services.path("grafana"))).contains(
        "./ops/grafana/provisioning:/etc/grafana/provisioning:ro", "./ops/grafana/dashboards:/etc/grafana/dashboards:ro");
    for (String v : volumes(services.path("prometheus")).stream().toList()) {
      if (v.startsWith("./")) assertThat(OpsFiles.ROOT.resolve(v.substring(2, v.indexOf(':')))).as(v).exists();
    }
    JsonNode provider = OpsFiles.yaml(OpsFiles.GRAFANA_PROVISIONING.resolve("dashboards/dashboards.yml")).path("providers").get(0);
    assertThat(provider.path("options").path("path").asText()).isEqualTo("/etc/grafana/dashboards");
    JsonNode datasource = OpsFiles.yaml(OpsFiles.GRAFANA_PROVISIONING.resolve("datasources/prometheus.yml")).path("datasources").get(0);
    assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");
    assertThat(services.path("grafana").path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText())
        .isEqualTo("/etc/grafana/dashboards/comment-moderation.json");
  }

  @Test
  void everyAlertReadsExistingMetricsAndHasARunbook() {
    Map<String, JsonNode> rules = OpsFiles.alertRules();
    assertThat(rules).containsKeys("UrgentCommentWaitingTooLong", "DeadLettersGrowing", "ConsumerLagGrowing", "ServiceDown");
    Set<String> known = knownNames();
    Set<String> anchors = OpsFiles.docAnchors();
    for (var e : rules.entrySet()) {
      JsonNode rule = e.getValue();
      String expr = rule.path("expr").asText();
      assertThat(expr).as(e.getKey()).isNotBlank();
      assertThat(known).as("metrics read by alert %s", e.getKey()).containsAll(OpsFiles.metricNames(expr));
      assertThat(rule.path("labels").path("severity").asText()).as(e.getKey()).isIn("page", "ticket");
      assertThat(rule.path("annotations").path("summary").asText()).as(e.getKey()).isNotBlank();
      String runbook = rule.path("annotations").path("runbook_url").asText();
      assertThat(runbook).as(e.getKey()).startsWith("docs/operations.md#");
      assertThat(anchors).as("runbook section for %s", e.getKey()).contains(runbook.substring(runbook.indexOf('#') + 1));
    }
    assertThat(rules.get("UrgentCommentWaitingTooLong").path("expr").asText()).contains("review_queue_oldest_seconds{queue=\"urgent\"}");
    assertThat(OpsFiles.metricNames(rules.get("DeadLettersGrowing").path("expr").asText())).contains("moderation_dead_letters_total");
    assertThat(OpsFiles.metricNames(rules.get("ConsumerLagGrowing").path("expr").asText())).contains("kafka_consumer_fetch_manager_records_lag_max");
    assertThat(rules.get("ServiceDown").path("expr").asText()).contains("up{").contains("== 0");
  }

  @Test
  void dashboardReadsExistingMetricsFromTheProvisionedDatasource() {
    assertThat(OpsFiles.dashboards()).isNotEmpty();
    Set<String> known = knownNames();
    String uid = OpsFiles.yaml(OpsFiles.GRAFANA_PROVISIONING.resolve("datasources/prometheus.yml")).path("datasources").get(0).path("uid").asText();
    Set<String> read = new TreeSet<>();
    for (var file : OpsFiles.dashboards()) {
      JsonNode d = OpsFiles.json(file);
      assertThat(d.path("uid").asText()).as(file.toString()).isNotBlank();
      Set<Integer> ids = new HashSet<>();
      List<String> problems = new ArrayList<>();
      OpsFiles.collectPanels(d.path("panels"), p -> {
        if (!ids.add(p.path("id").asInt())) problems.add("duplicate panel id " + p.path("id"));
        if (!p.path("gridPos").has("w")) problems.add("no gridPos: " + p.path("title"));
        if (p.path("type").asText().equals("row")) return;
        if (!p.path("datasource").path("uid").asText().equals(uid)) problems.add("datasource of " + p.path("title"));
        if (p.path("targets").isEmpty()) problems.add("no query: " + p.path("title"));
      });
      assertThat(problems).as(file.toString()).isEmpty();
      for (String expr : OpsFiles.panelExpressions(d)) {
        Set<String> names = OpsFiles.metricNames(expr);
        assertThat(names).as("a metric in %s", expr).isNotEmpty();
        assertThat(known).as("metrics read by %s", expr).containsAll(names);
        read.addAll(names);
      }
    }
    // every number ops asked for is on the dashboard
    assertThat(read).contains(
        "comments_ingested_total", "comments_refused_total", "moderation_verdicts_total", "moderation_flags_total",
        "moderation_check_seconds_bucket", "comment_submission_to_verdict_seconds_bucket",
        "comment_submission_to_publication_seconds_bucket", "review_queue_depth", "review_queue_oldest_seconds",
        "moderation_decisions_total", "publisher_deliveries_total", "moderation_dead_letters_total",
        "kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_thread_commit_latency_avg",
        "kafka_consumer_coordinator_rebalance_total", "jvm_memory_used_bytes", "up");
  }

  private static Set<String> volumes(JsonNode service) {
    Set<String> v = new TreeSet<>();
    service.path("volumes").forEach(n -> v.add(n.asText()));
    return v;
  }
}
