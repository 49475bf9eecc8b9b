package io.commentmod.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 requests over one kept-alive socket, for tests that must control which connection a
 * request travels on (Jetty caches some header values per connection); an HTTP client library
 * pools connections out of the test's sight.
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public RawHttp(int port) throws IOException {
    socket = new Socket("localhost", port);
    socket.setSoTimeout(20_000);
    in = new java.io.BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** Sends {@code GET path} with one extra header line ({@code "Name: value"}) and returns the response's status. */
  public int get(String path, String header) throws IOException {
    String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return statusOfOneResponse();
  }

  /** Reads one response (Content-Length or chunked body) and returns its status. */
  private int statusOfOneResponse() throws IOException {
    String head = linesUntilBlank();
    int length = 0;
    boolean chunked = false;
    for (String line : head.split("\r\n")) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.startsWith("content-length:")) length = Integer.parseInt(line.substring(15).strip());
      if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
    }
    if (!chunked) {
      in.readNBytes(length);
    } else {
      for (int size; (size = Integer.parseInt(line().split(";")[0].strip(), 16)) > 0; ) in.readNBytes(size + 2);
      linesUntilBlank(); // trailers, then the blank line
    }
    return Integer.parseInt(head.substring(9, 12));
  }

  private String linesUntilBlank() throws IOException {
    StringBuilder head = new StringBuilder();
    for (String line; !(line = line()).isEmpty(); ) head.append(line).append("\r\n");
    return head.toString();
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) throw new IOException("connection closed after " + line);
      if (b != '\r') line.append((char) b);
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
