package org.ilertmcp.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.mcp.transport.stdio.StdioTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC ids as the spec wants them on every answer — errors raised before dispatch included —
 * and errors that stay small whatever the client sent.
 */
class IdsAndErrorBoundsTest {
  private static final String KEY = "Bearer key-one";

  private McpHttpServer http;
  private RawHttp raw;
  private Map<String, String> session;

  @BeforeEach
  void start() throws Exception {
    http =
        McpHttpServer.start(
            server(),
            HttpTransportConfig.builder().maxBodyBytes(2 * 1024 * 1024).maxSessions(2).build(),
            "127.0.0.1",
            0);
    raw = new RawHttp(http.url());
    String id = raw.initialize(Map.of("Authorization", KEY));
    session =
        Map.of("Authorization", KEY, "Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private static McpServer server() {
    ObjectNode schema = Json.object().put("type", "object");
    schema.putObject("properties").putObject("text").put("type", "string").put("maxLength", 5);
    return McpServer.builder(ServerInfo.of("ids", "1"))
        .tool(
            Tool.builder("echo")
                .description("Echoes text")
                .inputSchema(schema)
                .annotations(ToolAnnotations.readOnly())
                .handler(
                    (c, a) ->
                        ToolResult.error("You sent " + a.path("text").asString("nothing") + ".")))
        .build();
  }

  private static String ping(String id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}";
  }

  private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
    return raw.post(body, headers);
  }

  private static Map<String, String> with(Map<String, String> base, String name, String value) {
    Map<String, String> copy = new HashMap<>(base);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return copy;
  }

  @Test
  void refusalsBeforeDispatchEchoTheRequestId() throws Exception {
    HttpResponse<String> unknown =
        post(ping("7"), with(session, "Mcp-Session-Id", "no-such-session"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Json.parse(unknown.body()).get("id").asInt()).isEqualTo(7);

    HttpResponse<String> missing = post(ping("\"abc\""), with(session, "Mcp-Session-Id", null));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Json.parse(missing.body()).get("id").asString()).isEqualTo("abc");

    HttpResponse<String> noKey = post(ping("8"), with(session, "Authorization", null));
    assertThat(noKey.statusCode()).isEqualTo(401);
    assertThat(Json.parse(noKey.body()).get("id").asInt()).isEqualTo(8);

    HttpResponse<String> version = post(ping("9"), with(session, "MCP-Protocol-Version", "1999"));
    assertThat(version.statusCode()).isEqualTo(400);
    assertThat(Json.parse(version.body()).get("id").asInt()).isEqualTo(9);

    raw.initialize(Map.of("Authorization", KEY)); // the second and last session
    HttpResponse<String> full =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
            Map.of("Authorization", KEY));
    assertThat(full.statusCode()).isEqualTo(503);
    assertThat(Json.parse(full.body()).get("id").asInt()).isEqualTo(10);
  }

  @Test
  void invalidIdsAreAnsweredWithNull() throws Exception {
    for (String id : List.of("[1]", "{\"a\":1}", "true", "1.5")) {
      HttpResponse<String> response = post(ping(id), session);
      JsonNode reply = Json.parse(response.body());
      assertThat(response.statusCode()).as(id).isEqualTo(400);
      assertThat(reply.path("error").path("code").asInt()).as(id).isEqualTo(-32600);
      assertThat(reply.get("id").isNull()).as(id + " -> " + response.body()).isTrue();
    }
  }

  @Test
  void numericIdsComeBackAsSent() throws Exception {
    for (String id : List.of("1e3", "7.0", "12345678901234567890", "-3")) {
      String body = post(ping(id), session).body();
      assertThat(body).as(id).contains("\"id\":" + id + ",").contains("\"result\"");
      String error =
          post(
                  "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"no/such\"}",
                  with(session, "Mcp-Session-Id", "gone"))
              .body();
      assertThat(error).as(id).contains("\"id\":" + id + ",");
    }
  }

  @Test
  void hugeNamesAndArgumentsGiveSmallErrors() throws Exception {
    String huge = "x".repeat(900_000);
    HttpResponse<String> tool =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\""
                + huge
                + "\",\"arguments\":{}}}",
            session);
    assertThat(tool.body().length()).isLessThan(3000);
    assertThat(Json.parse(tool.body()).path("error").path("message").asString())
        .startsWith("Unknown tool: xxx")
        .contains("more characters");

    HttpResponse<String> method =
        post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"" + huge + "\"}", session);
    assertThat(method.body().length()).isLessThan(3000);

    HttpResponse<String> argument =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\""
                + "k".repeat(40_000)
                + "\":1,\"text\":\""
                + huge
                + "\"}}}",
            session);
    JsonNode result = RawHttp.message(argument).path("result");
    assertThat(result.path("isError").asBoolean())
        .as(org.ilertmcp.mcp.jsonrpc.JsonRpc.excerpt(argument.body(), 500))
        .isTrue();
    assertThat(argument.body().length()).isLessThan(ToolResult.MAX_ERROR_CHARS + 1000);
  }

  @Test
  void stdioAnswersInvalidIdsWithNullAndKeepsNumbersAsSent() {
    String input =
        String.join(
            "\n",
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
            ping("[1]"),
            ping("true"),
            ping("1e3"),
            "{\"jsonrpc\":\"2.0\",\"id\":2E2,\"method\":\"" + "y".repeat(500_000) + "\"}",
            "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StdioTransport(
            server(),
            Optional.of(KEY),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out)
        .run();
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.stream().filter(l -> l.contains("\"id\":null")).count()).isEqualTo(2);
    assertThat(lines).anyMatch(l -> l.contains("\"id\":1e3,") && l.contains("\"result\""));
    assertThat(lines)
        .anyMatch(l -> l.contains("\"id\":2E2,") && l.contains("-32601") && l.length() < 3000);
  }
}
