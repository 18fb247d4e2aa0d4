package org.ilertmcp.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.ilertmcp.emulator.demo.DemoKey;

/**
 * Runs the emulator standalone with the demo organisation, on 127.0.0.1:
 *
 * <pre>
 * java -cp ... org.ilertmcp.emulator.EmulatorMain [--port 8089] [--seed 42]
 * </pre>
 *
 * Prints the base URL (ending in {@code /api}) and the demo API keys, then serves until killed.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /** Entry point. */
  public static void main(String[] args) throws InterruptedException {
    int port = 8089;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        default -> {
          System.err.println("usage: EmulatorMain [--port N] [--seed N]");
          System.exit(2);
        }
      }
    }
    IlertEmulator emulator =
        IlertEmulator.builder().port(port).seed(seed).demoOrganisation(true).build().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                }));
    printBanner(emulator, System.out);
    stopped.await();
  }

  /** Prints the base URL and the demo keys. */
  static void printBanner(IlertEmulator emulator, PrintStream out) {
    out.println("ilert emulator listening on " + emulator.baseUrl());
    out.println(
        "fault injection admin: " + emulator.baseUrl().replace("/api", "/_emulator/faults"));
    out.println("demo API keys (Authorization: Bearer <key>):");
    for (DemoKey k : emulator.demoKeys()) {
      out.printf("  %-30s %-12s %s <%s>%n", k.key(), k.role(), k.name(), k.email());
    }
    out.flush();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      System.err.println("missing value for " + args[i - 1]);
      System.exit(2);
    }
    return args[i];
  }
}
