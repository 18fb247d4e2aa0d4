package org.ilertmcp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The routes beside {@code /mcp} on sandbox mode's port: landing page, health, readiness (also
 * while draining), metrics after real tool calls, and that {@code /mcp} keeps its checks.
 */
class ServiceRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static SandboxMode sandbox;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        SandboxMode.start(
            new IlertMcpServer.ServerSettings(
                ToolSelection.defaults(), 8000, Duration.ofSeconds(20)),
            HttpTransportConfig.builder().build(),
            "127.0.0.1",
            0,
            42,
            600);
    base = URI.create("http://127.0.0.1:" + sandbox.http().port());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anMcpClientPointedAtTheWrongPathIsToldTheEndpoint() throws Exception {
    // The most common setup slip: the server's address without /mcp, or an old client's /sse.
    String init =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"c\",\"version\":\"0\"}}}";
    for (String path : new String[] {"/", "/sse", "/messages"}) {
      HttpResponse<String> wrong =
          new RawHttp(base.resolve(path))
              .post(init, Map.of("Authorization", "Bearer demo-user-key"));
      assertThat(wrong.statusCode()).as(path).isIn(404, 405);
      assertThat(wrong.body()).as(path).contains("/mcp");
    }
  }

  @Test
  void landingPageShowsTheEndpointConfigsToolsAndDemoKeysWithoutAKey() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'");
    String html = page.body();
    String url = "http://127.0.0.1:" + sandbox.http().port() + "/mcp";
    assertThat(html)
        .contains("<pre id=\"mcp-url\"><code>" + url + "</code></pre>")
        .contains("claude mcp add --transport http ilert " + url)
        .contains("mcp-remote@0.15.1")
        .contains("&quot;serverUrl&quot; : &quot;" + url + "&quot;")
        .contains("https://cursor.com/en/install-mcp?name=ilert&amp;config=")
        .contains("vscode:mcp/install?")
        .contains("demo-responder-key")
        .contains("Bearer demo-user-key")
        .contains("<code>accept_alert</code></td><td>respond</td>")
        .contains("<code>list_alerts</code></td><td>read</td>");
    // Only the offered tools: the opt-in api toolset is not in the default selection.
    assertThat(html).doesNotContain("call_ilert_api");
    assertThat(get("/assets/copy.js").statusCode()).isEqualTo(200);
    assertThat(get("/assets/landing.css").headers().firstValue("Content-Type"))
        .hasValue("text/css; charset=utf-8");
  }

  @Test
  void landingPageNamesTheUrlAProxyForwards() throws Exception {
    String html =
        get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "mcp.example.com").body();
    assertThat(html).contains("<pre id=\"mcp-url\"><code>https://mcp.example.com/mcp</code>");
  }

  @Test
  void healthAndReadiness() throws Exception {
    HttpResponse<String> health = get("/healthz");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Json.parse(health.body()).path("status").asString()).isEqualTo("ok");
    HttpResponse<String> ready = get("/readyz");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(Json.parse(ready.body()).path("reason").asString()).isEqualTo("ilert reachable");
  }

  @Test
  void readinessTurnsNotReadyWhileDrainingAndHealthStaysOk() throws Exception {
    try (SandboxMode own =
        SandboxMode.start(
            new IlertMcpServer.ServerSettings(
                ToolSelection.defaults(), 8000, Duration.ofSeconds(20)),
            HttpTransportConfig.builder().build(),
            "127.0.0.1",
            0,
            42,
            600)) {
      URI url = URI.create("http://127.0.0.1:" + own.http().port());
      own.service().readiness().drain();
      HttpResponse<String> ready =
          HTTP.send(
              HttpRequest.newBuilder(url.resolve("/readyz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(Json.parse(ready.body()).path("reason").asString()).startsWith("draining");
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(url.resolve("/healthz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void mcpKeepsItsHostAndOriginChecksWhileTheOtherRoutesNeedNoKey() throws Exception {
    // A fresh client per refused request: the server may close a connection whose body it did
    // not read, and a pooled one would then fail the next request.
    URI url = sandbox.http().url();
    String init =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    assertThat(
            new RawHttp(url)
                .post(
                    init,
                    Map.of(
                        "Authorization", "Bearer demo-user-key", "Origin", "https://evil.example"))
                .statusCode())
        .isEqualTo(403);
    assertThat(new RawHttp(url).post(init, Map.of()).statusCode()).isEqualTo(401);
    assertThat(get("/metrics").statusCode()).isEqualTo(200);
    assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void metricsCountToolCallsByToolAndOutcome() throws Exception {
    RawHttp raw = new RawHttp(sandbox.http().url());
    Map<String, String> auth = Map.of("Authorization", "Bearer demo-responder-key");
    String session = raw.initialize(auth);
    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer demo-responder-key",
            "Mcp-Session-Id", session,
            "MCP-Protocol-Version", "2025-11-25");
    JsonNode ok =
        RawHttp.message(
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"list_alerts\",\"arguments\":{\"limit\":1}}}",
                headers));
    assertThat(ok.path("result").path("isError").asBoolean()).isFalse();
    JsonNode missing =
        RawHttp.message(
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"get_alert\",\"arguments\":{\"alert_id\":\"999999999\"}}}",
                headers));
    assertThat(missing.path("result").path("isError").asBoolean()).isTrue();

    // A service by name twice: the first reads the name list from ilert, the second the cache.
    String service =
        RawHttp.message(
                raw.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"tools/call\",\"params\":"
                        + "{\"name\":\"list_services\",\"arguments\":{}}}",
                    headers))
            .path("result")
            .path("structuredContent")
            .path("services")
            .get(0)
            .path("name")
            .asString();
    for (int id = 21; id < 23; id++) {
      JsonNode byName =
          RawHttp.message(
              raw.post(
                  "{\"jsonrpc\":\"2.0\",\"id\":"
                      + id
                      + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                      + "\"get_service\",\"arguments\":{\"service\":\""
                      + service
                      + "\"}}}",
                  headers));
      assertThat(byName.path("result").path("isError").asBoolean()).as("%s", byName).isFalse();
    }
    String ended = raw.initialize(auth);
    raw.send(
        "DELETE",
        null,
        Map.of("Authorization", "Bearer demo-responder-key", "Mcp-Session-Id", ended));
    new RawHttp(sandbox.http().url())
        .post(
            "{}",
            Map.of("Authorization", "Bearer demo-responder-key", "Origin", "https://evil.example"));
    new RawHttp(sandbox.http().url())
        .post(
            "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}",
            Map.of("Authorization", "Bearer demo-responder-key", "Mcp-Session-Id", "gone"));

    String metrics = get("/metrics").body();
    assertThat(metrics)
        .containsPattern(
            "mcp_server_rejected_requests_total\\{[^}]*reason=\"origin_not_allowed\"[^}]*\\} [1-9]")
        .containsPattern(
            "mcp_server_rejected_requests_total\\{[^}]*reason=\"session_not_found\"[^}]*\\} [1-9]")
        .containsPattern(
            "http_client_request_duration_seconds_count\\{http_request_method=\"GET\","
                + "http_response_status_code=\"404\",retry=\"false\",url_template=\"/alerts/\\{id\\}\"\\} [1-9]")
        .containsPattern(
            "http_client_request_duration_seconds_count\\{http_request_method=\"GET\","
                + "http_response_status_code=\"200\",retry=\"false\",url_template=\"/alerts\"\\} [1-9]")
        .containsPattern("mcp_server_sessions_active [1-9]")
        .containsPattern("mcp_server_session_duration_seconds_count [1-9]")
        .contains("mcp_server_sse_streams_active")
        .containsPattern("cache_gets_total\\{cache=\"lookups\",result=\"miss\"\\} [1-9]")
        .containsPattern("cache_gets_total\\{cache=\"lookups\",result=\"hit\"\\} [1-9]")
        .contains("# TYPE mcp_server_operation_duration_seconds histogram")
        .containsPattern(
            "mcp_server_operation_duration_seconds_count\\{[^}]*gen_ai_tool_name=\"list_alerts\""
                + "[^}]*outcome=\"ok\"[^}]*\\} [1-9]")
        .containsPattern(
            "mcp_server_operation_duration_seconds_count\\{[^}]*gen_ai_tool_name=\"get_alert\""
                + "[^}]*outcome=\"ilert_not_found\"[^}]*\\} [1-9]")
        .contains("jvm_memory_used_bytes")
        .contains("process_cpu_usage")
        .doesNotContain("demo-responder-key")
        .doesNotContain("999999999");
  }
}
