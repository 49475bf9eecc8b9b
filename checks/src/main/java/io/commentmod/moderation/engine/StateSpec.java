package io.commentmod.moderation.engine;

/** A named key-value store of JSON values of one type that a {@link Moderator} needs. */
public record StateSpec<V>(String name, Class<V> valueType) {}
