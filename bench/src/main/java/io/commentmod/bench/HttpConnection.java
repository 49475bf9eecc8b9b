package io.commentmod.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON and reads the answer. Deliberately minimal
 * (no TLS, no redirects): the load generator shares two cores with the system under test, and a
 * full client would spend much of the CPU the server needs.
 */
final class HttpConnection implements Closeable {
  record Response(int status, String body) {}

  private static final int TIMEOUT_MS = 30_000;

  private final URI base;
  private final byte[] fixedHeaders;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(URI base, String path, String apiKey) {
    this.base = base;
    String host = base.getHost() + ":" + port(base);
    String headers = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
        + (apiKey == null ? "" : "Authorization: Bearer " + apiKey + "\r\n")
        + "Content-Type: application/json\r\n";
    this.fixedHeaders = headers.getBytes(StandardCharsets.US_ASCII);
  }

  Response post(byte[] body) throws IOException {
    return postWithKey(body, null);
  }

  /** Posts with an {@code Idempotency-Key} header, when {@code idempotencyKey} is not null. */
  Response postWithKey(byte[] body, String idempotencyKey) throws IOException {
    if (socket == null) connect();
    try {
      out.write(fixedHeaders);
      if (idempotencyKey != null) out.write(("Idempotency-Key: " + idempotencyKey + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MS);
    socket.connect(new InetSocketAddress(base.getHost(), port(base)), TIMEOUT_MS);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
  }

  private Response read() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + statusLine);
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean close = parts[0].equals("HTTP/1.0");
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      if (colon < 0) continue;
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int n = Integer.parseInt(line().split(";")[0].trim(), 16); n > 0; n = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        b.write(in.readNBytes(n));
        line();
      }
      while (!line().isEmpty()) { } // trailers
      body = b.toByteArray();
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
      if (body.length < length) throw new EOFException("connection closed in the body");
    } else {
      body = in.readAllBytes();
      close = true;
    }
    if (close) close();
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == '\r') b.setLength(n - 1);
        return b.toString();
      }
      b.append((char) c);
    }
    throw new EOFException("connection closed");
  }

  private static int port(URI u) {
    return u.getPort() > 0 ? u.getPort() : 80;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
    socket = null;
  }
}
