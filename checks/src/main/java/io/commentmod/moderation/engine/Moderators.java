package io.commentmod.moderation.engine;

import io.commentmod.events.Action;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.events.Span;
import io.commentmod.events.CommentSubmitted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the moderator the services run. */
public final class Moderators {
  private Moderators() {}

  /** PLACEHOLDER until the check suite lands: flags comments with three or more links as spam. */
  public static Moderator defaults() {
    return new Moderator() {
      private final Pattern link = Pattern.compile("https?://\\S+|www\\.\\S+", Pattern.CASE_INSENSITIVE);

      public List<StateSpec<?>> stateSpecs() {
        return List.of();
      }

      public Assessment assess(CommentSubmitted c, Instant now, ModerationState state) {
        List<Span> spans = new ArrayList<>();
        Matcher m = link.matcher(c.body());
        while (m.find()) spans.add(new Span(m.start(), m.end()));
        if (spans.size() >= 3) {
          Flag f = new Flag(FlagName.SPAM, 0.9, List.of(new Reason("links", spans.size() + " links", spans)));
          return new Assessment(List.of(f), Route.SPAM, Action.REVIEW, policyVersion());
        }
        return new Assessment(List.of(), Route.APPROVED, Action.APPROVE, policyVersion());
      }

      public String policyVersion() {
        return "placeholder";
      }
    };
  }
}
