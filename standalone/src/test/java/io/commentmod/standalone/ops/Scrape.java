package io.commentmod.standalone.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a {@code /metrics} page in Prometheus text format, as series with labels. */
record Scrape(List<Sample> samples) {
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One line: a series name, its labels and its value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      int brace = line.indexOf('{');
      int space = line.indexOf(' ');
      String name;
      Map<String, String> labels = new LinkedHashMap<>();
      String rest;
      if (brace >= 0 && brace < space) {
        name = line.substring(0, brace);
        int close = line.lastIndexOf('}');
        Matcher m = LABEL.matcher(line.substring(brace + 1, close));
        while (m.find()) labels.put(m.group(1), m.group(2));
        rest = line.substring(close + 1).trim();
      } else {
        name = line.substring(0, space);
        rest = line.substring(space + 1).trim();
      }
      String value = rest.split(" ")[0];
      samples.add(new Sample(name, labels, parseValue(value)));
    }
    return new Scrape(List.copyOf(samples));
  }

  private static double parseValue(String v) {
    return switch (v) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(v);
    };
  }

  Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }

  boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  /** Samples of {@code name} whose labels include every given one. */
  List<Sample> find(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
        .toList();
  }

  /** The sum of the matching samples, 0 when there are none. */
  double sum(String name, Map<String, String> labels) {
    return find(name, labels).stream().mapToDouble(Sample::value).filter(v -> !Double.isNaN(v)).sum();
  }

  /** Every value the label takes on series {@code name}. */
  Set<String> labelValues(String name, String label) {
    Set<String> values = new TreeSet<>();
    samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label)).forEach(s -> values.add(s.labels().get(label)));
    return values;
  }
}
