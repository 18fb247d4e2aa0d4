package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One simulated client of a product benchmark cell: its own keep-alive connection (and in session
 * mode its own MCP session), calling one tool (or sending its ilert request directly) back to back.
 */
final class ProductClient implements Runnable {
  private static final byte[] STRUCTURED = ascii("\"structuredContent\"");
  private static final byte[] IS_ERROR = ascii("\"isError\":true");

  private final HttpConnection connection;
  private final ProductRoute route;
  private final ProductCall call;
  private final long alertId;
  private final EchoClient.Window window;
  private String sessionId;

  /**
   * What the product's ilert client asks for beside the key: a compressed answer when the server
   * can. The emulator then compresses for both routes and this client inflates it as the product
   * does, so both routes ask for and get the same thing.
   */
  private static final String ILERT_HEADERS = "Accept-Encoding: gzip\r\n";

  private long nextId = 2;
  private final Samples samples = new Samples();

  ProductClient(
      int port,
      ProductRoute route,
      ProductCall call,
      long alertId,
      String key,
      EchoClient.Window window) {
    String auth = "Authorization: Bearer " + key + "\r\n";
    this.connection =
        route == ProductRoute.DIRECT
            ? new HttpConnection(port, call.restPath(alertId), auth + ILERT_HEADERS)
            : new HttpConnection(port, "/mcp", HttpConnection.PROTOCOL_HEADER + auth);
    this.route = route;
    this.call = call;
    this.alertId = alertId;
    this.window = window;
  }

  /**
   * Initializes like a real MCP client (also in stateless mode); direct REST has nothing to open.
   */
  void open() throws IOException {
    if (route == ProductRoute.DIRECT) {
      return;
    }
    HttpConnection.Response init = connection.post(null, McpMessages.INITIALIZE);
    if (init.status() != 200) {
      throw new IOException("initialize answered " + init.status() + ": " + init.text());
    }
    sessionId = init.sessionId();
    HttpConnection.Response initialized = connection.post(sessionId, McpMessages.INITIALIZED);
    if (initialized.status() != 202) {
      throw new IOException("notifications/initialized answered " + initialized.status());
    }
  }

  @Override
  public void run() {
    while (window.phase != EchoClient.Window.STOP) {
      long start = System.nanoTime();
      String problem;
      try {
        problem = route == ProductRoute.DIRECT ? direct() : mcp();
      } catch (IOException e) {
        problem = e.toString();
        connection.close();
      }
      long elapsed = System.nanoTime() - start;
      samples.add(window.phase == EchoClient.Window.MEASURE, elapsed, problem);
    }
  }

  /** {@code null} when the emulator answered 200, else what went wrong. */
  private String direct() throws IOException {
    HttpConnection.Response response = connection.get();
    return response.status() == 200 ? null : response.status() + " " + response.text();
  }

  /** {@code null} for a successful tool result with structured content, else what went wrong. */
  private String mcp() throws IOException {
    HttpConnection.Response response =
        connection.post(sessionId, call.mcpRequest(nextId++, alertId));
    boolean ok =
        response.status() == 200
            && McpMessages.contains(response.body(), STRUCTURED)
            && !McpMessages.contains(response.body(), IS_ERROR);
    return ok ? null : response.status() + " " + abbreviate(response.text());
  }

  void close() {
    if (sessionId != null && route == ProductRoute.SESSION) {
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

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
