package io.commentmod.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One moderation task's cross-comment state under one key, as it stands after the task changed
 * it: a spam-wave bucket, an author's or IP's recent posts, or an author's approvals and
 * rejections ({@code state}, the JSON of the checks' value for {@code store}). Every instance
 * reads these into one global store, so each task also sees what the tasks of the other
 * partitions recorded. Keyed by {@code app|store|key|partition} (see {@code CrowdRows}), not by
 * comment id: the latest row of each task and key is kept; a tombstone means the task forgot it.
 */
public record CrowdStateChanged(String app, int partition, String store, String key, JsonNode state) {}
