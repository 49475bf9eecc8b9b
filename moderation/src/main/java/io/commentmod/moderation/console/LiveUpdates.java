package io.commentmod.moderation.console;

import io.commentmod.moderation.topology.TopologyListener;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Tells open consoles (server-sent events) that the queues changed, so they reload. A change on
 * this instance's tasks is announced within a quarter second; changes on other instances are
 * noticed by polling their change counters each second while anyone is watching.
 */
final class LiveUpdates implements TopologyListener, AutoCloseable {
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final AtomicLong version = new AtomicLong();
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "console-live-updates");
    t.setDaemon(true);
    return t;
  });
  private volatile long peersSeen = -1;
  private int ticks;

  /** @param peerVersions the sum of the other instances' change counters */
  LiveUpdates start(LongSupplier peerVersions) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        if (++ticks % 4 == 0 && !clients.isEmpty()) {
          long v = peerVersions.getAsLong();
          if (v != peersSeen) {
            if (peersSeen != -1) dirty.set(true);
            peersSeen = v;
          }
        }
        if (dirty.getAndSet(false)) broadcast("changed", Long.toString(version.get()));
        if (ticks % 60 == 0) clients.forEach(c -> send(c, null, "ping"));
      } catch (RuntimeException e) {
        // keep the timer alive
      }
    }, 250, 250, TimeUnit.MILLISECONDS);
    return this;
  }

  long version() {
    return version.get();
  }

  void add(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    send(client, "hello", Long.toString(version.get()));
  }

  int watching() {
    return clients.size();
  }

  @Override
  public void changed(String commentId) {
    version.incrementAndGet();
    dirty.set(true);
  }

  private void broadcast(String event, String data) {
    for (SseClient c : clients) send(c, event, data);
  }

  private void send(SseClient c, String event, String data) {
    try {
      if (c.terminated()) {
        clients.remove(c);
      } else if (event == null) {
        c.sendComment(data);
      } else {
        c.sendEvent(event, data);
      }
    } catch (RuntimeException e) {
      clients.remove(c);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    clients.forEach(c -> {
      try {
        c.close();
      } catch (RuntimeException e) {
        // already gone
      }
    });
  }
}
