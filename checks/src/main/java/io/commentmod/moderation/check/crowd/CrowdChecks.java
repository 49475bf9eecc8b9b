package io.commentmod.moderation.check.crowd;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.StateSpec;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Checks across comments, kept in {@link ModerationState} (Streams stores or maps, no Kafka types):
 * spam waves, floods by author or IP, and author history. Unlike single-comment checks these read
 * and write state, so the moderator calls them with the comment, the time and the state. They
 * write only the state's own stores and read those together with {@link ModerationState#cluster},
 * what other tasks recorded, so a wave, a flood or a history split over partitions counts whole.
 */
public final class CrowdChecks {
  public static final StateSpec<WaveBucket> WAVES = new StateSpec<>("moderation-waves", WaveBucket.class);
  public static final StateSpec<RecentPosts> RATES = new StateSpec<>("moderation-rates", RecentPosts.class);
  public static final StateSpec<AuthorRecord> AUTHORS = new StateSpec<>("moderation-authors", AuthorRecord.class);

  /** How the author stood before this comment, for the moderator's score adjustments. */
  public enum Standing { NEW, KNOWN, TRUSTED, OFFENDER }

  private final WaveCheck waves;
  private final FloodCheck floods;
  private final AuthorHistory history;

  public CrowdChecks(Policy policy) {
    waves = new WaveCheck(policy.wave());
    floods = new FloodCheck(policy.flood());
    history = new AuthorHistory(policy.authors());
  }

  public List<StateSpec<?>> stateSpecs() {
    return List.of(WAVES, RATES, AUTHORS);
  }

  /** Adds wave, flood and reputation findings for {@code c} at {@code now}, and records it for later comments. */
  public Standing inspect(CommentSubmitted c, CommentText text, Tokens tokens, Instant now, ModerationState state, Findings findings) {
    String author = authorKey(c);
    String ip = c.author() == null ? null : c.author().ip();
    String byAuthor = author == null ? null : "author:" + author;
    String byIp = ip == null || ip.isBlank() ? null : "ip:" + ip.trim();
    // The flood and history records are read first, back to back, as the wave check reads its
    // buckets: each was last written many comments ago and misses the cache, and look-ups issued
    // together overlap their misses. Nothing below writes a record read here before it is used
    // (the two flood keys differ; the author store is written only by recordVerdict), so reading
    // early changes no result; the findings keep their order (waves, floods by author and IP, history).
    var rates = state.store(RATES);
    RecentPosts authorPosts = byAuthor == null ? null : rates.get(byAuthor);
    RecentPosts ipPosts = byIp == null ? null : rates.get(byIp);
    AuthorRecord record = author == null ? null : state.store(AUTHORS).get(author);
    waves.inspect(text, tokens, author == null ? "anonymous" : author, now, state.store(WAVES), state.cluster(WAVES), findings);
    var otherRates = state.cluster(RATES);
    if (byAuthor != null) floods.inspect(byAuthor, authorPosts, "author", now, rates, otherRates, findings);
    if (byIp != null) floods.inspect(byIp, ipPosts, "IP address", now, rates, otherRates, findings);
    if (author == null) return Standing.NEW;
    return history.inspect(AuthorRecord.union(record, state.cluster(AUTHORS).get(author)), findings);
  }

  /** Whether a value of one of {@link #stateSpecs()} is past every window at {@code now}; author records never are. */
  public <V> boolean expired(StateSpec<V> spec, V value, Instant now) {
    if (value instanceof WaveBucket b && spec.equals(WAVES)) return waves.expired(b, now);
    if (value instanceof RecentPosts r && spec.equals(RATES)) return floods.expired(r, now);
    return false;
  }

  /** Records this moderator's own verdict in the author's history. */
  public void recordVerdict(CommentSubmitted c, Action action, Instant now, ModerationState state) {
    history.record(authorKey(c), action, now, state.store(AUTHORS));
  }

  /** Records a moderator's decision in the author's history. */
  public void learn(ModeratorDecided decision, CommentSubmitted c, ModerationState state) {
    history.learn(authorKey(c), decision.action(), state.store(AUTHORS));
  }

  /** The author's e-mail (lower case), else their IP, else their name; null if none is known. */
  static String authorKey(CommentSubmitted c) {
    Author a = c.author();
    if (a == null) return null;
    if (a.email() != null && !a.email().isBlank()) return a.email().trim().toLowerCase(Locale.ROOT);
    if (a.ip() != null && !a.ip().isBlank()) return "ip:" + a.ip().trim();
    if (a.name() != null && !a.name().isBlank()) return "name:" + a.name().trim().toLowerCase(Locale.ROOT);
    return null;
  }
}
