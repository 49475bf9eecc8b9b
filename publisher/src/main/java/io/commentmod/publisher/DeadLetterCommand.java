package io.commentmod.publisher;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code publisher dlq list [--all]} and {@code publisher dlq redrive [--id ID]...}: the publisher's
 * dead letters, with their reasons, and sending them round again once the cause is fixed. An ID is
 * the dead letter's ({@code <partition>-<offset>}, as listed) or a comment id. Exit status 0 when
 * everything asked for was done, 1 when something was not, 2 for a usage or settings error.
 */
final class DeadLetterCommand {
  static final String USAGE = """
      usage: publisher dlq list [--all]
             publisher dlq redrive [--id ID]...
        list       the publisher's dead letters not yet redriven, oldest first (--all: redriven ones too)
        redrive    re-publish every listed dead letter, or only those named by --id (a listed ID or a
                   comment id; repeat --id or separate with commas), to the topic it came from
      Kafka: KAFKA_BOOTSTRAP_SERVERS (default localhost:9092) and KAFKA_CLIENT_* as for the service.""";

  private final PrintStream out;
  private final PrintStream err;

  DeadLetterCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code args} (after "dlq"); returns the exit status. */
  int run(List<String> args, Settings settings) {
    if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String verb = args.get(0);
    boolean all = false;
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--all") && verb.equals("list")) {
        all = true;
      } else if (a.equals("--id") && verb.equals("redrive") && i + 1 < args.size()) {
        for (String id : args.get(++i).split(",")) if (!id.isBlank()) ids.add(id.trim());
      } else if (a.startsWith("--id=") && verb.equals("redrive")) {
        for (String id : a.substring(5).split(",")) if (!id.isBlank()) ids.add(id.trim());
      } else {
        err.println("publisher dlq: unexpected argument '" + a + "'\n" + USAGE);
        return 2;
      }
    }
    if (!verb.equals("list") && !verb.equals("redrive")) {
      err.println("publisher dlq: unknown command '" + verb + "'\n" + USAGE);
      return 2;
    }
    KafkaSettings kafka;
    try {
      kafka = KafkaSettings.from(settings, "localhost:9092");
    } catch (InvalidSettingException e) {
      err.println("publisher dlq: " + e.getMessage());
      return 2;
    }
    try (DeadLetters letters = new DeadLetters(kafka, Clock.systemUTC())) {
      return verb.equals("list") ? list(letters, all) : redrive(letters, ids);
    } catch (RuntimeException e) {
      err.println("publisher dlq: " + e.getMessage());
      return 1;
    }
  }

  private int list(DeadLetters letters, boolean all) {
    List<DeadLetters.Entry> entries = letters.list(all);
    if (entries.isEmpty()) {
      out.println(all ? "No publisher dead letters." : "No publisher dead letters waiting.");
      return 0;
    }
    out.printf("%-10s %-40s %-20s %-24s %s%n", "ID", "COMMENT", "SOURCE", "FAILED AT", "REASON");
    for (DeadLetters.Entry e : entries) {
      var d = e.letter();
      String reason = (e.redriven() ? "[redriven] " : "") + oneLine(d.reason());
      out.printf("%-10s %-40s %-20s %-24s %s%n", e.id(), d.key(), d.sourceTopic(), d.failedAt(), reason);
    }
    out.println(entries.size() + (all ? " dead letter(s)." : " dead letter(s) waiting; `publisher dlq redrive` re-publishes them."));
    return 0;
  }

  private int redrive(DeadLetters letters, Set<String> ids) {
    List<DeadLetters.Entry> pending = letters.list(false);
    List<DeadLetters.Entry> chosen = new ArrayList<>();
    Set<String> unmatched = new LinkedHashSet<>(ids);
    for (DeadLetters.Entry e : pending) {
      if (ids.isEmpty() || ids.contains(e.id()) || ids.contains(e.letter().key())) {
        chosen.add(e);
        unmatched.remove(e.id());
        unmatched.remove(e.letter().key());
      }
    }
    int failures = 0;
    for (String id : unmatched) {
      err.println("No waiting publisher dead letter with id or comment id '" + id + "'.");
      failures++;
    }
    for (DeadLetters.Entry e : chosen) {
      try {
        var r = letters.redrive(e);
        out.printf("Redrove %s (comment %s) to %s-%d@%d%n", e.id(), e.letter().key(), e.letter().sourceTopic(), r.partition(), r.offset());
      } catch (Exception ex) {
        err.printf("Cannot redrive %s (comment %s): %s%n", e.id(), e.letter().key(), ex.getMessage());
        failures++;
      }
    }
    if (chosen.isEmpty() && ids.isEmpty()) out.println("No publisher dead letters waiting.");
    return failures == 0 ? 0 : 1;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
