package org.ilertmcp.server.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.ilertmcp.server.HttpService;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.observe.Metrics;
import org.ilertmcp.server.observe.ToolCalls;
import org.ilertmcp.server.web.Readiness;
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

  @Mixin LogOptions logging;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    Metrics metrics = new Metrics();
    IlertMcpServer server =
        IlertMcpServer.create(
            tools.settings(),
            ilert.client(tools.requestsPerMinute, metrics.ilertObserver()),
            Clock.systemUTC(),
            new ToolCalls(metrics));
    HttpService running =
        http.listen(
            () ->
                HttpService.start(
                    server,
                    metrics,
                    new Readiness(ilert.baseUrl()),
                    http.transport(),
                    http.host,
                    http.port,
                    List.of()));
    Banner.serving(server, running.url(), System.out);
    GracefulStop.onSignal(running);
    Thread.currentThread().join();
    return 0;
  }
}
