package org.ilertmcp.server;

import java.net.URI;
import java.time.Clock;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;

/**
 * Sandbox mode: the ilert emulator in-process with the demo organisation, and the MCP server over
 * HTTP against it.
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
    IlertEmulator emulator =
        IlertEmulator.builder().port(0).seed(seed).demoOrganisation(true).build().start();
    try {
      IlertClient client = IlertMcpServer.client(URI.create(emulator.baseUrl()), requestsPerMinute);
      IlertMcpServer server = IlertMcpServer.create(settings, client, Clock.systemUTC());
      McpHttpServer http = McpHttpServer.start(server.mcp(), transport, host, port);
      return new SandboxMode(emulator, server, http);
    } catch (Exception | Error e) {
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

  public McpHttpServer http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
    emulator.close();
  }
}
