package org.ilertmcp.server.cli;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Option(
      names = "--ilert-url",
      defaultValue = "${env:ILERT_API_URL:-https://api.ilert.com/api}",
      description = "ilert API base URL. Env ILERT_API_URL. Default: ${DEFAULT-VALUE}.")
  String ilertUrl;

  @Override
  public Integer call() throws Exception {
    IlertMcpServer server =
        IlertMcpServer.create(tools.settings(), client(ilertUrl, tools), Clock.systemUTC());
    McpHttpServer running =
        McpHttpServer.start(server.mcp(), http.transport(), http.host, http.port);
    Banner.serving(server, running.url(), System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(running::close));
    Thread.currentThread().join();
    return 0;
  }

  static IlertClient client(String url, ToolOptions tools) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ilert-url is not a URL: " + url);
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalArgumentException("--ilert-url must be an http(s) URL, not '" + url + "'");
    }
    return IlertClient.builder()
        .baseUrl(uri)
        .userAgent(IlertMcpServer.NAME + "/" + IlertMcpServer.VERSION)
        .requestsPerMinute(tools.requestsPerMinute)
        .build();
  }
}
