package io.commentmod.events;

/** Who wrote a comment, as the site reported it. {@code ip}, {@code userAgent} and {@code url} may be null. */
public record Author(String name, String email, String ip, String userAgent, String url) {}
