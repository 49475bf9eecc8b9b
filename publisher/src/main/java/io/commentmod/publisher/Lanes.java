package io.commentmod.publisher;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs one at a time per lane (an article), in the order they were submitted, and different
 * lanes concurrently on a shared pool. A job that must wait (a backoff, a closed gate) gives its
 * thread back and holds up only its own lane.
 */
final class Lanes {
  private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
  /** Wait after a job threw: a bug, not a site answer; keep the lane alive but do not spin. */
  static final Duration AFTER_BUG = Duration.ofSeconds(5);

  /** What a job's step ended with. */
  sealed interface Step permits Done, After, Parked {}

  /** The job is finished; the lane moves on. */
  record Done() implements Step {}

  /** Run the job's next step after {@code delay}. */
  record After(Duration delay) implements Step {}

  /** The job left its {@code resume} callback somewhere (a gate) and will be resumed through it. */
  record Parked() implements Step {}

  static final Step DONE = new Done();
  static final Step PARKED = new Parked();

  /** One unit of work in a lane, run in steps. */
  interface Job {
    /** Does the next piece of work. {@code resume} runs the job again when it is the lane's head. */
    Step step(Runnable resume);
  }

  private final class Lane {
    final String key;
    final ArrayDeque<Job> jobs = new ArrayDeque<>();

    Lane(String key) {
      this.key = key;
    }
  }

  private final Executor workers;
  private final ScheduledExecutorService timer;
  private final Map<String, Lane> lanes = new HashMap<>();

  Lanes(Executor workers, ScheduledExecutorService timer) {
    this.workers = workers;
    this.timer = timer;
  }

  /** Queues {@code job} at the end of lane {@code key}; starts it at once when the lane is idle. */
  void submit(String key, Job job) {
    Lane lane;
    synchronized (this) {
      lane = lanes.computeIfAbsent(key, Lane::new);
      lane.jobs.add(job);
      if (lane.jobs.size() > 1) return;
    }
    schedule(lane);
  }

  /** Lanes with work queued or running. */
  synchronized int active() {
    return lanes.size();
  }

  private void schedule(Lane lane) {
    try {
      workers.execute(() -> run(lane));
    } catch (RejectedExecutionException e) {
      LOG.debug("Lane {} not resumed: shutting down", lane.key);
    }
  }

  private void run(Lane lane) {
    Job job;
    synchronized (this) {
      job = lane.jobs.peek();
    }
    if (job == null) return;
    Step step;
    try {
      step = job.step(() -> schedule(lane));
    } catch (RuntimeException e) {
      LOG.error("Job in lane {} failed; trying again in {}", lane.key, AFTER_BUG, e);
      step = new After(AFTER_BUG);
    }
    if (step instanceof After after) {
      try {
        timer.schedule(() -> schedule(lane), after.delay().toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        LOG.debug("Lane {} not rescheduled: shutting down", lane.key);
      }
    } else if (step instanceof Done) {
      boolean more;
      synchronized (this) {
        lane.jobs.poll();
        more = !lane.jobs.isEmpty();
        if (!more) lanes.remove(lane.key);
      }
      if (more) schedule(lane);
    }
  }
}
