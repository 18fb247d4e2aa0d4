package org.ilertmcp.server.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sandbox}: the emulator in-process with the demo organisation, served over HTTP. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description =
        "Try every tool without an ilert account: starts the built-in ilert emulator with a demo"
            + " organisation and serves MCP over HTTP against it. Prints demo keys and client"
            + " configs.")
public final class SandboxCommand implements Callable<Integer> {
  @Mixin HttpOptions http;
  @Mixin ToolOptions tools;

  @Option(
      names = "--seed",
      defaultValue = "${env:ILERT_EMULATOR_SEED:-42}",
      description =
          "Seed of the demo organisation. Env ILERT_EMULATOR_SEED. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    IlertMcpServer.ServerSettings settings = tools.settings();
    IlertEmulator emulator =
        IlertEmulator.builder().port(0).seed(seed).demoOrganisation(true).build().start();
    IlertClient client =
        IlertClient.builder()
            .baseUrl(emulator.baseUrl())
            .userAgent(IlertMcpServer.NAME + "/" + IlertMcpServer.VERSION)
            .requestsPerMinute(tools.requestsPerMinute)
            .build();
    IlertMcpServer server = IlertMcpServer.create(settings, client, Clock.systemUTC());
    McpHttpServer running =
        McpHttpServer.start(server.mcp(), http.transport(), http.host, http.port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  emulator.close();
                }));
    Banner.serving(server, running.url(), System.out);
    Banner.demoKeys(emulator, System.out);
    Banner.clientConfigs(running.url(), emulator, System.out);
    Thread.currentThread().join();
    return 0;
  }
}
