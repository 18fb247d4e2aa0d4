package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.JavaProcess;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import tools.jackson.databind.JsonNode;

/** Shared plumbing of the interop tests: servers on free loopback ports, Node scripts, the JVM. */
final class Interop {
  static final String RESULT_MARKER = "@@RESULT@@";

  private Interop() {}

  /** A running {@link InteropServer} over HTTP; close it when done. */
  record Running(InteropServer fixture, McpHttpServer http) implements AutoCloseable {
    String url() {
      return http.url().toString();
    }

    String baseUrl() {
      return "http://localhost:" + http.port();
    }

    @Override
    public void close() {
      http.close();
    }
  }

  static Running http(boolean stateless, boolean requireCredentials) throws Exception {
    InteropServer fixture = new InteropServer();
    HttpTransportConfig config =
        HttpTransportConfig.builder()
            .stateless(stateless)
            .requireCredentials(requireCredentials)
            .build();
    return new Running(fixture, McpHttpServer.start(fixture.build(), config, "127.0.0.1", 0));
  }

  /** A script of {@code src/test/node/}, by absolute path. */
  static String script(String name) {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    Path script = Path.of(basedir, "src/test/node", name).toAbsolutePath().normalize();
    assertThat(script).as("interop Node script").isRegularFile();
    return script.toString();
  }

  /** Runs a Node script from {@code src/test/node/} and returns the JSON it printed. */
  static JsonNode runScript(NodeTools node, Duration timeout, String script, String... args)
      throws Exception {
    long start = System.nanoTime();
    NodeTools.Result run =
        node.run(timeout, Map.of("E2E_DIR", node.dir().toString()), script(script), args);
    long millis = (System.nanoTime() - start) / 1_000_000;
    JsonNode result = resultOf(run);
    System.out.println(
        script + " " + args[0] + ": " + millis + " ms, in the script: " + result.path("timings"));
    return result;
  }

  /** The {@value #RESULT_MARKER} JSON line of a script run; fails with the whole output. */
  static JsonNode resultOf(NodeTools.Result run) {
    assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
    String line =
        run.output()
            .lines()
            .filter(l -> l.startsWith(RESULT_MARKER))
            .reduce((first, second) -> second)
            .orElseThrow(
                () -> new AssertionError("No " + RESULT_MARKER + " line in:\n" + run.output()));
    return Json.parse(line.substring(RESULT_MARKER.length()));
  }

  /** The last line of {@code output} that parses as a JSON object. */
  static JsonNode lastJsonObject(String output) {
    return output
        .lines()
        .filter(l -> l.startsWith("{"))
        .reduce((first, second) -> second)
        .map(Json::parse)
        .orElseThrow(() -> new AssertionError("No JSON object in:\n" + output));
  }

  /** The running JVM's {@code java} launcher. */
  static String java() {
    return JavaProcess.java();
  }

  /** The test classpath (test classes, main classes, dependencies) with absolute entries. */
  static String classpath() {
    return JavaProcess.classpath();
  }
}
