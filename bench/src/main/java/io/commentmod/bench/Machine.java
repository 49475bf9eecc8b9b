package io.commentmod.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Prints what the numbers were measured on. */
final class Machine {
  private Machine() {}

  static void describe(PrintStream out) {
    out.printf(Locale.ROOT, "machine: %d cores (%s), %.1f GiB RAM; %s %s (%s); bench heap max %d MiB%n",
        Runtime.getRuntime().availableProcessors(), cpuModel(), memTotalKb() / 1024.0 / 1024.0,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static String cpuModel() {
    return procField("/proc/cpuinfo", "model name").orElse("unknown CPU");
  }

  private static long memTotalKb() {
    return procField("/proc/meminfo", "MemTotal").map(v -> Long.parseLong(v.replaceAll("\\D", ""))).orElse(0L);
  }

  private static java.util.Optional<String> procField(String file, String name) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(name)) return java.util.Optional.of(line.substring(line.indexOf(':') + 1).trim());
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return java.util.Optional.empty();
  }
}
