package org.ilertmcp.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Backpressure and session limits: tool calls beyond the worker limit are refused at once with a
 * retry hint while ping, initialize and tools/list still answer; one credential cannot take every
 * session; sessions never finished expire or make room; stateless mode offers no subscriptions.
 */
class BackpressureAndSessionLimitsTest {
  private static final String KEY = "Bearer key-one";
  private static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

  /** Holds every call until released. */
  private final Semaphore gate = new Semaphore(0);

  private final CountDownLatch twoRunning = new CountDownLatch(2);
  private final List<McpHttpServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    gate.release(100);
    servers.forEach(McpHttpServer::close);
  }

  private McpHttpServer start(HttpTransportConfig.Builder config) throws Exception {
    McpServer server =
        McpServer.builder(ServerInfo.of("limits", "1"))
            .tool(
                Tool.builder("held")
                    .description("Waits at the gate")
                    .annotations(ToolAnnotations.readOnly())
                    .handler(
                        (context, args) -> {
                          twoRunning.countDown();
                          try {
                            gate.tryAcquire(20, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return ToolResult.text("released");
                        }))
            .resource(
                new Resource(
                    "test://r",
                    "r",
                    null,
                    null,
                    "text/plain",
                    List.of(),
                    c -> List.of(ResourceContents.text("test://r", "text/plain", "r"))))
            .build();
    McpHttpServer http = McpHttpServer.start(server, config.build(), "127.0.0.1", 0);
    servers.add(http);
    return http;
  }

  private static String call(String id, String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":\""
        + id
        + "\",\"method\":\""
        + method
        + "\",\"params\":"
        + params
        + "}";
  }

  @Test
  void callsBeyondTheLimitAreRefusedAtOnceWhileCheapRequestsStillAnswer() throws Exception {
    McpHttpServer http = start(HttpTransportConfig.builder().maxConcurrentCalls(2));
    RawHttp raw = new RawHttp(http.url());
    String id = raw.initialize(Map.of("Authorization", KEY));
    Map<String, String> session =
        Map.of("Authorization", KEY, "Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
    String held = "{\"name\":\"held\",\"arguments\":{}}";
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String body = call("held-" + i, "tools/call", held);
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return raw.post(body, session);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    assertThat(twoRunning.await(10, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    HttpResponse<String> refused = raw.post(call("third", "tools/call", held), session);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    JsonNode error = RawHttp.message(refused).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(ErrorCodes.UNAVAILABLE);
    assertThat(error.path("message").asString()).contains("busy").contains("retry in ~2 s");
    assertThat(error.path("data").path("retryAfterSeconds").asInt()).isEqualTo(2);
    assertThat(RawHttp.message(refused).path("id").asString()).isEqualTo("third");
    // refused, not queued: it does not wait for the held calls (a generous bound for a busy CPU)
    assertThat(took).isLessThan(Duration.ofSeconds(5));

    for (String method : List.of("ping", "tools/list", "resources/list")) {
      JsonNode reply = RawHttp.message(raw.post(call(method, method, "{}"), session));
      assertThat(reply.has("result")).as(method).isTrue();
    }
    assertThat(raw.initialize(Map.of("Authorization", KEY))).isNotNull();
    assertThat(running).noneMatch(CompletableFuture::isDone);

    gate.release(2);
    for (CompletableFuture<HttpResponse<String>> call : running) {
      assertThat(RawHttp.message(call.get(10, TimeUnit.SECONDS)).path("result").isObject())
          .isTrue();
    }
    gate.release(); // a permit for the next call: the workers are free again
    JsonNode after = RawHttp.message(raw.post(call("fourth", "tools/call", held), session));
    assertThat(after.path("result").isObject()).as(after.toString()).isTrue();
  }

  @Test
  void oneCredentialCannotTakeEverySessionAndTheGlobalLimitSaysWhenToRetry() throws Exception {
    McpHttpServer http = start(HttpTransportConfig.builder().maxSessions(5).maxSessionsPerKey(3));
    RawHttp raw = new RawHttp(http.url());
    Map<String, String> flood = Map.of("Authorization", "Bearer flood");
    for (int i = 0; i < 3; i++) {
      raw.initialize(flood);
    }
    HttpResponse<String> fourth = raw.post(INIT, flood);
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(Json.parse(fourth.body()).path("error").path("message").asString())
        .contains("already holds 3 sessions");
    assertThat(Json.parse(fourth.body()).path("id").asInt()).isZero();

    // another credential still gets one, up to the global limit
    raw.initialize(Map.of("Authorization", KEY));
    raw.initialize(Map.of("Authorization", "Bearer key-three"));
    HttpResponse<String> full = raw.post(INIT, Map.of("Authorization", "Bearer key-four"));
    assertThat(full.statusCode()).isEqualTo(503);
    assertThat(full.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(http.handler().sessionCount()).isEqualTo(5);
  }

  @Test
  void sessionsNeverFinishedMakeRoomForARealClient() throws Exception {
    McpHttpServer http =
        start(
            HttpTransportConfig.builder()
                .maxSessions(3)
                .maxSessionsPerKey(3)
                .initTimeout(Duration.ofMinutes(1)));
    RawHttp raw = new RawHttp(http.url());
    for (int i = 0; i < 3; i++) {
      // initialize without notifications/initialized, as a flood would
      assertThat(raw.post(INIT, Map.of("Authorization", "Bearer flood-" + i)).statusCode())
          .isEqualTo(200);
    }
    assertThat(http.handler().sessionCount()).isEqualTo(3);
    // the oldest unfinished session makes room
    String id = raw.initialize(Map.of("Authorization", KEY));
    assertThat(http.handler().sessionCount()).isEqualTo(3);
    HttpResponse<String> ping =
        raw.post(
            call("p", "ping", "{}"),
            Map.of(
                "Authorization", KEY, "Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25"));
    assertThat(ping.statusCode()).isEqualTo(200);
  }

  @Test
  void sessionsNeverFinishedExpire() throws Exception {
    McpHttpServer http = start(HttpTransportConfig.builder().initTimeout(Duration.ofMillis(300)));
    RawHttp raw = new RawHttp(http.url());
    raw.initialize(Map.of("Authorization", KEY));
    assertThat(raw.post(INIT, Map.of("Authorization", "Bearer flood")).statusCode()).isEqualTo(200);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (http.handler().sessionCount() > 1 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(http.handler().sessionCount()).as("only the established session stays").isOne();
  }

  @Test
  void statelessModeOffersNoSubscriptions() throws Exception {
    McpHttpServer http = start(HttpTransportConfig.builder().stateless(true));
    RawHttp raw = new RawHttp(http.url());
    JsonNode init = RawHttp.message(raw.post(INIT, Map.of("Authorization", KEY)));
    JsonNode subscribe =
        init.path("result").path("capabilities").path("resources").path("subscribe");
    assertThat(subscribe.isBoolean() && !subscribe.asBoolean()).as(init.toString()).isTrue();
    JsonNode refused =
        RawHttp.message(
            raw.post(
                call("s", "resources/subscribe", "{\"uri\":\"test://r\"}"),
                Map.of("Authorization", KEY)));
    assertThat(refused.path("error").path("code").asInt()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
    assertThat(refused.path("error").path("message").asString())
        .contains("not offered in stateless mode");

    McpHttpServer sessions = start(HttpTransportConfig.builder());
    JsonNode withSessions =
        RawHttp.message(new RawHttp(sessions.url()).post(INIT, Map.of("Authorization", KEY)));
    assertThat(
            withSessions
                .path("result")
                .path("capabilities")
                .path("resources")
                .path("subscribe")
                .asBoolean())
        .isTrue();
  }
}
