package io.commentmod.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.spi.ToolProvider;

/**
 * A class's bytecode as {@code javap -c -p} prints it, split by method, so a test can assert which
 * calls a code path makes (a statistical timing test would be flaky; the call is what matters).
 */
public final class Disassembly {
  private final Map<String, String> methods = new LinkedHashMap<>();
  private final String whole;

  private Disassembly(String text) {
    this.whole = text;
    String current = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ") && line.contains("(") && line.trim().endsWith(";")) {
        if (current != null) methods.put(current, body.toString());
        current = line.trim();
        body.setLength(0);
      } else if (current != null) {
        body.append(line).append('\n');
      }
    }
    if (current != null) methods.put(current, body.toString());
  }

  public static Disassembly of(Class<?> type) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new IllegalStateException("javap needs a JDK"));
    String classpath;
    try {
      classpath = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    StringWriter out = new StringWriter();
    int rc = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-classpath", classpath, type.getName());
    if (rc != 0) throw new IllegalStateException("javap failed: " + out);
    return new Disassembly(out.toString());
  }

  /** The code of the one method whose signature line contains {@code name + "("}. */
  public String method(String name) {
    return methods.entrySet().stream().filter(e -> e.getKey().contains(" " + name + "(")).map(Map.Entry::getValue)
        .reduce((a, b) -> { throw new IllegalStateException("more than one method " + name); })
        .orElseThrow(() -> new IllegalStateException("no method " + name + " in " + methods.keySet()));
  }

  public String all() {
    return whole;
  }
}
