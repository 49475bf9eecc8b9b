package io.commentmod.standalone.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's operations files (compose, Prometheus, alert rules, Grafana) as tests read them. */
final class OpsFiles {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
  static final Path PROMETHEUS = ROOT.resolve("ops/prometheus/prometheus.yml");
  static final Path ALERTS = ROOT.resolve("ops/prometheus/alerts.yml");
  static final Path DASHBOARDS = ROOT.resolve("ops/grafana/dashboards");
  static final Path GRAFANA_PROVISIONING = ROOT.resolve("ops/grafana/provisioning");
  static final Path OPERATIONS_DOC = ROOT.resolve("docs/operations.md");
  /** Series names from a real scrape, one "service name" a line; written by MetricsScrapeIT. */
  static final Path METRIC_NAMES = Path.of("src/test/resources/ops/metric-names.txt").toAbsolutePath();

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> PROMQL_WORDS = Set.of(
      "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![a-zA-Z0-9_:.$])[a-zA-Z_:][a-zA-Z0-9_:]*");
  /** Series Prometheus makes itself rather than scraping. */
  static final Set<String> SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

  private OpsFiles() {}

  static JsonNode yaml(Path p) {
    try {
      return YAML.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + p, e);
    }
  }

  static JsonNode json(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + p, e);
    }
  }

  static List<Path> dashboards() {
    try (var files = Files.list(DASHBOARDS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The metric names a PromQL expression reads (functions, keywords, labels, ranges left out). */
  static Set<String> metricNames(String expr) {
    String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
        .replaceAll("\\{[^}]*}", " ")
        .replaceAll("\\[[^]]*]", " ")
        .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
        .replaceAll("\\$\\w+", " ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(s);
    while (m.find()) {
      String word = m.group();
      int next = m.end();
      while (next < s.length() && Character.isWhitespace(s.charAt(next))) next++;
      boolean call = next < s.length() && s.charAt(next) == '(';
      if (!call && !PROMQL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) names.add(word);
    }
    return names;
  }

  /** Every alert rule: its name and the rule node. */
  static Map<String, JsonNode> alertRules() {
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    for (JsonNode group : yaml(ALERTS).path("groups")) {
      for (JsonNode rule : group.path("rules")) rules.put(rule.path("alert").asText(), rule);
    }
    return rules;
  }

  /** Every PromQL expression of every panel (rows included) of a dashboard. */
  static List<String> panelExpressions(JsonNode dashboard) {
    List<String> exprs = new ArrayList<>();
    collectPanels(dashboard.path("panels"), p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
    return exprs;
  }

  static void collectPanels(JsonNode panels, java.util.function.Consumer<JsonNode> each) {
    for (JsonNode p : panels) {
      each.accept(p);
      collectPanels(p.path("panels"), each);
    }
  }

  /** The scraped names by service, from {@link #METRIC_NAMES}. */
  static Map<String, Set<String>> scrapedNames() {
    Map<String, Set<String>> names = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(METRIC_NAMES)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.trim().split("\\s+");
        names.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** GitHub's anchor for a Markdown heading. */
  static String anchor(String heading) {
    return heading.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  static Set<String> docAnchors() {
    Set<String> anchors = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(OPERATIONS_DOC)) {
        if (line.startsWith("#")) anchors.add(anchor(line.replaceFirst("^#+", "")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return anchors;
  }
}
