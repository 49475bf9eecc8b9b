package io.commentmod.moderation.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A moderator's HTTP session with a console, for tests: logs in, keeps the cookie, sends the CSRF token. */
public final class ConsoleClient {
  private final String base;
  private final HttpClient http;
  private String csrf;

  public ConsoleClient(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
  }

  public HttpResponse<String> login(String name, String password) {
    HttpResponse<String> res = post("/api/login", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
    if (res.statusCode() == 200) csrf = json(res).path("csrf").asText();
    return res;
  }

  public ConsoleClient loggedIn(String name, String password) {
    HttpResponse<String> res = login(name, password);
    if (res.statusCode() != 200) throw new IllegalStateException("login failed: " + res.statusCode() + " " + res.body());
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15)).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) b.header("X-CSRF-Token", csrf);
    return send(b);
  }

  public HttpResponse<String> postWithout(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static JsonNode json(HttpResponse<String> res) {
    try {
      return Json.mapper().readTree(res.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
