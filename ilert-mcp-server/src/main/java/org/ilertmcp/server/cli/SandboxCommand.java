package org.ilertmcp.server.cli;

import java.util.concurrent.Callable;
import org.ilertmcp.server.SandboxMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
  @Mixin SeedOption seed;

  @Mixin LogOptions logging;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    SandboxMode sandbox =
        http.listen(
            () ->
                SandboxMode.start(
                    tools.settings(),
                    http.transport(),
                    http.host,
                    http.port,
                    seed.seed,
                    tools.requestsPerMinute));
    GracefulStop.onSignal(sandbox);
    String key = Banner.flowKey(sandbox.emulator());
    Banner.serving(sandbox.server(), sandbox.http().url(), System.out);
    Banner.demoKeys(sandbox.emulator(), key, "in the configurations below", System.out);
    Banner.clientConfigs(sandbox.http().url(), key, System.out);
    Thread.currentThread().join();
    return 0;
  }
}
