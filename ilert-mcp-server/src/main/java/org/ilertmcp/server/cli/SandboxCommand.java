package org.ilertmcp.server.cli;

import java.util.concurrent.Callable;
import org.ilertmcp.server.SandboxMode;
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

  @Mixin LogOptions logging;

  @Option(
      names = "--seed",
      defaultValue = "${env:ILERT_EMULATOR_SEED:-42}",
      description =
          "Seed of the demo organisation. Env ILERT_EMULATOR_SEED. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    SandboxMode sandbox =
        SandboxMode.start(
            tools.settings(),
            http.transport(),
            http.host,
            http.port,
            seed,
            tools.requestsPerMinute);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    Banner.serving(sandbox.server(), sandbox.http().url(), System.out);
    Banner.demoKeys(sandbox.emulator(), System.out);
    Banner.clientConfigs(sandbox.http().url(), sandbox.emulator(), System.out);
    Thread.currentThread().join();
    return 0;
  }
}
