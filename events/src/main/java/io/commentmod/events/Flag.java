package io.commentmod.events;

import java.util.List;

/** A raised flag with its score in [0, 1] and the reasons behind it. */
public record Flag(FlagName name, double score, List<Reason> reasons) {
  public Flag {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
