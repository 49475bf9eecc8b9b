package io.commentmod.publisher;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * One assigned partition's records between fetch and commit. The offset to commit is the lowest
 * record not yet settled, or one past the last record handed out when all are settled: nothing at
 * or after an unsettled record is ever committed, however many later records finished first.
 *
 * <p>Also the partition's ownership: once revoked, {@link #enter()} refuses, so no new site call
 * starts for it, and {@link #revokeAndAwait} waits for the calls already running.
 */
final class PartitionWork {
  final TopicPartition partition;
  private final TreeSet<Long> pending = new TreeSet<>();
  private final Set<Long> settled = new HashSet<>();
  private long next = -1;
  private long committed = -1;
  private boolean revoked;
  private int busy;

  PartitionWork(TopicPartition partition) {
    this.partition = partition;
  }

  /** Records that {@code offset} was handed out; offsets arrive in increasing order. */
  synchronized void track(long offset) {
    pending.add(offset);
    next = offset + 1;
  }

  /** The record at {@code offset} is settled: delivered and receipted, dead-lettered, or skipped. */
  synchronized void settle(long offset) {
    if (pending.contains(offset)) settled.add(offset);
  }

  /** Handed out and not yet committable. */
  synchronized int inFlight() {
    return pending.size();
  }

  /** The offset to commit if it moved since the last call, else -1. */
  synchronized long advance() {
    while (!pending.isEmpty() && settled.remove(pending.first())) pending.pollFirst();
    long commit = pending.isEmpty() ? next : pending.first();
    if (commit < 0 || commit == committed) return -1;
    committed = commit;
    return commit;
  }

  /** Starts a side effect for this partition; false once it was revoked. Pair with {@link #exit()}. */
  synchronized boolean enter() {
    if (revoked) return false;
    busy++;
    return true;
  }

  synchronized void exit() {
    busy--;
    notifyAll();
  }

  synchronized boolean isRevoked() {
    return revoked;
  }

  /** Refuses new side effects and waits up to {@code max} for running ones; true when none is left. */
  synchronized boolean revokeAndAwait(Duration max) throws InterruptedException {
    revoked = true;
    long deadline = System.nanoTime() + max.toNanos();
    while (busy > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
