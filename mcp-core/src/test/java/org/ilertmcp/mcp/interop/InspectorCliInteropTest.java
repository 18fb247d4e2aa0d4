package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The MCP Inspector CLI (@modelcontextprotocol/inspector 2.12.0) against our server. */
class InspectorCliInteropTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static NodeTools node;
  private static String inspector;

  @BeforeAll
  static void tooling() {
    node = NodeTools.installed();
    Path launcher = node.module("@modelcontextprotocol/inspector/clients/launcher/build/index.js");
    assertThat(Files.isRegularFile(launcher)).as("inspector launcher %s", launcher).isTrue();
    inspector = launcher.toString();
  }

  @ParameterizedTest(name = "stateless={0}")
  @ValueSource(booleans = {false, true})
  void toolsListHasNoStrictSchemaFindings(boolean stateless) throws Exception {
    try (Interop.Running server = Interop.http(stateless, true)) {
      NodeTools.Result run =
          inspect(server, "--method", "tools/list", "--strict", "--format", "json", "-q");

      assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
      assertThat(run.output()).doesNotContain("Schema portability", "schema_unportable");
      JsonNode envelope = Interop.lastJsonObject(run.output());
      assertThat(envelope.has("schemaFindings")).as("findings: %s", envelope).isFalse();
      assertThat(envelope.has("error")).as("error: %s", envelope).isFalse();
      List<String> names = new ArrayList<>();
      envelope.path("result").path("tools").forEach(t -> names.add(t.path("name").stringValue()));
      assertThat(names)
          .hasSize(InteropServer.toolCount())
          .contains("json_schema_2020_12_tool", "test_tool_with_progress", "whoami", "slow_task");
    }
  }

  @Test
  void toolsCallReturnsStructuredContentWithTheSentHeader() throws Exception {
    try (Interop.Running server = Interop.http(false, true)) {
      NodeTools.Result run =
          inspect(
              server, "--method", "tools/call", "--tool-name", "whoami", "--format", "json", "-q");

      assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
      JsonNode result = Interop.lastJsonObject(run.output()).path("result");
      assertThat(result.path("structuredContent").path("credential").stringValue())
          .isEqualTo("Bearer inspector-key");
      assertThat(result.path("structuredContent").path("protocolVersion").stringValue())
          .isEqualTo("2025-11-25");
      assertThat(result.path("content").path(0).path("text").stringValue())
          .isEqualTo("You are Bearer inspector-key");
      assertThat(result.has("isError")).isFalse();
    }
  }

  @Test
  void toolErrorIsReportedAsToolIsError() throws Exception {
    try (Interop.Running server = Interop.http(false, true)) {
      NodeTools.Result run =
          inspect(
              server,
              "--method",
              "tools/call",
              "--tool-name",
              "test_error_handling",
              "--format",
              "json",
              "-q");

      assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isEqualTo(5);
      assertThat(Interop.lastJsonObject(run.output()).path("error").path("code").stringValue())
          .isEqualTo("tool_is_error");
      assertThat(run.output())
          .contains(
              Json.write(
                  Json.parse(
                      "{\"type\":\"text\","
                          + "\"text\":\"This tool intentionally returns an error for testing\"}")));
    }
  }

  private static NodeTools.Result inspect(Interop.Running server, String... args) throws Exception {
    List<String> all = new ArrayList<>();
    all.add("--cli");
    all.add(server.url());
    all.add("--header");
    all.add("Authorization: Bearer inspector-key");
    all.addAll(List.of(args));
    return node.run(TIMEOUT, Map.of(), inspector, all.toArray(String[]::new));
  }
}
