package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One MCP client of the load benchmark: its own keep-alive connection and session under one API
 * key. Each answer is sorted into what the agent would see: a result, the server's busy refusal
 * ({@code -32005}), this server's pacing of the key to ilert's limit, or another error.
 */
final class LoadSession implements AutoCloseable {
  /** What a tool call answered. */
  enum Answer {
    OK,
    BUSY,
    PACED,
    ERROR
  }

  /** One answer, how long it took, and for {@link Answer#ERROR} what it said. */
  record Reply(Answer answer, long nanos, String problem) {}

  /** Long enough for a call that waits the product's whole 30 s call deadline. */
  private static final int TIMEOUT_MILLIS = 60_000;

  private static final byte[] STRUCTURED = ascii("\"structuredContent\"");
  private static final byte[] IS_ERROR = ascii("\"isError\":true");
  private static final byte[] BUSY = ascii("\"code\":-32005");
  private static final byte[] PACED = ascii("Not sent to ilert");
  private static final byte[] RESULT = ascii("\"result\"");

  private final HttpConnection connection;
  private String sessionId;
  private long nextId = 2;

  LoadSession(int port, String key) {
    this.connection =
        new HttpConnection(
            port,
            "/mcp",
            HttpConnection.PROTOCOL_HEADER + "Authorization: Bearer " + key + "\r\n",
            TIMEOUT_MILLIS);
  }

  /** {@code initialize} and {@code notifications/initialized}, as a real client does. */
  void open() throws IOException {
    HttpConnection.Response init = connection.post(null, McpMessages.INITIALIZE);
    if (init.status() != 200 || init.sessionId() == null) {
      throw new IOException("initialize answered " + init.status() + ": " + init.text());
    }
    sessionId = init.sessionId();
    HttpConnection.Response ack = connection.post(sessionId, McpMessages.INITIALIZED);
    if (ack.status() != 202) {
      throw new IOException("notifications/initialized answered " + ack.status());
    }
  }

  Reply call(ProductCall call, long alertId) {
    long start = System.nanoTime();
    try {
      HttpConnection.Response r = connection.post(sessionId, call.mcpRequest(nextId++, alertId));
      long nanos = System.nanoTime() - start;
      byte[] body = r.body();
      if (r.status() == 200
          && McpMessages.contains(body, STRUCTURED)
          && !McpMessages.contains(body, IS_ERROR)) {
        return new Reply(Answer.OK, nanos, null);
      }
      if (McpMessages.contains(body, BUSY)) {
        return new Reply(Answer.BUSY, nanos, null);
      }
      if (McpMessages.contains(body, PACED)) {
        return new Reply(Answer.PACED, nanos, null);
      }
      return new Reply(Answer.ERROR, nanos, r.status() + " " + abbreviate(r.text()));
    } catch (IOException e) {
      connection.close();
      return new Reply(Answer.ERROR, System.nanoTime() - start, e.toString());
    }
  }

  /** A {@code ping}; null when it was answered with a result, else what went wrong. */
  String ping() {
    byte[] ping =
        ascii("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"ping\",\"params\":{}}");
    try {
      HttpConnection.Response r = connection.post(sessionId, ping);
      return r.status() == 200 && McpMessages.contains(r.body(), RESULT)
          ? null
          : r.status() + " " + abbreviate(r.text());
    } catch (IOException e) {
      connection.close();
      return e.toString();
    }
  }

  @Override
  public void close() {
    if (sessionId != null) {
      try {
        connection.delete(sessionId);
      } catch (IOException e) {
        // The measurement is over; a session the server keeps does not change any number.
      }
    }
    connection.close();
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
