package io.commentmod.moderation.policy;

/** A policy file that cannot be used; the message starts with the JSON path of the bad key. */
public final class PolicyException extends IllegalArgumentException {
  private final String path;

  PolicyException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The dotted JSON path of the bad key, e.g. {@code flags.spam.autoReject} or {@code domains.allowed[2]}. */
  public String path() {
    return path;
  }
}
