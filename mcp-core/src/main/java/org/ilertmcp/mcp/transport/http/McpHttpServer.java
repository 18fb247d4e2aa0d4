package org.ilertmcp.mcp.transport.http;

import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.ilertmcp.mcp.server.McpServer;

/** A Jetty server hosting one {@link StreamableHttpHandler}, bound to one host and port. */
public final class McpHttpServer implements AutoCloseable {
  /** Connections idle this long are closed; SSE keep-alives keep streams below it. */
  private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

  private final Server jetty;
  private final ServerConnector connector;
  private final StreamableHttpHandler handler;
  private final String path;
  private final McpServer server;
  private final Duration shutdownGrace;

  private McpHttpServer(
      Server jetty,
      ServerConnector connector,
      StreamableHttpHandler handler,
      McpServer server,
      HttpTransportConfig config) {
    this.jetty = jetty;
    this.connector = connector;
    this.handler = handler;
    this.path = config.path();
    this.server = server;
    this.shutdownGrace = config.shutdownGrace();
  }

  /**
   * Starts serving {@code server} on {@code host:port} (port 0 picks a free port). {@code extra}
   * handlers (for example a landing page) are consulted for paths other than the MCP endpoint.
   */
  public static McpHttpServer start(
      McpServer server, HttpTransportConfig config, String host, int port, Handler... extra)
      throws Exception {
    return start(server, config, HttpObserver.NONE, host, port, extra);
  }

  /** The same, reporting refusals, sessions and streams to {@code observer}. */
  public static McpHttpServer start(
      McpServer server,
      HttpTransportConfig config,
      HttpObserver observer,
      String host,
      int port,
      Handler... extra)
      throws Exception {
    server.maxConcurrentCalls(config.maxConcurrentCalls());
    QueuedThreadPool threads = new QueuedThreadPool(256, 8);
    threads.setName("mcp-http");
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    jetty.addConnector(connector);
    StreamableHttpHandler handler = new StreamableHttpHandler(server, config, observer);
    Handler.Sequence sequence = new Handler.Sequence();
    sequence.addHandler(handler);
    for (Handler h : extra) {
      sequence.addHandler(h);
    }
    jetty.setHandler(sequence);
    jetty.setErrorHandler(new JsonErrorHandler(config.path()));
    jetty.start();
    return new McpHttpServer(jetty, connector, handler, server, config);
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The endpoint URL, using {@code localhost} for loopback binds. */
  public URI url() {
    String host = connector.getHost();
    if (host == null || host.equals("0.0.0.0") || host.equals("127.0.0.1") || host.equals("::")) {
      host = "localhost";
    }
    return URI.create("http://" + host + ":" + port() + path);
  }

  public StreamableHttpHandler handler() {
    return handler;
  }

  /**
   * The graceful part of a stop: accepts no new connections and no new requests, lets requests in
   * flight finish for up to the configured grace and delivers their answers, then answers those
   * still running with an error that says whether they may have changed something. {@link #close}
   * afterwards ends the sessions and stops.
   */
  public void drain() {
    handler.drain();
    connector.shutdown();
    server.drain(shutdownGrace);
    try {
      handler.awaitAnswersWritten(ANSWER_WRITE_LIMIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Longest wait for answers to be written after the grace. */
  private static final Duration ANSWER_WRITE_LIMIT = Duration.ofSeconds(2);

  /** Stops accepting connections, ends all sessions and stops the server. */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the HTTP server", e);
    }
  }
}
