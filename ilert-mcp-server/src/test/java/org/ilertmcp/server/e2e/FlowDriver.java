package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.JavaProcess;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.server.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TypeScript SDK client as a child process ({@code src/test/node/flow-driver.mjs}), driven one
 * tool call at a time so a test can check the emulator between steps.
 */
final class FlowDriver implements AutoCloseable {
  private static final String MARKER = "@@STEP@@";
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final List<String> transcript = new ArrayList<>();
  private final JsonNode hello;

  /** Over Streamable HTTP ({@code mode} http) or through mcp-remote ({@code mode} remote). */
  FlowDriver(NodeTools node, String mode, String url, String authorization) throws IOException {
    this(node, List.of(mode, url), authorization);
  }

  /** Our server as the SDK's stdio child process: {@code Main <serverArguments>}. */
  static FlowDriver stdio(NodeTools node, String... serverArguments) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("stdio", JavaProcess.java(), JavaProcess.classpath(), Main.class.getName()));
    args.addAll(List.of(serverArguments));
    return new FlowDriver(node, args, "");
  }

  private FlowDriver(NodeTools node, List<String> driverArguments, String authorization)
      throws IOException {
    String script =
        Path.of(System.getProperty("basedir", "."), "src/test/node/flow-driver.mjs")
            .toAbsolutePath()
            .toString();
    List<String> command = new ArrayList<>(List.of(node.node().toString(), script));
    command.addAll(driverArguments);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(node.dir().toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("E2E_DIR", node.dir().toString());
    pb.environment().put("AUTH_HEADER", authorization);
    process = pb.start();
    out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    hello = next();
  }

  JsonNode hello() {
    return hello;
  }

  /** Calls a tool; fails the test if the client raised (e.g. a schema mismatch) or it errored. */
  JsonNode call(String tool, ObjectNode arguments) throws IOException {
    JsonNode step = attempt(tool, arguments);
    assertThat(step.path("ok").asBoolean()).as("%s: %s", tool, step).isTrue();
    assertThat(step.path("isError").asBoolean()).as("%s: %s", tool, step).isFalse();
    return step.path("structured");
  }

  /**
   * Calls a tool and returns the whole step: {@code ok} (false when the client raised, with {@code
   * error}), {@code isError}, {@code structured} and {@code text} (the first text block).
   */
  JsonNode attempt(String tool, ObjectNode arguments) throws IOException {
    ObjectNode line = Json.object().put("tool", tool);
    line.set("arguments", arguments);
    in.write(Json.write(line) + "\n");
    in.flush();
    return next();
  }

  /** What the server wrote to stderr so far (stdio mode) and the client's transport errors. */
  JsonNode report() throws IOException {
    in.write("{\"report\":true}\n");
    in.flush();
    return next();
  }

  private JsonNode next() throws IOException {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                String l;
                while ((l = out.readLine()) != null) {
                  transcript.add(l);
                  if (l.startsWith(MARKER)) {
                    return l.substring(MARKER.length());
                  }
                }
                return null;
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    try {
      String value = line.get(60, TimeUnit.SECONDS);
      if (value == null) {
        throw new AssertionError("flow driver ended; output:\n" + String.join("\n", transcript));
      }
      return Json.parse(value);
    } catch (Exception e) {
      throw new AssertionError("no answer from the flow driver: " + transcript, e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
    try {
      if (process.waitFor(20, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
