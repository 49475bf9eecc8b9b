package io.commentmod.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** What the machine and the process under test use: resident memory, heap, CPU. Linux only (/proc). */
final class Probes {
  private Probes() {}

  /** Memory of one process, sampled in the background; peaks kept until {@link #reset()}. */
  static final class Memory implements AutoCloseable {
    private final long pid;
    private final Supplier<OptionalLong> heapUsed;
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param heapUsed the process's used heap in bytes, when known */
    Memory(long pid, Supplier<OptionalLong> heapUsed) {
      this.pid = pid;
      this.heapUsed = heapUsed;
      thread = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-memory-probe");
      thread.setDaemon(true);
      thread.start();
    }

    static Memory self() {
      return new Memory(ProcessHandle.current().pid(), () -> {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
        }
        return OptionalLong.of(used);
      });
    }

    /** Heap from the Prometheus text of a service in that process (Micrometer's jvm_memory_used_bytes). */
    static Memory viaMetrics(long pid, URI metrics) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      return new Memory(pid, () -> {
        try {
          String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
          long used = 0;
          for (String line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
              used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
          }
          return OptionalLong.of(used);
        } catch (IOException | RuntimeException e) {
          return OptionalLong.empty();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return OptionalLong.empty();
        }
      });
    }

    private void sample() {
      long rss = statusKb("VmRSS") * 1024;
      peakRss.accumulateAndGet(rss, Math::max);
      heapUsed.get().ifPresent(h -> peakHeap.accumulateAndGet(h, Math::max));
    }

    /** Peak resident set since start (the kernel's high-water mark), bytes. */
    long highWaterRss() {
      return statusKb("VmHWM") * 1024;
    }

    long peakRss() {
      return peakRss.get();
    }

    long peakHeap() {
      return peakHeap.get();
    }

    void reset() {
      peakRss.set(0);
      peakHeap.set(0);
    }

    private long statusKb(String field) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
      } catch (IOException | RuntimeException e) {
        // process gone
      }
      return 0;
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }

  /**
   * CPU between two points: the whole machine (/proc/stat), the process that runs the pipeline
   * (/proc/<pid>/stat) and, when that process is this JVM, each group of its threads (load
   * generator, moderation, broker...), so a throughput can be read as CPU per record and a
   * slow phase can be told apart from a machine busy with other work.
   */
  static final class Cpu {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final long pid;
    private final long[] machineStart = machine();
    private final long processStart;
    private final long benchProcessStart = processTicks(ProcessHandle.current().pid());
    private final Map<String, Long> threadsStart;
    private final long wallStart = System.nanoTime();

    Cpu(long pid) {
      this.pid = pid;
      this.processStart = processTicks(pid);
      this.threadsStart = ThreadCpu.INSTANCE.byGroup();
    }

    /** One phase's CPU, in cores (CPU seconds per wall second) and in microseconds per record. */
    String report(long records) {
      double wall = (System.nanoTime() - wallStart) / 1e9;
      long[] now = machine();
      long total = now[0] - machineStart[0];
      long idle = now[1] - machineStart[1];
      int cores = Runtime.getRuntime().availableProcessors();
      double busyCores = total <= 0 ? 0 : cores * (1.0 - (double) idle / total);
      double processSeconds = pid > 0 ? (processTicks(pid) - processStart) / TICKS_PER_SECOND : 0;
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "CPU: machine %.2f of %d cores busy", busyCores, cores));
      if (pid > 0) {
        long me = ProcessHandle.current().pid();
        boolean self = pid == me;
        double benchSeconds = self ? 0 : (processTicks(me) - benchProcessStart) / TICKS_PER_SECOND;
        double others = busyCores - processSeconds / wall - benchSeconds / wall;
        b.append(String.format(Locale.ROOT, ", pipeline process %.2f cores (%s)", processSeconds / wall,
            records > 0 ? String.format(Locale.ROOT, "%,.0f µs CPU per record", processSeconds * 1e6 / records) : "-"));
        if (!self) {
          b.append(String.format(Locale.ROOT, ", bench process %.2f cores (together %s)", benchSeconds / wall,
              records > 0 ? String.format(Locale.ROOT, "%,.0f µs CPU per record", (processSeconds + benchSeconds) * 1e6 / records) : "-"));
        }
        b.append(String.format(Locale.ROOT, ", other processes %.2f cores", Math.max(0, others)));
        if (self && records > 0) {
          Map<String, Long> end = ThreadCpu.INSTANCE.byGroup();
          long javaThreads = 0;
          List<String> parts = new ArrayList<>();
          for (var e : end.entrySet()) {
            long d = e.getValue() - threadsStart.getOrDefault(e.getKey(), 0L);
            javaThreads += d;
            if (d * 1000 / records >= 1) parts.add(String.format(Locale.ROOT, "%s %,.0f", e.getKey(), d / 1000.0 / records));
          }
          double native_ = processSeconds * 1e9 - javaThreads;
          parts.add(String.format(Locale.ROOT, "GC+JIT+native %,.0f", Math.max(0, native_) / 1000.0 / records));
          b.append("\n      µs CPU per record by thread group: ").append(String.join(", ", parts));
        }
      } else {
        b.append(String.format(Locale.ROOT, ", load generator %.2f cores", ThreadCpu.INSTANCE.selfCores(wall, threadsStart)));
      }
      return b.toString();
    }

    /** Cores that processes other than this one and {@code pid} kept busy during {@code window}. */
    static double othersCores(long pid, Duration window) throws InterruptedException {
      long self = ProcessHandle.current().pid();
      long[] m0 = machine();
      long p0 = processTicks(self) + (pid > 0 && pid != self ? processTicks(pid) : 0);
      long t0 = System.nanoTime();
      Thread.sleep(window.toMillis());
      long[] m1 = machine();
      long p1 = processTicks(self) + (pid > 0 && pid != self ? processTicks(pid) : 0);
      double wall = (System.nanoTime() - t0) / 1e9;
      long total = m1[0] - m0[0];
      long idle = m1[1] - m0[1];
      double busy = total <= 0 ? 0 : Runtime.getRuntime().availableProcessors() * (1.0 - (double) idle / total);
      return Math.max(0, busy - (p1 - p0) / TICKS_PER_SECOND / wall);
    }

    static long processTicks(long pid) {
      if (pid <= 0) return 0;
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    private static long[] machine() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) total += Long.parseLong(f[i]);
        long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
        return new long[] {total, idle};
      } catch (IOException | RuntimeException e) {
        return new long[] {0, 0};
      }
    }
  }

  /**
   * CPU time of every thread of this JVM by group, sampled every 200 ms so that a thread that has
   * ended still counts with its last sample.
   */
  static final class ThreadCpu {
    static final ThreadCpu INSTANCE = new ThreadCpu();
    private record Seen(String group, long nanos) {}
    private final Map<Long, Seen> lastSeen = new ConcurrentHashMap<>();

    private ThreadCpu() {
      Thread t = new Thread(() -> {
        while (true) {
          sample();
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-cpu-probe");
      t.setDaemon(true);
      t.start();
    }

    synchronized Map<String, Long> byGroup() {
      sample();
      Map<String, Long> out = new TreeMap<>();
      for (Seen s : lastSeen.values()) out.merge(s.group(), s.nanos(), Long::sum);
      return out;
    }

    /** Cores' worth of CPU the load generator used since {@code start} (a {@link #byGroup()} result). */
    double selfCores(double wallSeconds, Map<String, Long> start) {
      long now = byGroup().getOrDefault(LOAD, 0L);
      return (now - start.getOrDefault(LOAD, 0L)) / 1e9 / wallSeconds;
    }

    private synchronized void sample() {
      ThreadMXBean t = ManagementFactory.getThreadMXBean();
      for (var info : t.getThreadInfo(t.getAllThreadIds())) {
        if (info == null) continue;
        long cpu = t.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) lastSeen.put(info.getThreadId(), new Seen(group(info.getThreadName()), cpu));
      }
    }

    static final String LOAD = "load generator";

    /** Which part of the system a thread belongs to, by its name. */
    static String group(String name) {
      int bar = name.indexOf(" | ");
      String owner = bar >= 0 ? name.substring(bar + 3) : name; // Kafka client threads: "<kind> | <client id>"
      if (owner.contains("bench") || name.equals("main")) return LOAD;
      boolean streamThread = bar < 0 && name.contains("-StreamThread-");
      if (owner.startsWith("passthrough-")) return streamThread ? "pass-through stream thread" : "pass-through clients";
      if (owner.startsWith("comment-moderation") || owner.startsWith("moderation")) {
        return streamThread ? "moderation stream thread" : "moderation clients";
      }
      if (owner.startsWith("publisher")) return "publisher";
      if (owner.startsWith("ingest")) return "ingest";
      if (name.contains("JettyServerThreadPool") || name.startsWith("qtp") || name.startsWith("HttpClient")) return "HTTP servers";
      if (bar >= 0) return "other Kafka clients";
      if (name.startsWith("data-plane") || name.startsWith("kafka") || name.contains("raft") || name.startsWith("quorum")
          || name.startsWith("broker") || name.startsWith("group-coordinator") || name.startsWith("TxnMarker")
          || name.startsWith("AddPartitionsToTxn") || name.startsWith("ExpirationReaper") || name.startsWith("executor-")
          || name.startsWith("controller") || name.startsWith("share") || name.startsWith("log-") || name.startsWith("transaction")
          || name.startsWith("LogDirFailureHandler") || name.startsWith("ReplicaFetcher") || name.contains("-metadata-")) {
        return "broker";
      }
      return "other threads";
    }
  }
}
