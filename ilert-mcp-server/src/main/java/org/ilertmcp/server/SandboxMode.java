package org.ilertmcp.server;

import java.net.URI;
import java.time.Clock;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.server.observe.Metrics;
import org.ilertmcp.server.observe.ToolCalls;
import org.ilertmcp.server.web.Readiness;

/**
 * Sandbox mode: the ilert emulator in-process with the demo organisation, and the MCP server
 * against it — served over HTTP with the landing page, health and metrics ({@link #start}), or left
 * to a stdio transport ({@link #withoutHttp}).
 */
public final class SandboxMode implements AutoCloseable {
  private final IlertEmulator emulator;
  private final IlertMcpServer server;
  private final HttpService service;

  private SandboxMode(IlertEmulator emulator, IlertMcpServer server, HttpService service) {
    this.emulator = emulator;
    this.server = server;
    this.service = service;
  }

  /** Starts the emulator on a free port and the MCP endpoint on {@code host:port}. */
  public static SandboxMode start(
      IlertMcpServer.ServerSettings settings,
      HttpTransportConfig transport,
      String host,
      int port,
      long seed,
      int requestsPerMinute)
      throws Exception {
    IlertEmulator emulator = emulator(seed);
    Metrics metrics = new Metrics();
    try {
      URI base = URI.create(emulator.baseUrl());
      IlertClient client = IlertMcpServer.client(base, requestsPerMinute, metrics.ilertObserver());
      IlertMcpServer server =
          IlertMcpServer.create(settings, client, Clock.systemUTC(), new ToolCalls(metrics));
      HttpService service =
          HttpService.start(
              server, metrics, new Readiness(base), transport, host, port, emulator.demoKeys());
      return new SandboxMode(emulator, server, service);
    } catch (Exception | Error e) {
      metrics.close();
      emulator.close();
      throw e;
    }
  }

  /** Starts the emulator on a free loopback port and builds the MCP server, without a listener. */
  public static SandboxMode withoutHttp(
      IlertMcpServer.ServerSettings settings, long seed, int requestsPerMinute) {
    IlertEmulator emulator = emulator(seed);
    try {
      IlertClient client = IlertMcpServer.client(URI.create(emulator.baseUrl()), requestsPerMinute);
      return new SandboxMode(
          emulator, IlertMcpServer.create(settings, client, Clock.systemUTC()), null);
    } catch (RuntimeException | Error e) {
      emulator.close();
      throw e;
    }
  }

  private static IlertEmulator emulator(long seed) {
    return IlertEmulator.builder().port(0).seed(seed).demoOrganisation(true).build().start();
  }

  public IlertEmulator emulator() {
    return emulator;
  }

  public IlertMcpServer server() {
    return server;
  }

  /** The MCP endpoint; null for a sandbox started {@link #withoutHttp}. */
  public McpHttpServer http() {
    return service == null ? null : service.http();
  }

  /** The HTTP service; null for a sandbox started {@link #withoutHttp}. */
  public HttpService service() {
    return service;
  }

  @Override
  public void close() {
    if (service != null) {
      service.close();
    }
    emulator.close();
  }
}
