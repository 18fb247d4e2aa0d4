package org.ilertmcp.server.cli;

import picocli.CommandLine.Option;

/** The seed of the emulator's demo organisation, for every command that runs the emulator. */
public final class SeedOption {
  @Option(
      names = "--seed",
      defaultValue = "${env:ILERT_EMULATOR_SEED:-42}",
      description =
          "Seed of the demo organisation. Env ILERT_EMULATOR_SEED. Default: ${DEFAULT-VALUE}.")
  long seed;
}
