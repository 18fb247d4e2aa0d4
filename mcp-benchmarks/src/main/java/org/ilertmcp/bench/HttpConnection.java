package org.ilertmcp.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive socket. The load generator shares two cores
 * with the servers, so it writes each request with one syscall and parses only what it needs
 * (status, {@code Content-Length}, chunking, {@code Mcp-Session-Id}); JSON and SSE bodies are kept
 * as bytes.
 */
final class HttpConnection implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 15_000;

  private final int port;
  private final int timeoutMillis;
  private final byte[] requestLinePrefix;
  private final byte[] buffer = new byte[16 * 1024];
  private final StringBuilder line = new StringBuilder(128);
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private boolean reused;
  private int pos;
  private int limit;

  /**
   * A response: status, the session id header if any, and the body, inflated when the server
   * compressed it ({@code Content-Encoding: gzip}), as any HTTP client hands it to its caller.
   */
  record Response(int status, String sessionId, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The protocol version header every 2025-11-25 request carries. */
  static final String PROTOCOL_HEADER = "MCP-Protocol-Version: 2025-11-25\r\n";

  HttpConnection(int port, String path) {
    this(port, path, PROTOCOL_HEADER);
  }

  /**
   * A connection whose requests all carry {@code headers} (CRLF-terminated lines), for example the
   * 2026-07-28 headers that mirror the echo call.
   */
  HttpConnection(int port, String path, String headers) {
    this(port, path, headers, TIMEOUT_MILLIS);
  }

  /** As above, waiting up to {@code timeoutMillis} for a connection or an answer. */
  HttpConnection(int port, String path, String headers, int timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
    this.requestLinePrefix =
        (" "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nAccept: application/json, text/event-stream\r\n"
                + headers)
            .getBytes(StandardCharsets.ISO_8859_1);
  }

  Response post(String sessionId, byte[] json) throws IOException {
    return exchange("POST", sessionId, json);
  }

  /** A {@code GET} of the connection's path, for direct REST calls. */
  Response get() throws IOException {
    return exchange("GET", null, null);
  }

  Response delete(String sessionId) throws IOException {
    return exchange("DELETE", sessionId, null);
  }

  private Response exchange(String method, String sessionId, byte[] payload) throws IOException {
    byte[] request = request(method, sessionId, payload);
    if (socket == null) {
      connect();
    }
    try {
      return send(request);
    } catch (EOFException e) {
      // A reused keep-alive socket the server closed while idle: retry once on a fresh one.
      if (!reused) {
        throw e;
      }
      connect();
      return send(request);
    }
  }

  private byte[] request(String method, String sessionId, byte[] payload) {
    StringBuilder sb = new StringBuilder(96);
    if (sessionId != null) {
      sb.append("Mcp-Session-Id: ").append(sessionId).append("\r\n");
    }
    if (payload != null) {
      sb.append("Content-Type: application/json\r\nContent-Length: ")
          .append(payload.length)
          .append("\r\n");
    }
    sb.append("\r\n");
    byte[] verb = method.getBytes(StandardCharsets.ISO_8859_1);
    byte[] rest = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    int size = verb.length + requestLinePrefix.length + rest.length;
    byte[] head = new byte[size + (payload == null ? 0 : payload.length)];
    System.arraycopy(verb, 0, head, 0, verb.length);
    System.arraycopy(requestLinePrefix, 0, head, verb.length, requestLinePrefix.length);
    System.arraycopy(rest, 0, head, verb.length + requestLinePrefix.length, rest.length);
    if (payload != null) {
      System.arraycopy(payload, 0, head, size, payload.length);
    }
    return head;
  }

  private Response send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    reused = true;
    String status = readLine();
    if (status == null) {
      throw new EOFException("connection closed before the response");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String sessionId = null;
    boolean gzip = false;
    for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon);
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.regionMatches(true, 0, "chunked", 0, 7);
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      } else if (name.equalsIgnoreCase("Mcp-Session-Id")) {
        sessionId = value;
      } else if (name.equalsIgnoreCase("Content-Encoding")) {
        gzip = value.equalsIgnoreCase("gzip");
      }
    }
    body.reset();
    if (chunked) {
      readChunked();
    } else if (length >= 0) {
      readBytes(length);
    } else if (code != 204 && code != 304 && code >= 200) {
      readToEnd();
      close = true;
    }
    if (close) {
      closeSocket();
    }
    byte[] bytes = body.toByteArray();
    if (gzip) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    return new Response(code, sessionId, bytes);
  }

  private void readChunked() throws IOException {
    while (true) {
      String sizeLine = readLine();
      if (sizeLine == null) {
        throw new EOFException("connection closed inside a chunked body");
      }
      int semicolon = sizeLine.indexOf(';');
      long size =
          Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); ) {
          trailer = readLine();
        }
        return;
      }
      readBytes(size);
      readLine();
    }
  }

  private void readBytes(long count) throws IOException {
    long left = count;
    while (left > 0) {
      if (pos == limit && !fill()) {
        throw new EOFException("connection closed inside a body");
      }
      int n = (int) Math.min(left, limit - pos);
      body.write(buffer, pos, n);
      pos += n;
      left -= n;
    }
  }

  private void readToEnd() throws IOException {
    while (pos < limit || fill()) {
      body.write(buffer, pos, limit - pos);
      pos = limit;
    }
  }

  /** One CRLF- or LF-terminated line as ISO-8859-1, or {@code null} at end of stream. */
  private String readLine() throws IOException {
    line.setLength(0);
    while (true) {
      if (pos == limit && !fill()) {
        return line.length() == 0 ? null : line.toString();
      }
      byte b = buffer[pos++];
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) (b & 0xff));
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void connect() throws IOException {
    closeSocket();
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMillis);
    s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
    socket = s;
    in = s.getInputStream();
    out = s.getOutputStream();
    reused = false;
    pos = 0;
    limit = 0;
  }

  private void closeSocket() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a loopback socket cannot fail in a way that matters here.
      }
      socket = null;
    }
  }

  @Override
  public void close() {
    closeSocket();
  }
}
