package org.ilertmcp.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.content.Content;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.ElicitResult;
import org.ilertmcp.mcp.context.InputRequest;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.prompt.Prompt;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.testing.ModernHttp;
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
 * The 2026-07-28 era over HTTP, beside 2025-11-25 on the same endpoint: per-request metadata, the
 * mirrored headers, the status codes of its protocol errors, result shape and caching hints,
 * cancellation by closing the stream, per-request logging, subscription streams, and
 * multi-round-trip input with a signed, single-use request state.
 */
class ModernEraTest {
  private static final String KEY = "Bearer key-one";
  private static final String OTHER_KEY = "Bearer key-two";
  private static final ObjectNode NO_CAPABILITIES = Json.object();

  private final WaitingTool slow = new WaitingTool();
  private final AtomicInteger restarts = new AtomicInteger();
  private final List<String> watchEvents = new CopyOnWriteArrayList<>();
  private McpServer mcp;
  private McpHttpServer http;
  private RawHttp raw;
  private ModernHttp modern;

  @BeforeEach
  void start() throws Exception {
    mcp = server();
    http =
        McpHttpServer.start(
            mcp, HttpTransportConfig.builder().maxBodyBytes(8192).build(), "127.0.0.1", 0);
    raw = new RawHttp(http.url());
    modern = new ModernHttp(raw, KEY);
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private McpServer server() {
    ObjectNode echoSchema = Json.object().put("type", "object");
    echoSchema.putObject("properties").putObject("text").put("type", "string");
    ObjectNode restartSchema = Json.object().put("type", "object");
    restartSchema.putObject("properties").putObject("service").put("type", "string");
    restartSchema.putArray("required").add("service");
    return McpServer.builder(ServerInfo.of("modern-test", "2.0"))
        .instructions("Test server")
        .tool(tool("echo", echoSchema, (c, a) -> ToolResult.text(a.path("text").asString(""))))
        .tool(tool("b_second", Json.object().put("type", "object"), (c, a) -> ToolResult.text("b")))
        .tool(tool("a_third", Json.object().put("type", "object"), (c, a) -> ToolResult.text("a")))
        .tool(slow.tool(true))
        .tool(tool("chatty", Json.object().put("type", "object"), ModernEraTest::chatty))
        .tool(tool("needs_sampling", Json.object().put("type", "object"), ModernEraTest::sample))
        .tool(tool("restart_service", restartSchema, this::restart))
        .resource(
            new Resource(
                "test://r",
                "r",
                null,
                "a resource",
                "text/plain",
                List.of(),
                c -> List.of(ResourceContents.text("test://r", "text/plain", "r"))))
        .prompt(
            new Prompt(
                "hello",
                null,
                "Says hello",
                List.of(),
                List.of(),
                (c, a) ->
                    new Prompt.Result(null, List.of(Prompt.Message.user(Content.text("hello"))))))
        .subscriptionListener(
            new SubscriptionListener() {
              @Override
              public void subscribed(Session session, String uri, RequestContext context) {
                watchEvents.add("watch " + uri);
              }

              @Override
              public void unsubscribed(Session session, String uri) {
                watchEvents.add("unwatch " + uri);
              }

              @Override
              public void sessionClosed(Session session) {
                watchEvents.add("closed");
              }
            })
        .build();
  }

  private static Tool tool(String name, ObjectNode schema, org.ilertmcp.mcp.tool.ToolHandler h) {
    return Tool.builder(name)
        .description(name)
        .inputSchema(schema)
        .annotations(ToolAnnotations.readOnly())
        .handler(h);
  }

  private static ToolResult chatty(RequestContext context, ObjectNode args) {
    context.log(LogLevel.DEBUG, "t", "debug detail");
    context.log(LogLevel.WARNING, "t", "a warning");
    return ToolResult.text("done");
  }

  private static ToolResult sample(RequestContext context, ObjectNode args) {
    ObjectNode params = Json.object().put("maxTokens", 5);
    params.putArray("messages");
    context.input(Map.of("s", InputRequest.sampling(params)));
    return ToolResult.text("sampled");
  }

  /** A write confirmed by the person: the preview is asked once, the action happens once. */
  private ToolResult restart(RequestContext context, ObjectNode args) {
    String service = args.path("service").asString();
    ObjectNode schema = Json.object().put("type", "object");
    schema.putObject("properties").putObject("confirm").put("type", "boolean");
    ElicitResult answer =
        context.elicit("confirm", InputRequest.elicitation("Restart " + service + "?", schema));
    if (!answer.accepted()) {
      return ToolResult.text("Not restarted: " + answer.action().name().toLowerCase());
    }
    return ToolResult.text("Restarted " + service + " (#" + restarts.incrementAndGet() + ")");
  }

  private static ObjectNode params(String json) {
    return (ObjectNode) Json.parse(json);
  }

  private static JsonNode errorOf(HttpResponse<String> response) {
    return Json.parse(response.body()).path("error");
  }

  @Test
  void discoverAnswersWithoutASession() throws Exception {
    HttpResponse<String> response =
        modern.post(ModernHttp.body(1, "server/discover", null, NO_CAPABILITIES));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
    JsonNode result = Json.parse(response.body()).path("result");
    assertThat(result.path("supportedVersions").toString())
        .contains("2026-07-28")
        .contains("2025-11-25");
    assertThat(result.path("capabilities").has("tools")).isTrue();
    assertThat(result.path("instructions").asString()).isEqualTo("Test server");
    assertThat(result.path("resultType").asString()).isEqualTo("complete");
    assertThat(result.path("cacheScope").asString()).isEqualTo("private");
    assertThat(result.path("ttlMs").isIntegralNumber()).isTrue();
    assertThat(
            result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asString())
        .isEqualTo("modern-test");
  }

  @Test
  void everyResultCarriesItsTypeAndTheServerAndListsAndReadsCarryCacheHints() throws Exception {
    Map<String, ObjectNode> calls = new java.util.LinkedHashMap<>();
    calls.put("tools/list", null);
    calls.put("tools/call", params("{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}"));
    calls.put("resources/list", null);
    calls.put("resources/templates/list", null);
    calls.put("resources/read", params("{\"uri\":\"test://r\"}"));
    calls.put("prompts/list", null);
    calls.put("prompts/get", params("{\"name\":\"hello\"}"));
    for (Map.Entry<String, ObjectNode> call : calls.entrySet()) {
      JsonNode result = modern.call(call.getKey(), call.getValue()).path("result");
      assertThat(result.path("resultType").asString()).as(call.getKey()).isEqualTo("complete");
      assertThat(result.path("_meta").has("io.modelcontextprotocol/serverInfo"))
          .as(call.getKey())
          .isTrue();
      boolean cacheable =
          !call.getKey().equals("tools/call") && !call.getKey().equals("prompts/get");
      assertThat(result.has("ttlMs")).as(call.getKey()).isEqualTo(cacheable);
      assertThat(result.has("cacheScope")).as(call.getKey()).isEqualTo(cacheable);
    }
  }

  @Test
  void toolsAreListedInOneStableOrderInBothEras() throws Exception {
    List<String> first = names(modern.call("tools/list", null));
    List<String> second = names(modern.call("tools/list", null));
    assertThat(first)
        .containsExactly(
            "echo", "b_second", "a_third", "slow", "chatty", "needs_sampling", "restart_service");
    assertThat(second).isEqualTo(first);
    String session = raw.initialize(Map.of("Authorization", KEY));
    JsonNode legacy =
        RawHttp.message(
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                Map.of(
                    "Authorization", KEY,
                    "Mcp-Session-Id", session,
                    "MCP-Protocol-Version", "2025-11-25")));
    assertThat(names(legacy)).isEqualTo(first);
  }

