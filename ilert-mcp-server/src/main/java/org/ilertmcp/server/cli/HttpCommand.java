package org.ilertmcp.server.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code http}: Streamable HTTP; every request's bearer key is forwarded to ilert. */
@Command(
    name = "http",
    mixinStandardHelpOptions = true,
    description =
        "Serve MCP over Streamable HTTP. Clients send Authorization: Bearer <ilert API key>;"
            + " each request's key is forwarded to ilert and never stored.")
public final class HttpCommand implements Callable<Integer> {
  @Mixin HttpOptions http;
  @Mixin ToolOptions tools;

  @Mixin IlertApiOptions ilert;

  @Override
  public Integer call() throws Exception {
    IlertMcpServer server =
        IlertMcpServer.create(
            tools.settings(), ilert.client(tools.requestsPerMinute), Clock.systemUTC());
    McpHttpServer running =
        http.listen(
            () -> McpHttpServer.start(server.mcp(), http.transport(), http.host, http.port));
    Banner.serving(server, running.url(), System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(running::close));
    Thread.currentThread().join();
    return 0;
  }
}
