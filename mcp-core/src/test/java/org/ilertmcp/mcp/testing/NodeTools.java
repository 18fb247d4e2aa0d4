package org.ilertmcp.mcp.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Locates and runs the pinned third-party Node tooling that the root build installs into {@code
 * e2e/} (Node 22, the conformance suite, SDK clients, inspector, mcp-remote).
 */
public final class NodeTools {
  private final Path e2e;

  private NodeTools(Path e2e) {
    this.e2e = e2e;
  }

  /** The installed tooling; fails with instructions when it is missing. */
  public static NodeTools installed() {
    String dir = System.getProperty("e2e.dir");
    Path e2e = Path.of(dir == null ? "../e2e" : dir).toAbsolutePath().normalize();
    NodeTools tools = new NodeTools(e2e);
    if (!Files.isExecutable(tools.node())) {
      throw new IllegalStateException(
          "Node tooling missing at "
              + e2e
              + "; run the build from the project root (./mvnw verify) or bash e2e/install.sh");
    }
    return tools;
  }

  public Path dir() {
    return e2e;
  }

  /**
   * Node 22: the npm package node-&lt;os&gt;-&lt;cpu&gt; for this machine, or the Node on PATH
   * where npm has none (e2e/install.sh links it).
   */
  public Path node() {
    return e2e.resolve("node_modules/.bin/node");
  }

  /** A file inside {@code e2e/node_modules}. */
  public Path module(String relative) {
    return e2e.resolve("node_modules").resolve(relative);
  }

  /** Runs {@code node <script> args...} in {@code e2e/} and returns its combined output. */
  public Result run(Duration timeout, Map<String, String> env, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(node().toString());
    command.add(script);
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(e2e.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("NO_COLOR", "1");
    Path output = Files.createTempFile("node-tool", ".log");
    pb.redirectOutput(output.toFile());
    Process process = pb.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException(
            "Timed out after " + timeout + ": " + command + "\n" + Files.readString(output));
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Exit code and combined stdout/stderr of a finished tool run. */
  public record Result(int exitCode, String output) {}
}
