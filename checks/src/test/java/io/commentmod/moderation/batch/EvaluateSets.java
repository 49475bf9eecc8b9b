package io.commentmod.moderation.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A measuring tool, not a test: runs {@code evaluate} on many held-out sets in one JVM (about nine
 * seconds for all of them, against four a set from the command line) and prints one line a set:
 * {@code set self-harm-tp fp fn medical-tp fp fn spam-tp fp fn legitimate-held legitimate}. A set is a
 * number (checks/src/test/resources/eval/heldout/heldout-N.jsonl) or a path. From the repository root:
 *
 * <pre>
 * java -cp "checks/target/test-classes:checks/target/classes:$(cat checks/target/classpath.txt)" \
 *   io.commentmod.moderation.batch.EvaluateSets $(seq 1 161)
 * </pre>
 *
 * Put another build's classes first on the class path to measure it.
 */
public final class EvaluateSets {
  private EvaluateSets() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path report = Files.createTempFile("evaluate-sets", ".json");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try {
      for (String set : args) {
        String in = set.chars().allMatch(Character::isDigit)
            ? "checks/src/test/resources/eval/heldout/heldout-" + set + ".jsonl" : set;
        int rc = BatchCommands.run(new String[] {"evaluate", "--input", in, "--datasets", "/nonexistent",
            "--report", report.toString()}, quiet, System.err);
        if (rc != 0) {
          System.out.println(set + " failed: exit " + rc);
          continue;
        }
        JsonNode r = json.readTree(report.toFile());
        StringBuilder line = new StringBuilder(set);
        for (String flag : new String[] {"self_harm", "medical_advice", "spam"}) {
          JsonNode f = r.path("flags").path(flag);
          line.append(' ').append(f.path("truePositives").asInt()).append(' ').append(f.path("falsePositives").asInt())
              .append(' ').append(f.path("falseNegatives").asInt());
        }
        line.append(' ').append(r.path("legitimate").path("held").asInt()).append(' ').append(r.path("legitimate").path("comments").asInt());
        System.out.println(line);
      }
    } finally {
      Files.deleteIfExists(report);
    }
  }
}
