package io.commentmod.events;

import java.time.Instant;

/**
 * A dead letter was re-published to its source topic by {@code publisher dlq redrive}, so it is
 * no longer listed as waiting. Keyed by {@code deadLetterId} ({@code <partition>-<offset>} of the
 * dead letter in {@code comments.dead-letter}); {@code partition} and {@code offset} say where the
 * re-published record landed in {@code sourceTopic}.
 */
public record DeadLetterRedriven(
    String deadLetterId, String key, String sourceTopic, int partition, long offset, Instant redrivenAt) {}
