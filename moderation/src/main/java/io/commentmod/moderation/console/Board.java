package io.commentmod.moderation.console;

import com.fasterxml.jackson.core.type.TypeReference;
import io.commentmod.events.ActionAudited;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.Route;
import io.commentmod.moderation.topology.AuditLog;
import io.commentmod.moderation.topology.AuthorComments;
import io.commentmod.moderation.topology.AuthorKeys;
import io.commentmod.moderation.topology.CheckStats;
import io.commentmod.moderation.topology.RecentApproval;
import io.commentmod.moderation.topology.ReviewMeta;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The whole picture across instances: this instance's stores by interactive query, the others'
 * through {@link Peers}, merged. Throws {@code InvalidStateStoreException} while this instance's
 * own stores are not queryable; peers that do not answer are named in the result instead.
 */
final class Board {
  static final List<Route> QUEUE_ORDER = List.of(Route.URGENT, Route.MEDICAL, Route.SPAM, Route.APPROVED);

  private final LocalQueries local;
  private final Peers peers;
  private final Clock clock;
  private final LongSupplier deadLetters;

  Board(LocalQueries local, Peers peers, Clock clock, LongSupplier deadLetters) {
    this.local = local;
    this.peers = peers;
    this.clock = clock;
    this.deadLetters = deadLetters;
  }

  Views.Board board() {
    Instant now = clock.instant();
    Map<String, QueueItem> byId = new LinkedHashMap<>();
    local.queue().forEach(i -> byId.put(i.verdict().id(), i));
    var remote = peers.gather("/internal/queue", new TypeReference<List<QueueItem>>() {});
    remote.answers().forEach(list -> list.forEach(i -> byId.putIfAbsent(i.verdict().id(), i)));
    Set<String> incomplete = new TreeSet<>(remote.unreachable());

    Set<String> keys = new HashSet<>();
    byId.values().forEach(i -> keys.add(AuthorKeys.of(i.verdict().comment().author())));
    Map<String, AuthorComments> histories = authors(keys, incomplete);

    List<QueueItem> items = new ArrayList<>(byId.values());
    items.sort(Comparator.comparing(QueueItem::verdict, ReviewItems.PRIORITY));
    Map<String, List<Views.Item>> queues = new LinkedHashMap<>();
    for (Route r : QUEUE_ORDER) if (r != Route.APPROVED) queues.put(r.wire(), new ArrayList<>());
    int escalated = 0;
    for (QueueItem i : items) {
      Views.Item v = view(i, histories, now);
      queues.computeIfAbsent(v.queue(), q -> new ArrayList<>()).add(v);
      if (v.escalatedAt() != null && v.pending() == null) escalated++;
    }
    return new Views.Board(now, queues, escalated, deadLetters.getAsLong(), List.copyOf(incomplete));
  }

  /** How many comments wait in each queue across instances, and how long (seconds) the oldest has waited. */
  QueueStats queueStats() {
    Map<String, CommentModerated> byId = new HashMap<>();
    local.queue().forEach(i -> byId.put(i.verdict().id(), i.verdict()));
    peers.gather("/internal/queue", new TypeReference<List<QueueItem>>() {})
        .answers().forEach(list -> list.forEach(i -> byId.putIfAbsent(i.verdict().id(), i.verdict())));
    long now = clock.instant().getEpochSecond();
    Map<Route, Long> depth = new java.util.EnumMap<>(Route.class);
    Map<Route, Long> oldest = new java.util.EnumMap<>(Route.class);
    for (CommentModerated v : byId.values()) {
      depth.merge(v.route(), 1L, Long::sum);
      oldest.merge(v.route(), Math.max(0, now - v.moderatedAt().getEpochSecond()), Math::max);
    }
    return new QueueStats(depth, oldest);
  }

  record QueueStats(Map<Route, Long> depth, Map<Route, Long> oldestSeconds) {}

  private Map<String, AuthorComments> authors(Set<String> keys, Set<String> incomplete) {
    Map<String, List<AuthorComments>> parts = new HashMap<>();
    if (keys.isEmpty()) return Map.of();
    local.authors(keys).forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    var remote = peers.gather("/internal/authors", new ArrayList<>(keys), new TypeReference<Map<String, AuthorComments>>() {});
    remote.answers().forEach(m -> m.forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
    incomplete.addAll(remote.unreachable());
    Map<String, AuthorComments> merged = new HashMap<>();
    parts.forEach((k, v) -> merged.put(k, AuthorComments.merge(v)));
    return merged;
  }

  static Views.Item view(QueueItem i, Map<String, AuthorComments> histories, Instant now) {
    CommentModerated v = i.verdict();
    ReviewMeta m = i.meta() == null ? new ReviewMeta(null, null, null) : i.meta();
    var c = v.comment();
    String key = AuthorKeys.of(c.author());
    ReviewMeta.Claim claim = m.claimAt(now);
    ReviewMeta.Pending p = m.pending();
    List<AuthorComments.Entry> history = new ArrayList<>();
    AuthorComments h = histories.get(key);
    if (h != null) for (AuthorComments.Entry e : h.entries()) if (!e.commentId().equals(v.id())) history.add(e);
    return new Views.Item(v.id(), v.route().wire(), c.articleId(),
        new Views.AuthorView(c.author() == null ? null : c.author().name(), c.author() == null ? null : c.author().email(), key),
        c.body(), v.flags(), v.moderatedAt(), ReviewItems.severity(v),
        claim == null ? null : new Views.ClaimView(claim.moderator(), claim.expiresAt()),
        p == null ? null : new Views.PendingView(AuditLog.actionName(p.decision()), p.decision().moderator(), p.decision().reason(), p.applyAt()),
        m.escalatedAt(), history);
  }

  /** One held comment's view, or null when it is not held anywhere. */
  Views.Item item(String id) {
    for (Views.Item i : board().queues().values().stream().flatMap(List::stream).toList()) if (i.id().equals(id)) return i;
    return null;
  }

  List<Views.CheckRow> checks() {
    Map<String, CheckStats> all = new HashMap<>(local.stats());
    peers.gather("/internal/stats", new TypeReference<Map<String, CheckStats>>() {})
        .answers().forEach(m -> m.forEach((k, v) -> all.merge(k, v, CheckStats::plus)));
    List<Views.CheckRow> rows = new ArrayList<>();
    all.forEach((k, v) -> rows.add(Views.CheckRow.of(k, v)));
    rows.sort(Comparator.comparingDouble(Views.CheckRow::overturnRate).reversed().thenComparing(Views.CheckRow::check));
    return rows;
  }

  List<ActionAudited> audit(int limit, String query) {
    Predicate<ActionAudited> filter = AuditFilter.of(query);
    List<ActionAudited> all = new ArrayList<>(local.audit(limit, filter));
    String q = query == null ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    peers.gather("/internal/audit?limit=" + limit + q, new TypeReference<List<ActionAudited>>() {})
        .answers().forEach(all::addAll);
    all.sort(Comparator.comparing(ActionAudited::at).reversed());
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  /** Up to {@code limit} newest approvals matching {@code query} across the cluster; each instance sends only its newest matches. */
  List<RecentApproval> recent(int limit, String query) {
    List<RecentApproval> all = new ArrayList<>(local.recent(limit, RecentFilter.of(query)));
    String q = query == null ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    peers.gather("/internal/recent?limit=" + limit + q, new TypeReference<List<RecentApproval>>() {}).answers().forEach(all::addAll);
    all.sort(Comparator.comparing(RecentApproval::approvedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return all.size() > limit ? all.subList(0, limit) : all;
  }
}
