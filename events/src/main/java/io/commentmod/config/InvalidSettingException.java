package io.commentmod.config;

/** A setting is missing or malformed; the message starts with the key's name. */
public final class InvalidSettingException extends IllegalArgumentException {
  private final String key;

  public InvalidSettingException(String key, String problem) {
    super(key + " " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
