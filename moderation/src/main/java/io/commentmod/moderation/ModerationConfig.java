package io.commentmod.moderation;

import io.commentmod.config.Settings;
import io.commentmod.moderation.console.ConsoleConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The moderation service's settings, validated at start-up.
 *
 * @param consolePort HTTP port of the console, metrics and health ({@code CONSOLE_PORT}, 8081; 0 picks one)
 * @param stateDir where Streams keeps its stores ({@code DATA_DIR}/streams, default ./data/streams)
 * @param applicationId the Streams application id ({@code MODERATION_APPLICATION_ID})
 * @param streamThreads processing threads ({@code MODERATION_STREAM_THREADS}, 1)
 * @param commitIntervalMs how often Streams commits its transaction ({@code MODERATION_COMMIT_INTERVAL_MS}, 100):
 *     verdicts become visible to read_committed readers only at a commit, so this bounds verdict
 *     latency from below; a longer interval means fewer, larger transactions and more throughput
 * @param rocksDbMemoryMb native memory for all state stores together, block cache and memtables
 *     ({@code MODERATION_ROCKSDB_MEMORY_MB}, 64)
 * @param policyFile a policy file overriding the shipped default ({@code MODERATION_POLICY_FILE})
 * @param advertisedHost host other instances reach this one's console at ({@code MODERATION_ADVERTISED_HOST})
 * @param console the moderator console's accounts and timings (see {@link ConsoleConfig})
 */
public record ModerationConfig(
    int consolePort, Path stateDir, String applicationId, int streamThreads, int commitIntervalMs, int rocksDbMemoryMb, Optional<Path> policyFile,
    String advertisedHost, ConsoleConfig console) {

  public static ModerationConfig from(Settings s) {
    String applicationId = s.string("MODERATION_APPLICATION_ID", "comment-moderation");
    return new ModerationConfig(
        s.port("CONSOLE_PORT", 8081),
        s.path("DATA_DIR", "./data").resolve("streams"),
        applicationId,
        s.integer("MODERATION_STREAM_THREADS", 1, 1, 64),
        s.integer("MODERATION_COMMIT_INTERVAL_MS", 100, 10, 60_000),
        s.integer("MODERATION_ROCKSDB_MEMORY_MB", 64, 8, 65_536),
        s.optional("MODERATION_POLICY_FILE").map(Path::of),
        s.string("MODERATION_ADVERTISED_HOST", "localhost"),
        ConsoleConfig.from(s, applicationId));
  }
}
