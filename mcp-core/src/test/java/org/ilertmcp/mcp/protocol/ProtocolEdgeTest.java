package org.ilertmcp.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.testing.CapturedStderr;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.testing.WaitingTool;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Protocol edge cases over a real socket, each with the exact HTTP status and JSON-RPC error the
 * spec (or our security model) asks for.
 */
class ProtocolEdgeTest {
  private static final String KEY = "Bearer key-one";
  private static final String OTHER_KEY = "Bearer key-two";

  private final WaitingTool slow = new WaitingTool();
  private McpHttpServer http;
  private RawHttp raw;
  private Map<String, String> session;

  @BeforeEach
  void start() throws Exception {
    http = McpHttpServer.start(server(), config().build(), "127.0.0.1", 0);
    raw = new RawHttp(http.url());
    String id = raw.initialize(Map.of("Authorization", KEY));
    session =
        Map.of("Authorization", KEY, "Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private static HttpTransportConfig.Builder config() {
    return HttpTransportConfig.builder().maxBodyBytes(4096);
  }

  private McpServer server() {
    ObjectNode echoSchema = Json.object().put("type", "object");
    echoSchema.putObject("properties").putObject("text").put("type", "string").put("maxLength", 20);
    echoSchema.putArray("required").add("text");
    echoSchema.put("additionalProperties", false);
    ObjectNode outputSchema = Json.object().put("type", "object");
    outputSchema.putObject("properties").putObject("echo").put("type", "string");
    outputSchema.putArray("required").add("echo");
    return McpServer.builder(ServerInfo.of("edge", "1"))
        .pageSize(2)
        .tool(
            Tool.builder("echo")
                .description("Echoes text")
                .inputSchema(echoSchema)
                .outputSchema(outputSchema)
                .annotations(ToolAnnotations.readOnly())
                .handler(
                    (c, a) ->
                        ToolResult.structured(
                            Json.object().put("echo", a.get("text").stringValue()))))
        .tool(slow.tool(false))
        .tool(
            Tool.builder("boom")
                .description("Fails with a bug")
                .annotations(ToolAnnotations.readOnly())
                .handler(
                    (c, a) -> {
                      throw new IllegalStateException("secret internal detail http://10.0.0.1");
                    }))
        .resource(
            new Resource(
                "test://r",
                "r",
                null,
                "a resource",
                "text/plain",
                List.of(),
                c -> List.of(ResourceContents.text("test://r", "text/plain", "r"))))
        .build();
  }

  private JsonNode call(String body) throws Exception {
    HttpResponse<String> response = raw.post(body, session);
    assertThat(response.statusCode()).isEqualTo(200);
    return RawHttp.message(response);
  }

  private static String request(String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}";
  }

  @Test
  void theEndpointWithATrailingSlashIsTheEndpoint() throws Exception {
    // A URL configured as http://host/mcp/ reaches the server, not a bare 404.
    RawHttp slashed = new RawHttp(java.net.URI.create(http.url() + "/"));
    String id = slashed.initialize(Map.of("Authorization", KEY));
    assertThat(id).isNotBlank();
    HttpResponse<String> other =
        new RawHttp(java.net.URI.create(http.url() + "/x"))
            .post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", Map.of("Authorization", KEY));
    assertThat(other.statusCode()).isEqualTo(404);
  }

  @Test
  void acceptRangesThatCoverBothTypesAreAccepted() throws Exception {
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    for (String accept : new String[] {"application/*, text/*", "application/json, text/*"}) {
      HttpResponse<String> ok = raw.post(ping, with(session, "Accept", accept));
      assertThat(ok.statusCode()).as(accept).isEqualTo(200);
    }
    HttpResponse<String> jsonOnly = raw.post(ping, with(session, "Accept", "application/*"));
    assertThat(jsonOnly.statusCode()).isEqualTo(406);
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> out = new java.util.HashMap<>(headers);
    out.put(name, value);
    return out;
  }