  private static List<String> names(JsonNode listResult) {
    List<String> names = new ArrayList<>();
    listResult.path("result").path("tools").forEach(t -> names.add(t.path("name").asString()));
    return names;
  }

  @Test
  void headersMustMirrorTheBody() throws Exception {
    ObjectNode call =
        ModernHttp.body(
            3, "tools/call", params("{\"name\":\"echo\",\"arguments\":{}}"), NO_CAPABILITIES);
    Map<String, String> noMethod = new HashMap<>();
    noMethod.put("Mcp-Method", null);
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    for (Map<String, String> overrides :
        List.of(
            noMethod,
            Map.of("Mcp-Method", "tools/list"),
            Map.of("Mcp-Name", "a_third"),
            Map.of("MCP-Protocol-Version", "2025-11-25"))) {
      HttpResponse<String> response = modern.post(call, overrides);
      assertThat(response.statusCode()).as(overrides.toString()).isEqualTo(400);
      assertThat(errorOf(response).path("code").asInt()).as(overrides.toString()).isEqualTo(-32020);
      assertThat(Json.parse(response.body()).path("id").asInt()).isEqualTo(3);
      cases.put(overrides.toString(), errorOf(response).path("message").asString());
    }
    assertThat(cases.values()).allSatisfy(m -> assertThat(m).startsWith("Header mismatch"));
    HttpResponse<String> encoded = modern.post(call, Map.of("Mcp-Name", "=?base64?ZWNobw==?="));
    assertThat(encoded.statusCode()).isEqualTo(200);
    assertThat(Json.parse(encoded.body()).path("result").has("content")).isTrue();
  }

