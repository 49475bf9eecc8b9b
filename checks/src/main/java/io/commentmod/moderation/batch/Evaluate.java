package io.commentmod.moderation.batch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.Action;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.events.Route;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate} on a labelled file (MODERATION_POLICY.md's format): per-flag precision, recall
 * and F1; route accuracy (for expected {@code spam}, rejection and spam review both count); the
 * share of legitimate comments held and auto-rejected; harmful comments auto-approved per flag;
 * a confusion matrix of expected route by outcome.
 */
final class Evaluate {
  private static final ObjectMapper M = Json.mapper();
  static final List<String> OUTCOMES = List.of("approved", "approved-held", "spam-review", "spam-reject", "medical", "urgent");

  private Evaluate() {}

  /** One labelled comment's outcome. */
  record Outcome(String id, Set<FlagName> expected, Route expectedRoute, Assessment got, String error) {}

  static List<Outcome> run(BufferedReader in, Moderator moderator) throws IOException {
    ModerationState state = ModerationState.inMemory();
    List<Outcome> out = new ArrayList<>();
    String line;
    int index = 0;
    while ((line = in.readLine()) != null) {
      int i = index++;
      if (line.isBlank()) continue;
      JsonNode n;
      try {
        n = M.readTree(line);
      } catch (JacksonException e) {
        out.add(new Outcome("line " + (i + 1), Set.of(), null, null, "not valid JSON"));
        continue;
      }
      String id = n.path("id").asText("line " + (i + 1));
      JsonNode exp = n.path("expected");
      Set<FlagName> flags = EnumSet.noneOf(FlagName.class);
      Route route;
      try {
        for (JsonNode f : exp.path("flags")) flags.add(FlagName.fromWire(f.asText()));
        route = routeOf(exp.path("route").asText());
        CommentSubmitted c = Submissions.parse(n, i);
        out.add(new Outcome(id, flags, route, moderator.assess(c, c.submittedAt(), state), null));
      } catch (RuntimeException e) {
        out.add(new Outcome(id, flags, null, null, e.getMessage()));
      }
    }
    return out;
  }

  private static Route routeOf(String s) {
    for (Route r : Route.values()) if (r.wire().equals(s)) return r;
    throw new IllegalArgumentException("expected.route: unknown route '" + s + "'");
  }

  static String outcome(Assessment a) {
    return switch (a.route()) {
      case APPROVED -> a.action() == Action.APPROVE ? "approved" : "approved-held";
      case SPAM -> a.action() == Action.REJECT ? "spam-reject" : "spam-review";
      case MEDICAL -> "medical";
      case URGENT -> "urgent";
    };
  }

  static Set<FlagName> flagsOf(Assessment a) {
    Set<FlagName> s = EnumSet.noneOf(FlagName.class);
    for (Flag f : a.flags()) s.add(f.name());
    return s;
  }

  static ObjectNode report(List<Outcome> outcomes) {
    ObjectNode r = M.createObjectNode();
    List<Outcome> ok = outcomes.stream().filter(o -> o.error() == null).toList();
    r.put("comments", ok.size());
    r.put("errors", outcomes.size() - ok.size());
    ObjectNode flags = r.putObject("flags");
    for (FlagName f : FlagName.values()) {
      int tp = 0, fp = 0, fn = 0;
      for (Outcome o : ok) {
        boolean e = o.expected().contains(f), g = flagsOf(o.got()).contains(f);
        if (e && g) tp++;
        else if (g) fp++;
        else if (e) fn++;
      }
      double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp), rec = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      ObjectNode fnode = flags.putObject(f.wire());
      fnode.put("truePositives", tp).put("falsePositives", fp).put("falseNegatives", fn)
          .put("precision", round(p)).put("recall", round(rec)).put("f1", round(p + rec == 0 ? 0 : 2 * p * rec / (p + rec)));
    }
    int correct = 0, legit = 0, held = 0, rejected = 0;
    Map<FlagName, Integer> autoApproved = new EnumMap<>(FlagName.class);
    int selfHarmAutoRejected = 0;
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    for (Route e : Route.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      OUTCOMES.forEach(c -> row.put(c, 0));
      confusion.put(e.wire(), row);
    }
    for (Outcome o : ok) {
      Assessment a = o.got();
      if (a.route() == o.expectedRoute()) correct++;
      confusion.get(o.expectedRoute().wire()).merge(outcome(a), 1, Integer::sum);
      if (o.expected().isEmpty()) {
        legit++;
        if (a.action() != Action.APPROVE) held++;
        if (a.action() == Action.REJECT) rejected++;
      }
      for (FlagName f : o.expected()) if (a.action() == Action.APPROVE) autoApproved.merge(f, 1, Integer::sum);
      if (o.expected().contains(FlagName.SELF_HARM) && a.action() == Action.REJECT) selfHarmAutoRejected++;
    }
    r.put("routeAccuracy", round(ok.isEmpty() ? 0 : (double) correct / ok.size()));
    ObjectNode l = r.putObject("legitimate");
    l.put("comments", legit).put("held", held).put("autoRejected", rejected)
        .put("heldShare", round(legit == 0 ? 0 : (double) held / legit))
        .put("autoRejectedShare", round(legit == 0 ? 0 : (double) rejected / legit));
    ObjectNode aa = r.putObject("harmfulAutoApproved");
    for (FlagName f : FlagName.values()) aa.put(f.wire(), autoApproved.getOrDefault(f, 0));
    r.put("selfHarmAutoRejected", selfHarmAutoRejected);
    r.set("confusion", M.valueToTree(confusion));
    return r;
  }

  static void print(ObjectNode r, PrintStream out) {
    out.printf(Locale.ROOT, "comments: %d (errors: %d)%n", r.get("comments").asInt(), r.get("errors").asInt());
    out.println("flag             precision  recall  f1     tp  fp  fn");
    r.get("flags").fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-16s %9.3f  %6.3f  %5.3f  %3d %3d %3d%n", e.getKey(),
        e.getValue().get("precision").asDouble(), e.getValue().get("recall").asDouble(), e.getValue().get("f1").asDouble(),
        e.getValue().get("truePositives").asInt(), e.getValue().get("falsePositives").asInt(), e.getValue().get("falseNegatives").asInt()));
    out.printf(Locale.ROOT, "route accuracy: %.3f%n", r.get("routeAccuracy").asDouble());
    JsonNode l = r.get("legitimate");
    out.printf(Locale.ROOT, "legitimate: %d, held %d (%.3f), auto-rejected %d (%.3f)%n", l.get("comments").asInt(),
        l.get("held").asInt(), l.get("heldShare").asDouble(), l.get("autoRejected").asInt(), l.get("autoRejectedShare").asDouble());
    out.println("harmful auto-approved: " + r.get("harmfulAutoApproved") + ", self-harm auto-rejected: " + r.get("selfHarmAutoRejected"));
    out.println("confusion (expected route -> outcome):");
    out.printf(Locale.ROOT, "  %-9s", "");
    OUTCOMES.forEach(c -> out.printf(Locale.ROOT, " %13s", c));
    out.println();
    r.get("confusion").fields().forEachRemaining(e -> {
      out.printf(Locale.ROOT, "  %-9s", e.getKey());
      OUTCOMES.forEach(c -> out.printf(Locale.ROOT, " %13d", e.getValue().get(c).asInt()));
      out.println();
    });
  }

  /** Lines for each comment routed differently than expected or with wrong flags, with the reasons. */
  static void printMisses(List<Outcome> outcomes, PrintStream out) {
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        out.println("ERROR " + o.id() + ": " + o.error());
        continue;
      }
      boolean routeOk = o.got().route() == o.expectedRoute();
      if (routeOk && flagsOf(o.got()).equals(o.expected())) continue;
      StringBuilder sb = new StringBuilder();
      sb.append(o.id()).append(" expected ").append(o.expected()).append('/').append(o.expectedRoute().wire())
          .append(" got ").append(flagsOf(o.got())).append('/').append(outcome(o.got()));
      for (Flag f : o.got().flags()) {
        sb.append("\n    ").append(f.name().wire()).append(' ').append(f.score());
        f.reasons().forEach(x -> sb.append("\n      ").append(x.check()).append(": ").append(x.detail()));
      }
      out.println(sb);
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
