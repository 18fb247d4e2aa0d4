package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The packaged product ({@code bin/ilert-mcp}) as the benchmarks start it: the emulator and the
 * product's {@code http} mode, each its own process under {@code timeout}, so nothing outlives a
 * killed benchmark.
 *
 * @param dir the distribution directory
 * @param logDir where each process's stderr goes
 * @param emulatorJvmFlags {@code JAVA_OPTS} of the emulator
 */
record Distribution(Path dir, Path logDir, List<String> emulatorJvmFlags) {

  /** {@code ilert-mcp-server/target/ilert-mcp} in the working directory or a parent. */
  static Path find() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("ilert-mcp-server/target/ilert-mcp");
      if (Files.isRegularFile(candidate.resolve("bin/ilert-mcp"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No ilert-mcp-server/target/ilert-mcp found; package ilert-mcp-server or pass --dist DIR");
  }

  /** The emulator with the demo organisation, its own process, no rate limit. */
  ServerProcess emulator() throws IOException, InterruptedException {
    int port = ServerProcess.freePort();
    return ServerProcess.start(
        "emulator",
        wrapped("emulator", "--port", Integer.toString(port)),
        Map.of("JAVA_OPTS", String.join(" ", emulatorJvmFlags)),
        port,
        logDir);
  }

  /**
   * The product's {@code http} mode against {@code emulator}, with {@code options} added to the
   * shipped defaults.
   */
  ServerProcess product(
      String name, ServerProcess emulator, List<String> options, List<String> jvmFlags)
      throws IOException, InterruptedException {
    int port = ServerProcess.freePort();
    List<String> args = new ArrayList<>();
    args.add("http");
    args.add("--port");
    args.add(Integer.toString(port));
    args.add("--ilert-url");
    args.add("http://127.0.0.1:" + emulator.port() + "/api");
    args.addAll(options);
    return ServerProcess.start(
        name,
        wrapped(args.toArray(String[]::new)),
        Map.of("JAVA_OPTS", String.join(" ", jvmFlags)),
        port,
        logDir);
  }

  /**
   * {@code bin/ilert-mcp} under {@code timeout}: neither the product nor the emulator watches its
   * stdin in HTTP mode, so a hard lifetime makes sure nothing outlives a killed benchmark.
   */
  List<String> wrapped(String... args) {
    List<String> command = new ArrayList<>();
    command.add("timeout");
    command.add("--kill-after=5");
    command.add(Long.toString(Launcher.MAX_CHILD_LIFETIME_SECONDS));
    command.add(dir.resolve("bin/ilert-mcp").toString());
    command.addAll(Arrays.asList(args));
    return command;
  }
}
