package io.commentmod.moderation.policy;

import io.commentmod.config.Settings;
import io.commentmod.events.PolicyChanged;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code policy validate FILE} checks a policy file; {@code policy publish FILE [--by NAME]}
 * validates it and publishes it to the policy topic, from where every instance picks it up.
 */
public final class PolicyCommand {
  private PolicyCommand() {}

  public static int run(String[] args, Settings env, Clock clock, PrintStream out, PrintStream err) {
    if (args.length < 3 || !(args[1].equals("validate") || args[1].equals("publish"))) {
      err.println("usage: policy validate FILE | policy publish FILE [--by NAME]");
      return 2;
    }
    Path file = Path.of(args[2]);
    String document;
    Policy policy;
    try {
      document = Files.readString(file);
      policy = Policy.load(file);
    } catch (Exception e) {
      err.println("invalid policy " + file + ": " + e.getMessage());
      return 1;
    }
    if (args[1].equals("validate")) {
      out.println("policy " + policy.version() + " is valid");
      return 0;
    }
    String by = args.length >= 5 && args[3].equals("--by") ? args[4] : System.getProperty("user.name", "ops");
    KafkaSettings kafka = KafkaSettings.from(env, "localhost:9092");
    TopicAdmin.ensureTopics(kafka);
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (var p = new KafkaProducer<>(cfg, new StringSerializer(), Topics.POLICY.valueSerde().serializer())) {
      p.send(new ProducerRecord<>(Topics.POLICY.name(), PolicyChanged.KEY,
          new PolicyChanged(policy.version(), document, by, clock.instant()))).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      err.println("could not publish the policy to " + kafka.bootstrapServers() + ": " + e.getMessage());
      return 1;
    }
    out.println("published policy " + policy.version() + " to " + Topics.POLICY.name());
    return 0;
  }
}