  @Test
  void anUnsupportedVersionIsRefusedWithTheSupportedList() throws Exception {
    ObjectNode body = ModernHttp.body(4, "tools/list", null, NO_CAPABILITIES);
    ((ObjectNode) body.path("params").path("_meta"))
        .put("io.modelcontextprotocol/protocolVersion", "2099-01-01");
    HttpResponse<String> response = modern.post(body, Map.of("MCP-Protocol-Version", "2099-01-01"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = errorOf(response);
    assertThat(error.path("code").asInt()).isEqualTo(-32022);
    assertThat(error.path("data").path("requested").asString()).isEqualTo("2099-01-01");
    assertThat(error.path("data").path("supported").toString())
        .contains("2026-07-28")
        .contains("2025-11-25");
  }

  @Test
  void missingPerRequestMetadataIsInvalidParams() throws Exception {
    HttpResponse<String> response =
        raw.post(
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":{}}",
            Map.of(
                "Authorization",
                KEY,
                "MCP-Protocol-Version",
                "2026-07-28",
                "Mcp-Method",
                "tools/list"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errorOf(response).path("code").asInt()).isEqualTo(-32602);
    assertThat(errorOf(response).path("message").asString()).contains("_meta");
  }

  @Test
  void unknownAndRemovedMethodsAre404() throws Exception {
    for (String method :
        List.of("ping", "initialize", "logging/setLevel", "resources/subscribe", "no/such")) {
      HttpResponse<String> response =
          modern.post(ModernHttp.body(6, method, null, NO_CAPABILITIES));
      assertThat(response.statusCode()).as(method).isEqualTo(404);
      assertThat(errorOf(response).path("code").asInt()).as(method).isEqualTo(-32601);
    }
  }

  @Test
  void getAndDeleteAre405ForAModernClient() throws Exception {
    Map<String, String> headers =
        Map.of(
            "Authorization",
            KEY,
            "MCP-Protocol-Version",
            "2026-07-28",
            "Accept",
            RawHttp.ACCEPT_BOTH);
    for (String method : List.of("GET", "DELETE")) {
      HttpResponse<String> response = raw.send(method, null, headers);
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).isPresent();
    }
  }

  @Test
  void aCapabilityTheClientDidNotDeclareIs400() throws Exception {
    HttpResponse<String> response =
        modern.post(
            ModernHttp.body(
                7, "tools/call", params("{\"name\":\"needs_sampling\"}"), NO_CAPABILITIES));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = errorOf(response);
    assertThat(error.path("code").asInt()).isEqualTo(-32021);
    assertThat(error.path("data").path("requiredCapabilities").path("sampling").isObject())
        .isTrue();
  }

  @Test
  void anUnknownResourceIsInvalidParamsNamingTheUri() throws Exception {
    JsonNode error =
        modern.call("resources/read", params("{\"uri\":\"test://missing\"}")).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(-32602);
    assertThat(error.path("data").path("uri").asString()).isEqualTo("test://missing");
  }

  @Test
  void logNotificationsFlowOnlyAtTheLevelTheRequestAsked() throws Exception {
    ObjectNode quiet =
        ModernHttp.body(8, "tools/call", params("{\"name\":\"chatty\"}"), NO_CAPABILITIES);
    HttpResponse<String> withoutLevel = modern.post(quiet);
    assertThat(withoutLevel.body()).doesNotContain("notifications/message");

    ObjectNode loud = quiet.deepCopy();
    ((ObjectNode) loud.path("params").path("_meta"))
        .put("io.modelcontextprotocol/logLevel", "warning");
    HttpResponse<String> withLevel = modern.post(loud);
    assertThat(withLevel.body()).contains("notifications/message").contains("a warning");
    assertThat(withLevel.body()).doesNotContain("debug detail");

    ((ObjectNode) loud.path("params").path("_meta"))
        .put("io.modelcontextprotocol/logLevel", "loud");
    assertThat(
            modern
                .call("tools/call", (ObjectNode) loud.path("params"))
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(-32602);
  }

  /** A second endpoint on the same server that notices a departed client within ~0.2 s. */
  private McpHttpServer quickToNotice() throws Exception {
    return McpHttpServer.start(
        mcp,
        HttpTransportConfig.builder()
            .livenessInterval(Duration.ofMillis(100))
            .keepAliveInterval(Duration.ofMillis(100))
            .build(),
        "127.0.0.1",
        0);
  }

  /** Sends {@code body} and returns as soon as the response starts, its body still streaming. */
  private HttpResponse<InputStream> openStream(McpHttpServer server, ObjectNode body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.url())
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
            .header("Content-Type", "application/json")
            .header("Accept", RawHttp.ACCEPT_BOTH);
    modern.headers(body).forEach(request::header);
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  @Test
  void closingTheResponseStreamCancelsTheRequest() throws Exception {
    try (McpHttpServer quick = quickToNotice()) {
      closeTheStreamAndExpectCancellation(quick);
    }
  }

  private void closeTheStreamAndExpectCancellation(McpHttpServer quick) throws Exception {
    ObjectNode body =
        ModernHttp.body(
            9,
            "tools/call",
            params("{\"name\":\"slow\",\"_meta\":{\"progressToken\":\"p\"}}"),
            NO_CAPABILITIES);
    HttpResponse<InputStream> response = openStream(quick, body);
    InputStream stream = response.body();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.contains("notifications/progress")) {
      // wait for the first progress event: the handler runs
    }
    assertThat(line).contains("notifications/progress");
    assertThat(slow.started(Duration.ofSeconds(5))).isTrue();
    stream.close();
    assertThat(slow.sawCancel(Duration.ofSeconds(10)))
        .as("the handler saw the cancellation")
        .isTrue();
  }

  @Test
  void securityChecksAreTheSameAsInTheLegacyEra() throws Exception {
    ObjectNode body = ModernHttp.body(10, "tools/list", null, NO_CAPABILITIES);
    ModernHttp anonymous = new ModernHttp(raw, null);
    HttpResponse<String> unauthorized = anonymous.post(body);
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(modern.post(body, Map.of("Origin", "http://evil.example.com")).statusCode())
        .isEqualTo(403);
    ObjectNode big =
        ModernHttp.body(
            11,
            "tools/call",
            params("{\"name\":\"echo\",\"arguments\":{\"text\":\"" + "x".repeat(9000) + "\"}}"),
            NO_CAPABILITIES);
    assertThat(modern.post(big).statusCode()).isEqualTo(413);
  }

  @Test
  void bothErasShareTheEndpointAndAModernRequestIgnoresASessionId() throws Exception {
    String session = raw.initialize(Map.of("Authorization", KEY));
    int sessions = http.handler().sessionCount();
    HttpResponse<String> modernCall =
        modern.post(
            ModernHttp.body(12, "tools/list", null, NO_CAPABILITIES),
            Map.of("Mcp-Session-Id", "not-a-session"));
    assertThat(modernCall.statusCode()).isEqualTo(200);
    assertThat(modernCall.headers().firstValue("Mcp-Session-Id")).isEmpty();
    assertThat(http.handler().sessionCount()).isEqualTo(sessions);
    JsonNode legacy =
        RawHttp.message(
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"ping\"}",
                Map.of(
                    "Authorization", KEY,
                    "Mcp-Session-Id", session,
                    "MCP-Protocol-Version", "2025-11-25")));
    assertThat(legacy.path("result").isObject()).isTrue();
    assertThat(legacy.path("result").has("resultType")).isFalse();
  }

  @Test
  void aConfirmedActionHappensOnceAndItsStateCannotBeReusedOrAltered() throws Exception {
    ObjectNode capabilities = Json.object();
    capabilities.putObject("elicitation");
    ObjectNode first =
        ModernHttp.body(
            20,
            "tools/call",
            params("{\"name\":\"restart_service\",\"arguments\":{\"service\":\"checkout\"}}"),
            capabilities);
    JsonNode asked = RawHttp.message(modern.post(first)).path("result");
    assertThat(asked.path("resultType").asString()).isEqualTo("input_required");
    assertThat(asked.path("inputRequests").path("confirm").path("method").asString())
        .isEqualTo("elicitation/create");
    assertThat(
            asked.path("inputRequests").path("confirm").path("params").path("message").asString())
        .isEqualTo("Restart checkout?");
    assertThat(asked.has("ttlMs")).isFalse();
    String state = asked.path("requestState").asString();
    assertThat(restarts.get()).isZero();

    // An answer without the state the question came with does not count: asked again.
    ObjectNode unbound = retry(first, 21, null, "accept");
    assertThat(RawHttp.message(modern.post(unbound)).path("result").path("resultType").asString())
        .isEqualTo("input_required");
    assertThat(restarts.get()).isZero();

    // Altered, or presented for other arguments or by another key: refused, nothing happens.
    assertRefused(modern.post(retry(first, 22, state + "x", "accept")), "integrity");
    ObjectNode otherArgs = retry(first, 23, state, "accept");
    ((ObjectNode) otherArgs.path("params").path("arguments")).put("service", "payments");
    assertRefused(modern.post(otherArgs, Map.of("Mcp-Name", "restart_service")), "another request");
    assertRefused(
        new ModernHttp(raw, OTHER_KEY).post(retry(first, 24, state, "accept")),
        "another credential");
    assertThat(restarts.get()).isZero();

    JsonNode done = RawHttp.message(modern.post(retry(first, 25, state, "accept"))).path("result");
    assertThat(done.path("resultType").asString()).isEqualTo("complete");
    assertThat(done.path("content").get(0).path("text").asString())
        .isEqualTo("Restarted checkout (#1)");

    assertRefused(modern.post(retry(first, 26, state, "accept")), "already used");
    assertThat(restarts.get()).isEqualTo(1);

    JsonNode again = RawHttp.message(modern.post(first)).path("result");
    JsonNode declined =
        RawHttp.message(
                modern.post(retry(first, 27, again.path("requestState").asString(), "decline")))
            .path("result");
    assertThat(declined.path("content").get(0).path("text").asString())
        .isEqualTo("Not restarted: decline");
    assertThat(restarts.get()).isEqualTo(1);
  }

  @Test
  void askingForInputTheClientCannotGiveIsAProtocolError() throws Exception {
    ObjectNode call =
        ModernHttp.body(
            28,
            "tools/call",
            params("{\"name\":\"restart_service\",\"arguments\":{\"service\":\"x\"}}"),
            NO_CAPABILITIES);
    HttpResponse<String> response = modern.post(call);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errorOf(response).path("data").path("requiredCapabilities").has("elicitation"))
        .isTrue();
  }

