package io.commentmod.moderation.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.config.Settings;
import io.commentmod.events.ActionAudited;
import io.commentmod.events.Author;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.events.Action;
import io.commentmod.moderation.topology.AuthorComments;
import io.commentmod.moderation.topology.AuthorKeys;
import io.commentmod.moderation.topology.ReviewMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleViewsTest {
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void itemShowsALiveClaimThePendingDecisionAndTheAuthorsOtherComments() {
    QueueItem i = new QueueItem(verdict("c1", Route.SPAM, 0.6, T0), new ReviewMeta(
        new ReviewMeta.Claim("maria", T0, T0.plusSeconds(300)),
        new ReviewMeta.Pending(new ModeratorDecided("d1", "c1", DecisionAction.REJECT, "maria", "spam", T0), T0.plusSeconds(10)), null));
    String key = AuthorKeys.of(author());
    var history = Map.of(key, new AuthorComments(List.of(
        new AuthorComments.Entry("c1", "art", "this one", "in_review", "spam", null, "auto", T0),
        new AuthorComments.Entry("c0", "art", "earlier", "rejected", null, "spam", "sam", T0.minusSeconds(60)))));

    Views.Item v = Board.view(i, history, T0.plusSeconds(5));

    assertThat(v.claim()).isEqualTo(new Views.ClaimView("maria", T0.plusSeconds(300)));
    assertThat(v.pending()).isEqualTo(new Views.PendingView("spam", "maria", "spam", T0.plusSeconds(10)));
    assertThat(v.history()).extracting(AuthorComments.Entry::commentId).containsExactly("c0");
    assertThat(v.author().email()).isEqualTo("r@example.org");
    assertThat(Board.view(i, history, T0.plusSeconds(301)).claim()).as("an expired claim is not shown").isNull();
  }

  @Test
  void priorityIsUrgentFirstThenSeverityThenWaitingTime() {
    List<CommentModerated> l = new ArrayList<>(List.of(
        verdict("spam-old", Route.SPAM, 0.9, T0),
        verdict("medical-weak", Route.MEDICAL, 0.5, T0),
        verdict("medical-strong-new", Route.MEDICAL, 0.9, T0.plusSeconds(60)),
        verdict("medical-strong-old", Route.MEDICAL, 0.9, T0),
        verdict("urgent", Route.URGENT, 0.3, T0.plusSeconds(600))));
    l.sort(ReviewItems.PRIORITY);

    assertThat(l).extracting(CommentModerated::id)
        .containsExactly("urgent", "medical-strong-old", "medical-strong-new", "medical-weak", "spam-old");
  }

  @Test
  void auditFilterNeedsEveryWord() {
    ActionAudited a = new ActionAudited("a", "c-77", "maria", "reject", "off topic", "applied", T0);
    assertThat(AuditFilter.of("maria reject").test(a)).isTrue();
    assertThat(AuditFilter.of("MARIA c-77").test(a)).isTrue();
    assertThat(AuditFilter.of("sam").test(a)).isFalse();
    assertThat(AuditFilter.of(" ").test(a)).isTrue();
  }

  @Test
  void consoleSettingsHaveDefaultsAndDerivePeerSecretFromTheAccounts() {
    ConsoleConfig none = ConsoleConfig.from(new Settings(Map.of()), "app");
    assertThat(none.accounts().isEmpty()).isTrue();
    assertThat(none.peerSecret()).isEmpty();
    assertThat(none.undoWindow()).isEqualTo(Duration.ofSeconds(10));
    assertThat(none.urgentAlarm()).isEqualTo(Duration.ofMinutes(15));

    String users = io.commentmod.moderation.console.auth.ModeratorAccounts.entry("maria", "pw", 2000);
    ConsoleConfig a = ConsoleConfig.from(new Settings(Map.of("MODERATOR_USERS", users, "CONSOLE_URGENT_ALARM", "PT5M")), "app");
    ConsoleConfig b = ConsoleConfig.from(new Settings(Map.of("MODERATOR_USERS", users)), "app");
    ConsoleConfig other = ConsoleConfig.from(new Settings(Map.of("MODERATOR_USERS", users)), "another-app");
    assertThat(a.peerSecret()).isPresent().isEqualTo(b.peerSecret()).isNotEqualTo(other.peerSecret());
    assertThat(a.urgentAlarm()).isEqualTo(Duration.ofMinutes(5));
    assertThat(a.toString()).doesNotContain("pbkdf2");
  }

  static Author author() {
    return new Author("Reader", "r@example.org", null, null, null);
  }

  static CommentModerated verdict(String id, Route route, double score, Instant at) {
    FlagName f = route == Route.URGENT ? FlagName.SELF_HARM : route == Route.MEDICAL ? FlagName.MEDICAL_ADVICE : FlagName.SPAM;
    CommentSubmitted c = new CommentSubmitted(id, "art", author(), "text of " + id, null, at, null, null, at);
    return new CommentModerated(id, c, route, Action.REVIEW, List.of(new Flag(f, score, List.of(new Reason("check", "why", List.of())))), "v1", at);
  }
}
