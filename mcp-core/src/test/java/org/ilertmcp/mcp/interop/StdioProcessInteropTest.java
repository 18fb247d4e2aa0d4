package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.fixture.FixtureMain;
import org.ilertmcp.mcp.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The fixture's stdio main as a real child process: newline-delimited JSON-RPC on stdin/stdout, a
 * parse error for a malformed line, nothing but protocol messages on stdout, and a clean exit on
 * end of input once in-flight requests are answered.
 */
class StdioProcessInteropTest {

  @Test
  void servesJsonLinesAndExitsCleanlyOnEof(@TempDir Path tmp) throws Exception {
    Path stdout = tmp.resolve("stdout");
    Path stderr = tmp.resolve("stderr");
    Process process =
        new ProcessBuilder(
                Interop.java(), "-cp", Interop.classpath(), FixtureMain.class.getName(), "stdio")
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    try (OutputStream in = process.getOutputStream()) {
      String lines =
          String.join(
              "\n",
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                  + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                  + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"0\"}}}",
              "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
              "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                  + "\"params\":{\"name\":\"test_simple_text\",\"arguments\":{}}}",
              "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":",
              "",
              "{\"jsonrpc\":\"2.0\",\"id\":\"p-1\",\"method\":\"ping\"}",
              // Still running when stdin closes: must be answered before the process exits.
              "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":"
                  + "{\"name\":\"test_tool_with_progress\",\"arguments\":{},"
                  + "\"_meta\":{\"progressToken\":\"tok\"}}}");
      in.write((lines + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }
    boolean exited = process.waitFor(20, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String err = Files.readString(stderr);
    assertThat(exited).as("exited after EOF; stderr:%n%s", err).isTrue();
    assertThat(process.exitValue()).as("exit code; stderr:%n%s", err).isZero();

    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    assertThat(out).endsWith("\n");
    List<String> lines = out.lines().toList();
    assertThat(lines).as("stdout:%n%s", out).hasSize(8).allMatch(l -> l.startsWith("{"));
    Map<String, JsonNode> responses = new HashMap<>();
    List<Double> progress = new ArrayList<>();
    for (String line : lines) {
      JsonNode message = Json.parse(line);
      assertThat(message.path("jsonrpc").stringValue()).as(line).isEqualTo("2.0");
      if (message.has("method")) {
        assertThat(message.path("method").stringValue()).isEqualTo("notifications/progress");
        assertThat(message.path("params").path("progressToken").stringValue()).isEqualTo("tok");
        progress.add(message.path("params").path("progress").doubleValue());
      } else {
        responses.put(message.path("id").toString(), message);
      }
    }
    assertThat(responses).containsOnlyKeys("1", "2", "null", "\"p-1\"", "4");
    assertThat(responses.get("1").path("result").path("protocolVersion").stringValue())
        .isEqualTo("2025-11-25");
    assertThat(responses.get("1").path("result").path("serverInfo").path("name").stringValue())
        .isEqualTo("conformance-fixture");
    assertThat(Json.write(responses.get("2").path("result")))
        .isEqualTo(
            "{\"content\":[{\"type\":\"text\","
                + "\"text\":\"This is a simple text response for testing.\"}]}");
    JsonNode parseError = responses.get("null");
    assertThat(parseError.path("id").isNull()).isTrue();
    assertThat(parseError.path("error").path("code").intValue()).isEqualTo(-32700);
    assertThat(Json.write(responses.get("\"p-1\"").path("result"))).isEqualTo("{}");
    assertThat(responses.get("4").path("result").path("content").path(0).path("text").stringValue())
        .isEqualTo("Tool with progress executed successfully");
    assertThat(progress).containsExactly(0.0, 50.0, 100.0);
    // The progress notifications precede their response.
    assertThat(indexOf(lines, "\"id\":4,")).isGreaterThan(indexOf(lines, "\"progress\":100"));
    assertThat(err).doesNotContain("Exception");
  }

  private static int indexOf(List<String> lines, String fragment) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("No line contains " + fragment + " in " + lines);
  }
}
