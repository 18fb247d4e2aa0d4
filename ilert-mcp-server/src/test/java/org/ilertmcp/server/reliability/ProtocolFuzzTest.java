package org.ilertmcp.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded fuzz run over HTTP against the sandbox, in session and in stateless mode: malformed and
 * odd JSON-RPC envelopes, ids of every type, unknown and misspelt methods, and every tool called
 * with arguments drawn from its schema and then bent (blank, wrong type, huge, negative, nested).
 * Every answer must be JSON-RPC (or an empty 202), never a 5xx, never an internal error, never a
 * stack trace or the key; the server must answer a ping and its health check afterwards. Prints its
 * counts.
 */
class ProtocolFuzzTest {
  private static final long SEED = 20261206L;
  private static final int MESSAGES_PER_MODE = 1000;
  private static final String KEY = Sandbox.ADMIN;
  private static final List<String> METHODS =
      List.of(
          "initialize",
          "ping",
          "tools/list",
          "tools/call",
          "resources/list",
          "resources/read",
          "resources/templates/list",
          "resources/subscribe",
          "resources/unsubscribe",
          "prompts/list",
          "prompts/get",
          "completion/complete",
          "logging/setLevel",
          "notifications/cancelled",
          "notifications/initialized",
          "tools/unknown",
          "",
          "TOOLS/CALL");

  /** What one mode's run saw. */
  private record Counts(
      int messages, int toolCalls, int nonJsonRpc, int serverErrors, int internalErrors) {}

