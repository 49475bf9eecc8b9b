package io.commentmod.moderation.check.crowd;

/** Stored per author: how many comments they posted and how many were approved or rejected (by moderators or automatically). */
public record AuthorRecord(int comments, int approved, int rejected, long firstSeen, long lastSeen) {}
