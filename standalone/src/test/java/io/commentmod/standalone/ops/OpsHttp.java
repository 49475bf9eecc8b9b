package io.commentmod.standalone.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP helper for the operations tests. */
final class OpsHttp {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpsHttp() {}

  static HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET().build());
  }

  static HttpResponse<String> post(String url, String bearer, String json) {
    var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status code, or -1 when nothing answers. */
  static int status(String url) {
    try {
      return get(url).statusCode();
    } catch (UncheckedIOException e) {
      return -1;
    }
  }
}
