package org.ilertmcp.server.cli;

import java.util.concurrent.Callable;
import org.ilertmcp.emulator.IlertEmulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code emulator}: the built-in ilert emulator alone, with the demo organisation. */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = "Run the built-in ilert API emulator with the demo organisation.")
public final class EmulatorCommand implements Callable<Integer> {
  private static final String HOST = "127.0.0.1";

  @Option(
      names = "--port",
      defaultValue = "${env:ILERT_EMULATOR_PORT:-8089}",
      description = "Port; 0 picks a free one. Env ILERT_EMULATOR_PORT. Default: ${DEFAULT-VALUE}.")
  int port;

  @Mixin SeedOption seed;

  @Mixin LogOptions logging;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    IlertEmulator emulator =
        PortUnavailableException.bind(
            HOST,
            port,
            "ILERT_EMULATOR_PORT",
            () ->
                IlertEmulator.builder()
                    .host(HOST)
                    .port(port)
                    .seed(seed.seed)
                    .demoOrganisation(true)
                    .build()
                    .start());
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    System.out.println("ilert emulator: " + emulator.baseUrl());
    Banner.demoKeys(emulator, null, null, System.out);
    System.out.println(
        "serve MCP against it with: http (or stdio) --ilert-url " + emulator.baseUrl());
    Thread.currentThread().join();
    return 0;
  }
}
