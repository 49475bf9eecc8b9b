package io.commentmod.moderation;

import io.commentmod.metrics.JvmMetrics;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.moderation.batch.BatchCommands;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.policy.PolicyCommand;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Runs the moderation service; wiring only. Needs KAFKA_BOOTSTRAP_SERVERS. */
public final class ModerationMain {
  private ModerationMain() {}

  /**
   * With no arguments runs the service. {@code classify}, {@code evaluate} and {@code train} run the
   * batch commands over the same checks; {@code policy validate|publish FILE} manages the policy;
   * {@code hash-password NAME} prints a {@code MODERATOR_USERS} entry.
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      int rc = switch (args[0]) {
        case "policy" -> PolicyCommand.run(args, Settings.fromEnv(), Clock.systemUTC(), System.out, System.err);
        case "hash-password" -> hashPassword(args);
        default -> BatchCommands.run(args);
      };
      System.exit(rc);
    }
    Settings settings = Settings.fromEnv();
    ModerationConfig config;
    KafkaSettings kafka;
    Moderator moderator;
    try {
      config = ModerationConfig.from(settings);
      kafka = KafkaSettings.from(settings, null);
      moderator = initialModerator(config);
    } catch (IllegalArgumentException e) {
      System.err.println("moderation: " + e.getMessage());
      System.exit(2);
      return;
    }
    TopicAdmin.ensureTopics(kafka);
    ModerationService service = new ModerationService(config, kafka, moderator, Clock.systemUTC(), registry()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "moderation-shutdown"));
  }

  /** {@code hash-password NAME}: reads a password (no echo on a terminal) and prints a MODERATOR_USERS entry. */
  static int hashPassword(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: hash-password NAME   (then type the password; or pipe it on stdin)");
      return 2;
    }
    String password;
    java.io.Console console = System.console();
    if (console != null) {
      char[] p = console.readPassword("Password for %s: ", args[1]);
      password = p == null ? "" : new String(p);
    } else {
      try {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        password = line == null ? "" : line;
      } catch (java.io.IOException e) {
        System.err.println("hash-password: " + e.getMessage());
        return 1;
      }
    }
    if (password.length() < 8) {
      System.err.println("hash-password: use at least 8 characters");
      return 1;
    }
    try {
      System.out.println(io.commentmod.moderation.console.auth.ModeratorAccounts.entry(args[1], password));
    } catch (IllegalArgumentException e) {
      System.err.println("hash-password: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  /** The policy file when one is configured, else the shipped default; the policy topic overrides both once read. */
  public static Moderator initialModerator(ModerationConfig config) {
    return config.policyFile().map(f -> Moderators.create(Policy.load(f))).orElseGet(Moderators::defaults);
  }

  /** A Prometheus registry with the JVM's own metrics bound. */
  public static PrometheusMeterRegistry registry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    JvmMetrics.bindTo(r);
    return r;
  }
}
