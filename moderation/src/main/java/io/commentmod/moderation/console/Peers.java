package io.commentmod.moderation.console;

import com.fasterxml.jackson.core.type.TypeReference;
import io.commentmod.events.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The other instances of this Streams application, found through Streams' own metadata (each
 * instance advertises its console as {@code application.server}), and their internal endpoints,
 * called in parallel with the shared peer secret.
 */
final class Peers {
  static final String HEADER = "X-Console-Peer";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final Supplier<KafkaStreams> streams;
  private final Supplier<HostInfo> self;
  private final String secret;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  Peers(Supplier<KafkaStreams> streams, Supplier<HostInfo> self, String secret) {
    this.streams = streams;
    this.self = self;
    this.secret = secret;
  }

  /** What every other instance answered, and the instances that did not answer. */
  record Gathered<T>(List<T> answers, List<String> unreachable) {}

  Set<String> others() {
    KafkaStreams s = streams.get();
    Set<String> out = new TreeSet<>();
    if (s == null) return out;
    HostInfo me = self.get();
    s.metadataForAllStreamsClients().forEach(m -> {
      HostInfo h = m.hostInfo();
      if (h == null || h.port() <= 0 || h.equals(me) || h.equals(HostInfo.unavailable())) return;
      out.add(h.host() + ":" + h.port());
    });
    return out;
  }

  <T> Gathered<T> gather(String pathAndQuery, TypeReference<T> type) {
    return gather(pathAndQuery, null, type);
  }

  /** As {@link #gather(String, TypeReference)}, POSTing {@code body} as JSON when it is not null. */
  <T> Gathered<T> gather(String pathAndQuery, Object body, TypeReference<T> type) {
    Map<String, CompletableFuture<HttpResponse<byte[]>>> calls = new LinkedHashMap<>();
    byte[] json;
    try {
      json = body == null ? null : Json.mapper().writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    for (String peer : others()) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + peer + pathAndQuery)).timeout(TIMEOUT)
          .header(HEADER, secret).header("Accept", "application/json");
      HttpRequest req = json == null ? b.GET().build()
          : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
      calls.put(peer, http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()));
    }
    List<T> answers = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    calls.forEach((peer, call) -> {
      try {
        HttpResponse<byte[]> res = call.get(TIMEOUT.toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (res.statusCode() != 200) {
          unreachable.add(peer);
          return;
        }
        answers.add(Json.mapper().readValue(res.body(), type));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unreachable.add(peer);
      } catch (Exception e) {
        unreachable.add(peer);
      }
    });
    return new Gathered<>(answers, unreachable);
  }
}
