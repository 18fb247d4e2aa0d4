package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The official TypeScript SDK client (@modelcontextprotocol/sdk 1.32.2) against our server over
 * Streamable HTTP (session and stateless mode) and over stdio, driven by {@code
 * src/test/node/ts-client.mjs}.
 */
class TypeScriptSdkInteropTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static NodeTools node;

  @BeforeAll
  static void tooling() {
    node = NodeTools.installed();
  }

  @Test
  void httpWithSession() throws Exception {
    try (Interop.Running server = Interop.http(false, true)) {
      JsonNode out =
          Interop.runScript(node, TIMEOUT, "ts-client.mjs", "http", server.url(), "Bearer ts-key");

      assertThat(out.path("protocolVersion").stringValue()).isEqualTo("2025-11-25");
      String sessionId = out.path("sessionId").stringValue();
      assertThat(sessionId).as("Mcp-Session-Id seen by the client").matches("[\\x21-\\x7E]{16,}");
      assertThat(Json.write(out.path("whoami").path("structured")))
          .isEqualTo(
              "{\"credential\":\"Bearer ts-key\",\"sessionId\":\""
                  + sessionId
                  + "\",\"protocolVersion\":\"2025-11-25\"}");
      assertCommon(out);
      assertThat(server.fixture().cancelled()).isEqualTo(1);
      assertThat(server.fixture().completed()).isZero();
      // terminateSession() sent DELETE: the client forgot the id and our server ended the session.
      assertThat(out.path("sessionAfterTerminate").isNull()).isTrue();
      assertThat(server.http().handler().sessionCount()).isZero();
    }
  }

  @Test
  void httpStateless() throws Exception {
    try (Interop.Running server = Interop.http(true, true)) {
      JsonNode out =
          Interop.runScript(node, TIMEOUT, "ts-client.mjs", "http", server.url(), "Bearer ts-key");

      assertThat(out.path("protocolVersion").stringValue()).isEqualTo("2025-11-25");
      assertThat(out.path("sessionId").isNull()).as("no Mcp-Session-Id when stateless").isTrue();
      assertThat(Json.write(out.path("whoami").path("structured")))
          .isEqualTo(
              "{\"credential\":\"Bearer ts-key\",\"sessionId\":\"\","
                  + "\"protocolVersion\":\"2025-11-25\"}");
      assertCommon(out);
      assertThat(server.fixture().cancelled()).isEqualTo(1);
      assertThat(server.fixture().completed()).isZero();
      assertThat(out.has("sessionAfterTerminate")).isFalse();
    }
  }

  @Test
  void stdio() throws Exception {
    JsonNode out =
        Interop.runScript(
            node,
            TIMEOUT,
            "ts-client.mjs",
            "stdio",
            Interop.java(),
            Interop.classpath(),
            InteropServer.class.getName());

    assertThat(Json.write(out.path("whoami").path("structured")))
        .isEqualTo(
            "{\"credential\":\"Bearer stdio-key\",\"sessionId\":\"\","
                + "\"protocolVersion\":\"2025-11-25\"}");
    assertCommon(out);
  }

  /** What every transport must deliver identically. */
  static void assertCommon(JsonNode out) {
    assertThat(Json.write(out.path("serverVersion")))
        .isEqualTo("{\"name\":\"conformance-fixture\",\"version\":\"1.0.0\"}");
    assertThat(strings(out.path("capabilities")))
        .containsExactly("completions", "logging", "prompts", "resources", "tools");
    assertThat(out.path("instructions").stringValue())
        .isEqualTo("Test fixture for the MCP conformance suite.");
    assertThat(strings(out.path("tools")))
        .hasSize(InteropServer.toolCount())
        .startsWith("test_simple_text", "test_image_content")
        .endsWith("whoami", "slow_task", "slow_task_status");
    assertThat(out.path("whoami").path("isError").booleanValue()).isFalse();
    assertThat(out.path("whoami").path("text").stringValue()).startsWith("You are Bearer ");
    assertThat(strings(out.path("simpleText")))
        .containsExactly("This is a simple text response for testing.");

    // Progress: all three notifications precede the result on the wire; the SDK hands at least the
    // ones read before the response to onprogress.
    assertThat(Json.write(out.path("progressWire")))
        .isEqualTo(
            "[{\"progress\":0,\"total\":100},{\"progress\":50,\"total\":100},"
                + "{\"progress\":100,\"total\":100},\"response\"]");
    List<JsonNode> onWire = new ArrayList<>();
    out.path("progressWire").forEach(onWire::add);
    List<JsonNode> delivered = new ArrayList<>();
    out.path("progress").forEach(delivered::add);
    assertThat(delivered).isNotEmpty();
    assertThat(onWire).startsWith(delivered.toArray(JsonNode[]::new));
    assertThat(out.path("progressResult").stringValue())
        .isEqualTo("Tool with progress executed successfully");

    assertThat(Json.write(out.path("resource")))
        .isEqualTo(
            "[{\"uri\":\"test://static-text\",\"mimeType\":\"text/plain\","
                + "\"text\":\"This is the content of the static text resource.\"}]");
    assertThat(Json.write(out.path("prompt")))
        .isEqualTo("[{\"role\":\"user\",\"text\":\"Prompt with arguments: arg1='a', arg2='b'\"}]");

    // Cancellation: AbortSignal -> notifications/cancelled for that request id -> the task stops
    // on the server and its result is never sent.
    JsonNode c = out.path("cancellation");
    assertThat(c.path("outcome").stringValue())
        .isEqualTo("rejected: MCP error -32001: the user cancelled");
    assertThat(Json.write(c.path("progressBeforeAbort"))).isEqualTo("[1,2]");
    assertThat(c.path("cancelledRequestId")).isEqualTo(c.path("callRequestId"));
    assertThat(c.path("responsesForCall").intValue())
        .as("responses to the cancelled call")
        .isZero();
    assertThat(c.path("messagesAfterSettled").intValue())
        .as("progress or result for the cancelled call after the server stopped")
        .isZero();
    assertThat(Json.write(c.path("serverStatus")))
        .isEqualTo("{\"started\":1,\"cancelled\":1,\"completed\":0}");
  }

  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as("array: %s", array).isTrue();
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }
}
