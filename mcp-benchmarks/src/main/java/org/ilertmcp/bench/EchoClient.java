package org.ilertmcp.bench;

import java.io.IOException;

/**
 * One simulated MCP client: its own connection, and in session mode its own session. It calls the
 * echo tool back to back and records the latency of calls that finish while the window is open.
 */
final class EchoClient implements Runnable {
  /** Shared switch of one load cell: warm-up, measured window, stop. */
  static final class Window {
    static final int WARMUP = 0;
    static final int MEASURE = 1;
    static final int STOP = 2;
    volatile int phase = WARMUP;
  }

  private static final String MODERN_HEADERS =
      "MCP-Protocol-Version: 2026-07-28\r\nMcp-Method: tools/call\r\nMcp-Name: echo\r\n";

  private final HttpConnection connection;
  private final Mode mode;
  private final Window window;
  private String sessionId;
  private long nextId = 2;
  private final Samples samples = new Samples();

  EchoClient(int port, Mode mode, Window window) {
    this.connection =
        mode == Mode.MODERN
            ? new HttpConnection(port, "/mcp", MODERN_HEADERS)
            : new HttpConnection(port, "/mcp");
    this.mode = mode;
    this.window = window;
  }

  /**
   * Initializes like a real client (also in stateless mode, where the server keeps nothing); a
   * 2026-07-28 client has no handshake.
   */
  void open() throws IOException {
    if (mode == Mode.MODERN) {
      return;
    }
    HttpConnection.Response init = connection.post(null, McpMessages.INITIALIZE);
    if (init.status() != 200) {
      throw new IOException("initialize answered " + init.status() + ": " + init.text());
    }
    sessionId = init.sessionId();
    if (mode == Mode.SESSION && sessionId == null) {
      throw new IOException("initialize answered without Mcp-Session-Id");
    }
    HttpConnection.Response initialized = connection.post(sessionId, McpMessages.INITIALIZED);
    if (initialized.status() != 202) {
      throw new IOException("notifications/initialized answered " + initialized.status());
    }
  }

  @Override
  public void run() {
    while (window.phase != Window.STOP) {
      long start = System.nanoTime();
      boolean ok;
      String problem = null;
      try {
        HttpConnection.Response response =
            connection.post(
                sessionId,
                mode == Mode.MODERN
                    ? McpMessages.modernEchoCall(nextId++)
                    : McpMessages.echoCall(nextId++));
        ok =
            response.status() == 200
                && McpMessages.contains(response.body(), McpMessages.EXPECTED_ECHO);
        if (!ok) {
          problem = response.status() + " " + response.text();
        }
      } catch (IOException e) {
        ok = false;
        problem = e.toString();
        connection.close();
      }
      long elapsed = System.nanoTime() - start;
      samples.add(window.phase == Window.MEASURE, elapsed, problem);
    }
  }

  /** Ends the session (session mode) and the connection; failures no longer matter here. */
  void close() {
    if (sessionId != null) {
      try {
        connection.delete(sessionId);
      } catch (IOException e) {
        // The measurement is over; a session the server keeps does not change any number.
      }
    }
    connection.close();
  }

  Samples samples() {
    return samples;
  }
}