  @Test
  void unknownMethodIsMethodNotFound() throws Exception {
    JsonNode reply = call(request("tools/unknown", "{}"));
    assertThat(reply.path("id").asInt()).isEqualTo(7);
    assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32601);
  }

  @Test
  void unknownToolIsInvalidParams() throws Exception {
    JsonNode reply = call(request("tools/call", "{\"name\":\"nope\",\"arguments\":{}}"));
    assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32602);
    assertThat(reply.path("error").path("message").asString()).contains("nope");
  }

  @Test
  void malformedParamsAreInvalidParams() throws Exception {
    JsonNode reply = call(request("tools/call", "{\"arguments\":{}}"));
    assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32602);
    JsonNode level = call(request("logging/setLevel", "{\"level\":\"loud\"}"));
    assertThat(level.path("error").path("code").asInt()).isEqualTo(-32602);
  }

  @Test
  void argumentsThatBreakTheSchemaComeBackAsAToolError() throws Exception {
    JsonNode reply =
        call(request("tools/call", "{\"name\":\"echo\",\"arguments\":{\"text\":7,\"x\":1}}"));
    JsonNode result = reply.path("result");
    assertThat(result.path("isError").asBoolean()).isTrue();
    assertThat(result.path("content").get(0).path("text").asString())
        .startsWith("Invalid arguments for echo")
        .contains("text");
    JsonNode ok =
        call(request("tools/call", "{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}"));
    assertThat(ok.path("result").path("structuredContent").path("echo").asString()).isEqualTo("hi");
  }

  @Test
  void argumentsSentAsTheTextOfAJsonObjectAreThatObject() throws Exception {
    // Bridges from function-calling APIs pass the model's arguments on as the string they got.
    JsonNode ok =
        call(
            request(
                "tools/call", "{\"name\":\"echo\",\"arguments\":\"{\\\"text\\\":\\\"hi\\\"}\"}"));
    assertThat(ok.path("result").path("structuredContent").path("echo").asString()).isEqualTo("hi");
    for (String notAnObject : new String[] {"\"[1]\"", "\"hi\"", "7", "[]"}) {
      JsonNode reply =
          call(request("tools/call", "{\"name\":\"echo\",\"arguments\":" + notAnObject + "}"));
      assertThat(reply.path("error").path("code").asInt()).as(notAnObject).isEqualTo(-32602);
      assertThat(reply.path("error").path("message").asString())
          .contains("arguments must be an object");
    }
  }

  @Test
  void listsPaginateAndRejectForeignCursors() throws Exception {
    JsonNode first = call(request("tools/list", "{}"));
    assertThat(first.path("result").path("tools")).hasSize(2);
    String cursor = first.path("result").path("nextCursor").asString();
    JsonNode second = call(request("tools/list", "{\"cursor\":\"" + cursor + "\"}"));
    assertThat(second.path("result").path("tools")).hasSize(1);
    assertThat(second.path("result").has("nextCursor")).isFalse();
    JsonNode bad = call(request("tools/list", "{\"cursor\":\"not-a-cursor\"}"));
    assertThat(bad.path("error").path("code").asInt()).isEqualTo(-32602);
  }

  @Test
  void aBugBecomesAnInternalErrorWithAReferenceAndNoDetail() throws Exception {
    HttpResponse<String> response;
    String log;
    try (CapturedStderr stderr = CapturedStderr.start()) {
      response = raw.post(request("tools/call", "{\"name\":\"boom\",\"arguments\":{}}"), session);
      log = stderr.text();
    }
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode error = RawHttp.message(response).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(-32603);
    assertThat(error.path("message").asString())
        .matches("Internal error \\(reference [0-9a-f]{12}\\)");
    String reference = error.path("message").asString().replaceAll(".*reference (\\w+).*", "$1");
    assertThat(log)
        .as("the operator's log has the detail under the reference the client got")
        .contains("Internal error " + reference + " while serving tools/call")
        .contains("IllegalStateException: secret internal detail");
    assertThat(response.body())
        .doesNotContain("secret")
        .doesNotContain("10.0.0.1")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void cancelledRequestStopsTheHandlerAndGetsNoResponse() throws Exception {
    CompletableFuture<HttpResponse<String>> pending =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return raw.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":\"c-1\",\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"slow\",\"arguments\":{}}}",
                    session);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(slow.started(Duration.ofSeconds(5))).isTrue();
    HttpResponse<String> ack =
        raw.post(
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":\"c-1\",\"reason\":\"user\"}}",
            session);
    assertThat(ack.statusCode()).isEqualTo(202);
    assertThat(slow.sawCancel(Duration.ofSeconds(5))).isTrue();
    HttpResponse<String> response = pending.get(5, TimeUnit.SECONDS);
    assertThat(response.body()).doesNotContain("finished anyway").doesNotContain("\"result\"");
  }

  @Test
  void unsupportedProtocolVersionIs400() throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(session);
    headers.put("MCP-Protocol-Version", "1999-01-01");
    HttpResponse<String> response = raw.post(request("ping", "{}"), headers);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.parse(response.body()).path("error").path("message").asString())
        .contains("2025-11-25");
  }

  @Test
  void badOriginAndHostAre403() throws Exception {
    Map<String, String> origin = new java.util.HashMap<>(session);
    origin.put("Origin", "http://evil.example.com");
    HttpResponse<String> response = raw.post(request("ping", "{}"), origin);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Json.parse(response.body()).path("jsonrpc").asString()).isEqualTo("2.0");
    Map<String, String> local = new java.util.HashMap<>(session);
    local.put("Origin", "http://localhost:6274");
    HttpResponse<String> ok = raw.post(request("ping", "{}"), local);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:6274");
  }

  @Test
  void missingCredentialIs401WithBearerChallenge() throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(session);
    headers.remove("Authorization");
    HttpResponse<String> response = raw.post(request("ping", "{}"), headers);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(Json.parse(response.body()).path("error").path("code").asInt()).isEqualTo(-32001);
  }

  @Test
  void anotherCredentialOnTheSessionIsRefused() throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(session);
    headers.put("Authorization", OTHER_KEY);
    HttpResponse<String> response = raw.post(request("ping", "{}"), headers);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("key-one").doesNotContain("key-two");
  }

  @Test
  void missingAndUnknownSessionsAre400And404() throws Exception {
    Map<String, String> missing = new java.util.HashMap<>(session);
    missing.remove("Mcp-Session-Id");
    assertThat(raw.post(request("ping", "{}"), missing).statusCode()).isEqualTo(400);
    Map<String, String> unknown = new java.util.HashMap<>(session);
    unknown.put("Mcp-Session-Id", "no-such-session");
    assertThat(raw.post(request("ping", "{}"), unknown).statusCode()).isEqualTo(404);
  }

  @Test
  void deletedSessionIsGone() throws Exception {
    assertThat(raw.send("DELETE", null, session).statusCode()).isEqualTo(204);
    assertThat(raw.post(request("ping", "{}"), session).statusCode()).isEqualTo(404);
  }

  @Test
  void oversizeBodyIs413() throws Exception {
    String big = request("ping", "{\"pad\":\"" + "x".repeat(5000) + "\"}");
    HttpResponse<String> response = raw.post(big, session);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Json.parse(response.body()).path("error").path("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void malformedJsonIsParseError() throws Exception {
    HttpResponse<String> response = raw.post("{\"jsonrpc\":\"2.0\",", session);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.parse(response.body()).path("error").path("code").asInt()).isEqualTo(-32700);
  }

  @Test
  void batchBodyIsRejected() throws Exception {
    HttpResponse<String> response = raw.post("[" + request("ping", "{}") + "]", session);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.parse(response.body()).path("error").path("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void wrongContentTypeAndAcceptAreRefused() throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(session);
    headers.put("Content-Type", "text/plain");
    assertThat(raw.post(request("ping", "{}"), headers).statusCode()).isEqualTo(415);
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "text/html");
    assertThat(raw.post(request("ping", "{}"), headers).statusCode()).isEqualTo(406);
  }

  @Test
  void notificationsAndResponsesGet202() throws Exception {
    HttpResponse<String> response =
        raw.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\"}", session);
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void unknownResourceIsResourceNotFound() throws Exception {
    JsonNode reply = call(request("resources/read", "{\"uri\":\"test://missing\"}"));
    assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32002);
    assertThat(reply.path("error").path("data").path("uri").asString()).isEqualTo("test://missing");
  }

  @Test
  void statelessModeHasNoSessionsAndRefusesGetAndDelete() throws Exception {
    try (McpHttpServer stateless =
        McpHttpServer.start(server(), config().stateless(true).build(), "127.0.0.1", 0)) {
      RawHttp client = new RawHttp(stateless.url());
      assertThat(client.initialize(Map.of("Authorization", KEY))).isNull();
      Map<String, String> headers = Map.of("Authorization", KEY, "Accept", "text/event-stream");
      HttpResponse<String> get = client.send("GET", null, headers);
      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("Allow")).hasValue("POST");
      assertThat(client.send("DELETE", null, headers).statusCode()).isEqualTo(405);
      HttpResponse<String> ping = client.post(request("ping", "{}"), Map.of("Authorization", KEY));
      assertThat(ping.statusCode()).isEqualTo(200);
      assertThat(RawHttp.message(ping).path("result").isObject()).isTrue();
    }
  }

  @Test
  void sessionLimitIsEnforced() throws Exception {
    try (McpHttpServer limited =
        McpHttpServer.start(server(), config().maxSessions(1).build(), "127.0.0.1", 0)) {
      RawHttp client = new RawHttp(limited.url());
      client.initialize(Map.of("Authorization", KEY));
      HttpResponse<String> second =
          client.post(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                  + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                  + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
              Map.of("Authorization", KEY));
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Mcp-Session-Id")).isEmpty();
    }
  }

  @Test
  void initializeNegotiatesTheVersion() throws Exception {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"%s\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    for (String[] pair :
        new String[][] {
          {"2025-06-18", "2025-06-18"}, {"2025-03-26", "2025-03-26"}, {"2024-11-05", "2025-11-25"}
        }) {
      HttpResponse<String> r = raw.post(String.format(body, pair[0]), Map.of("Authorization", KEY));
      assertThat(RawHttp.message(r).path("result").path("protocolVersion").asString())
          .isEqualTo(pair[1]);
    }
  }

  @Test
  void idleSessionsExpire() throws Exception {
    try (McpHttpServer shortLived =
        McpHttpServer.start(
            server(),
            config().sessionIdleTimeout(Duration.ofMillis(200)).build(),
            "127.0.0.1",
            0)) {
      RawHttp client = new RawHttp(shortLived.url());
      String id = client.initialize(Map.of("Authorization", KEY));
      assertThat(shortLived.handler().sessionCount()).isEqualTo(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (shortLived.handler().sessionCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      HttpResponse<String> r =
          client.post(
              request("ping", "{}"),
              Map.of(
                  "Authorization",
                  KEY,
                  "Mcp-Session-Id",
                  id,
                  "MCP-Protocol-Version",
                  "2025-11-25"));
      assertThat(r.statusCode()).isEqualTo(404);
    }
  }
}