  private static ObjectNode retry(ObjectNode first, int id, String state, String action) {
    ObjectNode retry = first.deepCopy();
    retry.put("id", id);
    ObjectNode params = (ObjectNode) retry.path("params");
    ObjectNode response =
        params.putObject("inputResponses").putObject("confirm").put("action", action);
    if ("accept".equals(action)) {
      response.putObject("content").put("confirm", true);
    }
    if (state != null) {
      params.put("requestState", state);
    }
    return retry;
  }

  private static void assertRefused(HttpResponse<String> response, String why) {
    JsonNode error = Json.parse(response.body()).path("error");
    assertThat(error.path("code").asInt()).as(response.body()).isEqualTo(-32602);
    assertThat(error.path("message").asString()).contains("requestState").contains(why);
  }

  @Test
  void aSubscriptionStreamAcknowledgesThenDeliversOnlyWhatWasAskedForUntilClosed()
      throws Exception {
    try (McpHttpServer quick = quickToNotice()) {
      listenUntilClosed(quick);
    }
  }

  private void listenUntilClosed(McpHttpServer quick) throws Exception {
    ObjectNode listen =
        ModernHttp.body(
            "listen-1",
            "subscriptions/listen",
            params(
                "{\"notifications\":{\"resourceSubscriptions\":[\"test://r\",\"test://none\"],"
                    + "\"promptsListChanged\":true}}"),
            NO_CAPABILITIES);
    HttpResponse<InputStream> response = openStream(quick, listen);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    JsonNode ack = nextEvent(lines);
    assertThat(ack.path("method").asString()).isEqualTo("notifications/subscriptions/acknowledged");
    assertThat(
            ack.path("params")
                .path("_meta")
                .path("io.modelcontextprotocol/subscriptionId")
                .asString())
        .isEqualTo("listen-1");
    assertThat(ack.path("params").path("notifications").path("resourceSubscriptions").toString())
        .isEqualTo("[\"test://r\"]");
    assertThat(ack.path("params").path("notifications").has("promptsListChanged"))
        .as("prompts do not change here")
        .isFalse();
    assertThat(watchEvents).containsExactly("watch test://r");

    mcp.notifyToolListChanged(); // not asked for: not delivered
    mcp.notifyResourceUpdated("test://r");
    JsonNode updated = nextEvent(lines);
    assertThat(updated.path("method").asString()).isEqualTo("notifications/resources/updated");
    assertThat(updated.path("params").path("uri").asString()).isEqualTo("test://r");
    assertThat(
            updated
                .path("params")
                .path("_meta")
                .path("io.modelcontextprotocol/subscriptionId")
                .asString())
        .isEqualTo("listen-1");

    response.body().close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!watchEvents.contains("closed") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(watchEvents).contains("closed");
  }

  private static JsonNode nextEvent(BufferedReader lines) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("data: ") && line.length() > 6) {
                    return Json.parse(line.substring(6));
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              throw new AssertionError("stream ended");
            })
        .get(10, TimeUnit.SECONDS);
  }
}
