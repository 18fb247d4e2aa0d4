package org.ilertmcp.server;

import java.net.URI;
import java.time.Clock;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;

/**
 * Sandbox mode: the ilert emulator in-process with the demo organisation, and the MCP server
 * against it — served over HTTP ({@link #start}) or left to a stdio transport ({@link
 * #withoutHttp}).
 */
public final class SandboxMode implements AutoCloseable {
  private final IlertEmulator emulator;
  private final IlertMcpServer server;
  private final McpHttpServer http;

  private SandboxMode(IlertEmulator emulator, IlertMcpServer server, McpHttpServer http) {
    this.emulator = emulator;
    this.server = server;
    this.http = http;
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
    SandboxMode sandbox = withoutHttp(settings, seed, requestsPerMinute);
    try {
      McpHttpServer http = McpHttpServer.start(sandbox.server.mcp(), transport, host, port);
      return new SandboxMode(sandbox.emulator, sandbox.server, http);
    } catch (Exception | Error e) {
      sandbox.close();
      throw e;
    }
  }

  /** Starts the emulator on a free loopback port and builds the MCP server, without a listener. */
  public static SandboxMode withoutHttp(
      IlertMcpServer.ServerSettings settings, long seed, int requestsPerMinute) {
    IlertEmulator emulator =
        IlertEmulator.builder().port(0).seed(seed).demoOrganisation(true).build().start();
    try {
      IlertClient client = IlertMcpServer.client(URI.create(emulator.baseUrl()), requestsPerMinute);
      return new SandboxMode(
          emulator, IlertMcpServer.create(settings, client, Clock.systemUTC()), null);
    } catch (RuntimeException | Error e) {
      emulator.close();
      throw e;
    }
  }

  public IlertEmulator emulator() {
    return emulator;
  }

  public IlertMcpServer server() {
    return server;
  }

  /** The MCP endpoint; null for a sandbox started {@link #withoutHttp}. */
  public McpHttpServer http() {
    return http;
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    emulator.close();
  }
}