  @Test
  void noMessageBreaksTheServerInEitherMode() throws Exception {
    List<String> problems = new ArrayList<>();
    for (boolean stateless : new boolean[] {false, true}) {
      IlertMcpServer.ServerSettings settings =
          new IlertMcpServer.ServerSettings(Sandbox.ALL, 8000, Duration.ofSeconds(10));
      try (SandboxMode sandbox =
          SandboxMode.start(
              settings,
              HttpTransportConfig.builder().stateless(stateless).build(),
              "127.0.0.1",
              0,
              42,
              0)) {
        Counts counts = run(sandbox, stateless, new Random(SEED + (stateless ? 1 : 0)), problems);
        System.out.printf(
            Locale.ROOT,
            "fuzz %s: %d messages (%d tool calls): %d non-JSON-RPC answers, %d 5xx, %d internal"
                + " errors%n",
            stateless ? "stateless" : "session",
            counts.messages(),
            counts.toolCalls(),
            counts.nonJsonRpc(),
            counts.serverErrors(),
            counts.internalErrors());
        assertThat(counts.messages()).isEqualTo(MESSAGES_PER_MODE);
        assertThat(counts.nonJsonRpc() + counts.serverErrors() + counts.internalErrors())
            .as("problems: %s", problems)
            .isZero();
        URI url = sandbox.http().url();
        RawHttp raw = new RawHttp(url);
        String session = raw.initialize(Map.of("Authorization", "Bearer " + KEY));
        JsonNode ping =
            RawHttp.message(
                raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", headers(session)));
        assertThat(ping.path("result").isObject()).as("ping after the run").isTrue();
        HttpResponse<String> health =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(url.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Map<String, String> headers(String session) {
    return session == null
        ? Map.of("Authorization", "Bearer " + KEY)
        : Map.of(
            "Authorization",
            "Bearer " + KEY,
            "Mcp-Session-Id",
            session,
            "MCP-Protocol-Version",
            "2025-11-25");
  }

  private static Counts run(
      SandboxMode sandbox, boolean stateless, Random random, List<String> problems)
      throws Exception {
    RawHttp raw = new RawHttp(sandbox.http().url());
    String session = raw.initialize(Map.of("Authorization", "Bearer " + KEY));
    List<Tool> tools = sandbox.server().mcp().tools();
    int toolCalls = 0;
    int nonJsonRpc = 0;
    int serverErrors = 0;
    int internal = 0;
    for (int i = 0; i < MESSAGES_PER_MODE; i++) {
      String body;
      if (random.nextInt(10) < 6) {
        Tool tool = tools.get(random.nextInt(tools.size()));
        body = toolCall(i, tool, random);
        toolCalls++;
      } else {
        body = envelope(i, random);
      }
      HttpResponse<String> response = raw.post(body, headers(session));
      String label = (stateless ? "stateless " : "session ") + JsonRpcExcerpt.of(body);
      if (response.statusCode() >= 500) {
        serverErrors++;
        problems.add(response.statusCode() + " for " + label);
        continue;
      }
      if (response.statusCode() == 202 && response.body().isEmpty()) {
        continue;
      }
      JsonNode message;
      try {
        message = RawHttp.message(response);
      } catch (RuntimeException e) {
        message = null;
      }
      if (message == null
          || !"2.0".equals(message.path("jsonrpc").asString(""))
          || !(message.has("result") || message.has("error"))
          || !message.has("id")) {
        nonJsonRpc++;
        problems.add("not JSON-RPC: " + JsonRpcExcerpt.of(response.body()) + " for " + label);
        continue;
      }
      if (message.path("error").path("code").asInt() == ErrorCodes.INTERNAL_ERROR) {
        internal++;
        problems.add("internal error for " + label);
      }
      if (response.body().contains("Exception") || response.body().contains(KEY)) {
        problems.add("leak in " + JsonRpcExcerpt.of(response.body()));
      }
    }
    return new Counts(MESSAGES_PER_MODE, toolCalls, nonJsonRpc, serverErrors, internal);
  }

  private static String toolCall(int n, Tool tool, Random random) {
    ObjectNode args = Json.object();
    for (Map.Entry<String, JsonNode> property :
        tool.inputSchema().path("properties").properties()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      args.set(property.getKey(), value(property.getValue(), random));
    }
    if (random.nextInt(20) == 0) {
      args.put("no_such_argument_" + random.nextInt(100), "x");
    }
    ObjectNode params = Json.object().put("name", tool.name());
    params.set("arguments", args);
    ObjectNode request =
        Json.object().put("jsonrpc", "2.0").put("id", n).put("method", "tools/call");
    request.set("params", params);
    return Json.write(request);
  }

  /** A value for a parameter: often plausible for its schema, often bent. */
  private static JsonNode value(JsonNode schema, Random random) {
    String type = schema.path("type").asString("string");
    JsonNode enumValues = schema.get("enum");
    return switch (random.nextInt(14)) {
      case 0 -> Json.parse("\"\"");
      case 1 -> Json.parse("\"  \\t \"");
      case 2 -> Json.parse("null");
      case 3 -> Json.parse(String.valueOf(random.nextInt(2_000_000) - 1000));
      case 4 -> Json.parse("-1");
      case 5 -> Json.parse("1e308");
      case 6 -> Json.parse("[\"a\", 1, null]");
      case 7 -> Json.parse("{\"nested\":{\"deep\":[1,2,3]}}");
      case 8 -> Json.tree("x".repeat(random.nextInt(5000)));
      case 9 -> Json.tree(pick(random, "me", "pending", "24h", "30m", "7d", "now", "all", "1"));
      case 10 -> Json.parse(random.nextBoolean() ? "true" : "false");
      case 11 ->
          enumValues != null && enumValues.size() > 0
              ? enumValues.get(random.nextInt(enumValues.size()))
              : Json.tree("\u202e\u200bodd\u0000text");
      case 12 -> Json.tree("2026-13-45T99:99:99");
      default ->
          switch (type) {
            case "integer", "number" -> Json.parse(String.valueOf(random.nextInt(1_000_100)));
            case "boolean" -> Json.parse("true");
            case "array" -> Json.parse("[\"1\"]");
            case "object" -> Json.object();
            default -> Json.tree(String.valueOf(random.nextInt(1_000_100)));
          };
    };
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  /** A JSON-RPC envelope, often malformed. */
  private static String envelope(int n, Random random) {
    String method = METHODS.get(random.nextInt(METHODS.size()));
    String id =
        pick(
            random,
            String.valueOf(n),
            "\"s-" + n + "\"",
            "null",
            "[1]",
            "{\"a\":1}",
            "true",
            "1e3",
            "1.5",
            "-0");
    String params =
        pick(
            random,
            "{}",
            "null",
            "[]",
            "\"x\"",
            "{\"name\":\"list_alerts\"}",
            "{\"uri\":\"ilert://alerts/" + random.nextInt(100) + "\"}",
            "{\"uri\":\"ilert://nope\"}",
            "{\"name\":\"triage_alert\",\"arguments\":{\"alert_id\":\" \"}}",
            "{\"requestId\":" + n + "}",
            "{\"level\":\"loud\"}",
            "{\"cursor\":\"not-a-cursor\"}",
            "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"triage_alert\"},"
                + "\"argument\":{\"name\":\"alert_id\",\"value\":\"1\"}}",
            "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}");
    return switch (random.nextInt(12)) {
      case 0 -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",";
      case 1 -> "not json at all " + n;
      case 2 -> "[" + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}" + "]";
      case 3 -> "{\"jsonrpc\":\"1.0\",\"id\":" + id + ",\"method\":\"ping\"}";
      case 4 -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":" + n + "}";
      case 5 -> "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}";
      case 6 -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{}}";
      default ->
          "{\"jsonrpc\":\"2.0\",\"id\":"
              + id
              + ",\"method\":\""
              + method
              + "\",\"params\":"
              + params
              + "}";
    };
  }

  /** Short excerpts for the problem list. */
  private static final class JsonRpcExcerpt {
    static String of(String text) {
      return org.ilertmcp.mcp.jsonrpc.JsonRpc.excerpt(text, 200);
    }
  }
}
