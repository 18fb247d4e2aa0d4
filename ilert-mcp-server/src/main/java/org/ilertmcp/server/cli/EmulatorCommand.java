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
  @Option(
      names = "--port",
      defaultValue = "${env:ILERT_EMULATOR_PORT:-8089}",
      description = "Port; 0 picks a free one. Env ILERT_EMULATOR_PORT. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--seed",
      defaultValue = "${env:ILERT_EMULATOR_SEED:-42}",
      description =
          "Seed of the demo organisation. Env ILERT_EMULATOR_SEED. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Mixin LogOptions logging;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    IlertEmulator emulator =
        IlertEmulator.builder().port(port).seed(seed).demoOrganisation(true).build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    System.out.println("ilert emulator: " + emulator.baseUrl());
    Banner.demoKeys(emulator, System.out);
    Thread.currentThread().join();
    return 0;
  }
}
