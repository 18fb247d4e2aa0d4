package org.ilertmcp.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.mcp.transport.http.HttpObserver;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.server.catalog.CatalogStats;
import org.ilertmcp.server.catalog.ToolReference;
import org.ilertmcp.server.observe.Metrics;
import org.ilertmcp.server.tool.Lookups;
import org.ilertmcp.server.web.LandingPage;
import org.ilertmcp.server.web.Readiness;
import org.ilertmcp.server.web.ServiceRoutes;

/**
 * The server as an HTTP service: the MCP endpoint plus the landing page, health, readiness and
 * metrics on the same port. Closing it first reports not ready, then stops.
 */
public final class HttpService implements AutoCloseable {
  private final McpHttpServer http;
  private final Readiness readiness;
  private final Metrics metrics;

  private HttpService(McpHttpServer http, Readiness readiness, Metrics metrics) {
    this.http = http;
    this.readiness = readiness;
    this.metrics = metrics;
  }

  /**
   * Starts serving {@code server} on {@code host:port}.
   *
   * @param metrics the registry {@code server}'s tool calls report to
   * @param readiness what {@code /readyz} reports
   * @param demoKeys the sandbox's demo keys for the landing page; empty outside the sandbox
   */
  public static HttpService start(
      IlertMcpServer server,
      Metrics metrics,
      Readiness readiness,
      HttpTransportConfig transport,
      String host,
      int port,
      List<DemoKey> demoKeys)
      throws Exception {
    LandingPage page =
        new LandingPage(
            IlertMcpServer.VERSION,
            !demoKeys.isEmpty(),
            transport.stateless(),
            ToolReference.sections(server.tools(), server.adapter()),
            CatalogStats.rows(server.tools(), server.adapter()),
            demoKeys.stream()
                .map(
                    k ->
                        new LandingPage.DemoKey(
                            k.key(), k.role(), k.name() + " <" + k.email() + ">"))
                .toList());
    metrics.cache(
        Lookups.METRIC_NAME,
        server.adapter().services().lookups(),
        l -> l.cache().stats().hitCount(),
        l -> l.cache().stats().missCount());
    ServiceRoutes routes = new ServiceRoutes(page, transport.path(), readiness, metrics);
    McpHttpServer http =
        McpHttpServer.start(server.mcp(), transport, observer(metrics), host, port, routes);
    return new HttpService(http, readiness, metrics);
  }

  /** Reports the transport's refusals, sessions and streams as metrics. */
  private static HttpObserver observer(Metrics metrics) {
    return new HttpObserver() {
      @Override
      public void rejected(int status, String reason) {
        metrics.rejected(status, reason);
      }

      @Override
      public void sessionOpened() {
        metrics.sessionOpened();
      }

      @Override
      public void sessionClosed(Duration lifetime) {
        metrics.sessionClosed(lifetime);
      }

      @Override
      public void streamOpened() {
        metrics.streamOpened();
      }

      @Override
      public void streamClosed() {
        metrics.streamClosed();
      }
    };
  }

  /** The MCP endpoint URL. */
  public URI url() {
    return http.url();
  }

  public McpHttpServer http() {
    return http;
  }

  public Readiness readiness() {
    return readiness;
  }

  public Metrics metrics() {
    return metrics;
  }

  /**
   * Stops gracefully: reports not ready, takes no new connections or requests, lets calls in flight
   * finish within the shutdown grace and delivers their answers, answers the rest with an error
   * that says whether a write may have been applied, then stops.
   */
  @Override
  public void close() {
    readiness.drain();
    http.drain();
    http.close();
    metrics.close();
  }
}
