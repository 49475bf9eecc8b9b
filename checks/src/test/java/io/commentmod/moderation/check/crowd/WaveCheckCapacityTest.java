package io.commentmod.moderation.check.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A large wave seen partly in this task's buckets and partly through the cluster view: more similar
 * entries than one task's four bands can hold. Found by the pipeline benchmark, where the moderator
 * threw ArrayIndexOutOfBoundsException (64 of 64) and the comments were dead-lettered.
 */
class WaveCheckCapacityTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final int PER_BUCKET = 16;

  @Test
  void aWaveLargerThanTheLocalBandsIsCountedWithoutOverflow() {
    Policy policy = Policy.defaults();
    WaveCheck check = new WaveCheck(policy.wave());
    CommentSubmitted c = new CommentSubmitted("c", "art", new Author("N", "me@x.org", null, null, null),
        "Amazing post thank you so much for sharing this, visit my page for more", null, T0, null, null, T0);
    CommentText text = Normalizer.normalize(c);
    Tokens tokens = Tokens.of(text.normalized());
    long fp = Fingerprint.simHash(tokens);

    KeyValueState<WaveBucket> store = ModerationState.inMemory().store(CrowdChecks.WAVES);
    Map<String, List<WaveBucket>> others = new HashMap<>();
    long t = T0.toEpochMilli() - 600_000;
    for (int band = 0; band < 4; band++) {
      String key = key(band, fp);
      store.put(key, bucket(fp, "local" + band, t, PER_BUCKET));
      t += PER_BUCKET;
      if (band == 0) { // 15 local + 49 from other partitions fill the first 64 slots before the next band's local entries
        others.put(key, List.of(bucket(fp, "p1", t, PER_BUCKET), bucket(fp, "p2", t + 16, PER_BUCKET), bucket(fp, "p3", t + 32, PER_BUCKET),
            bucket(fp, "p4", t + 48, 1)));
        t += 49;
      }
    }
    ClusterView<WaveBucket> cluster = key -> others.getOrDefault(key, List.of());

    Findings findings = new Findings();
    check.inspect(text, tokens, "me@x.org", T0, store, cluster, findings);

    // this task reads the newest 15 of each band's 16, the cluster view 49: 4 x 15 + 49 others and the author
    assertThat(findings.of(FlagName.SPAM).get(0).reason().detail()).startsWith("same text from " + (4 * 15 + 49 + 1) + " authors");
  }

  private static WaveBucket bucket(long fp, String prefix, long from, int n) {
    long[] fps = new long[n];
    String[] who = new String[n];
    long[] at = new long[n];
    for (int i = 0; i < n; i++) {
      fps[i] = fp;
      who[i] = prefix + "-" + i + "@x.org";
      at[i] = from + i;
    }
    return new WaveBucket(fps, who, at);
  }

  /** WaveCheck's store key: band number, colon, four hex digits of that band. */
  private static String key(int band, long fp) {
    return band + ":" + String.format(Locale.ROOT, "%04x", (int) (fp >>> (band * 16)) & 0xffff);
  }
}
