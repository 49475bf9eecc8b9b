package io.commentmod.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code <scenario> [--name value]...}; every value read is checked, every unknown name refused. */
final class Options {
  final String scenario;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> read = new HashSet<>();

  Options(String[] args) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    scenario = rest.isEmpty() || rest.get(0).startsWith("--") ? "all" : rest.remove(0);
    for (int i = 0; i < rest.size(); i++) {
      String a = rest.get(i);
      if (!a.startsWith("--")) throw new IllegalArgumentException("expected --name value, got '" + a + "'");
      String name = a.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        values.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--")) {
        values.put(name, rest.get(++i));
      } else {
        values.put(name, "true");
      }
    }
  }

  String string(String name, String def) {
    read.add(name);
    return values.getOrDefault(name, def);
  }

  long number(String name, long def) {
    String v = string(name, null);
    if (v == null) return def;
    try {
      return Long.parseLong(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'");
    }
  }

  double decimal(String name, double def) {
    String v = string(name, null);
    if (v == null) return def;
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number, got '" + v + "'");
    }
  }

  Duration seconds(String name, long def) {
    return Duration.ofSeconds(number(name, def));
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(string(name, "false"));
  }

  List<Integer> integers(String name, String def) {
    return Arrays.stream(string(name, def).split(",")).map(String::trim).map(Integer::parseInt).toList();
  }

  /** Fails on any option no scenario asked for: a typo must not silently run the defaults. */
  void requireAllRead() {
    Set<String> unknown = new HashSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown option(s) for '" + scenario + "': --" + String.join(", --", unknown));
  }
}
