package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import io.modelcontextprotocol.modern.client.transport.McpHttpRequestCustomizer;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.JavaProcess;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One sandbox endpoint, third-party clients of both protocol eras, in one run: the TypeScript SDK
 * v2 client (2026-07-28, over HTTP and over stdio), the TypeScript SDK 1.x client (2025-11-25, over
 * HTTP and stdio), the Java SDK 2.2.0 modern and legacy clients, the MCP Inspector CLI in strict
 * mode and mcp-remote. Each runs a part of the on-call flow, checked in the emulator.
 */
class BothErasInteropE2ETest {
  private static final String KEY = "demo-user-key";
  private static final String AUTH = "Bearer " + KEY;

  private final NodeTools node = NodeTools.installed();
  private final List<String> report = new ArrayList<>();

  @Test
  void clientsOfBothErasShareOneEndpoint() throws Exception {
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20))
            // The flow's writes apply at once; ConfirmationE2ETest covers confirmation.
            .withWrites(WriteSafety.defaults().withConfirm(List.of("none")));
    try (SandboxMode sandbox =
        SandboxMode.start(settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0)) {
      EmulatorState state = sandbox.emulator().state();
      String url = sandbox.http().url().toString();
      String ilertUrl = sandbox.emulator().baseUrl();
      List<AlertSnapshot> pending =
          state.alerts().stream().filter(a -> a.status().equals("PENDING")).limit(4).toList();
      assertThat(pending).hasSize(4);

      // TS SDK v2 over HTTP: probes with server/discover and stays in 2026-07-28.
      long first = pending.get(0).id();
      JsonNode v2http =
          node(
              "v2",
              "http",
              List.of(url),
              step("list_alerts", "{\"states\":[\"PENDING\"]}"),
              step("accept_alert", "{\"alert_id\":\"" + first + "\"}"));
      assertEra(v2http, "modern");
      assertThat(state.alert(first).orElseThrow().status()).isEqualTo("ACCEPTED");

      // TS SDK v2 over stdio: the same probe on the server's stdio transport.
      JsonNode v2stdio =
          node(
              "v2",
              "stdio",
              List.of(JavaProcess.java(), JavaProcess.classpath(), ilertUrl),
              step(
                  "who_is_on_call",
                  "{\"escalation_policy\":\"" + pending.get(0).policyId() + "\"}"),
              step("resolve_alert", "{\"alert_id\":\"" + first + "\"}"));
      assertEra(v2stdio, "modern");
      assertThat(state.alert(first).orElseThrow().status()).isEqualTo("RESOLVED");

      // TS SDK 1.x over HTTP and stdio: initialize, 2025-11-25.
      long second = pending.get(1).id();
      JsonNode v1http =
          node(
              "v1",
              "http",
              List.of(url),
              step("accept_alert", "{\"alert_id\":\"" + second + "\"}"));
      assertEra(v1http, "legacy");
      assertThat(state.alert(second).orElseThrow().status()).isEqualTo("ACCEPTED");
      JsonNode v1stdio =
          node(
              "v1",
              "stdio",
              List.of(JavaProcess.java(), JavaProcess.classpath(), ilertUrl),
              step("get_alert_timeline", "{\"alert_id\":\"" + second + "\"}"));
      assertEra(v1stdio, "legacy");
      assertThat(v1stdio.path("steps").get(0).path("structured").path("entries").size())
          .isPositive();

      // mcp-remote bridging stdio to the HTTP endpoint for a 2025-11-25 client.
      JsonNode remote =
          node(
              "v1",
              "remote",
              List.of(url),
              step("resolve_alert", "{\"alert_id\":\"" + second + "\"}"));
      assertEra(remote, "legacy");
      assertThat(state.alert(second).orElseThrow().status()).isEqualTo("RESOLVED");

      long incident = javaModern(url, state);
      javaLegacy(url, state, incident);
      inspectorStrict(url);
    }
    report.forEach(line -> System.out.println("interop: " + line));
    assertThat(report).hasSize(9);
  }

  private static Map<String, Object> step(String tool, String arguments) {
    Map<String, Object> step = new HashMap<>();
    step.put("tool", tool);
    step.put("arguments", Json.parse(arguments));
    return step;
  }

  private JsonNode node(String sdk, String mode, List<String> target, Object... steps)
      throws Exception {
    String script =
        Path.of(System.getProperty("basedir", "."), "src/test/node/era-client.mjs")
            .toAbsolutePath()
            .toString();
    Map<String, String> env = new HashMap<>();
    env.put("E2E_DIR", node.dir().toString());
    env.put("AUTH_HEADER", AUTH);
    env.put("ILERT_API_KEY", KEY);
    env.put("ILERT_REQUESTS_PER_MINUTE", "0");
    env.put("ILERT_CONFIRM", "none");
    env.put("STEPS", Json.write(Json.tree(List.of(steps))));
    List<String> args = new ArrayList<>(List.of(script, sdk, mode));
    args.addAll(target);
    NodeTools.Result result =
        node.run(
            Duration.ofSeconds(120),
            env,
            args.get(0),
            args.subList(1, args.size()).toArray(String[]::new));
    String line =
        result.output().lines().filter(l -> l.startsWith("@@RESULT@@")).findFirst().orElse(null);
    assertThat(line).as("client output:%n%s", result.output()).isNotNull();
    JsonNode out = Json.parse(line.substring("@@RESULT@@".length()));
    assertThat(out.has("error")).as("%s", out).isFalse();
    assertThat(out.path("tools").size()).as("tools listed: %s", out).isGreaterThan(10);
    List<String> done = new ArrayList<>();
    for (JsonNode step : out.path("steps")) {
      assertThat(step.path("ok").asBoolean() && !step.path("isError").asBoolean())
          .as("%s %s: %s", sdk, mode, step)
          .isTrue();
      done.add(step.path("tool").asString());
    }
    report.add(
        String.format(
            "TypeScript SDK %s (%s) %s, %s: %s",
            sdk,
            sdk.equals("v2") ? "@modelcontextprotocol/client" : "@modelcontextprotocol/sdk",
            mode,
            out.path("era").asString() + " " + out.path("protocolVersion").asString(""),
            done));
    return out;
  }

  private static void assertEra(JsonNode out, String era) {
    assertThat(out.path("era").asString()).as("%s", out).isEqualTo(era);
    if (era.equals("modern")) {
      assertThat(out.path("protocolVersion").asString()).isEqualTo("2026-07-28");
    }
  }

  /** Java SDK 2.2.0, 2026-07-28 client: discover, then a new incident. */
  private long javaModern(String url, EmulatorState state) {
    HttpClientMcpTransport transport =
        HttpClientMcpTransport.builder(url)
            .requestCustomizer(
                McpHttpRequestCustomizer.fromSync(
                    (request, headers, context) -> headers.set("Authorization", AUTH)))
            .build();
    io.modelcontextprotocol.modern.client.McpSyncClient client =
        io.modelcontextprotocol.modern.client.McpClient.sync(transport).build();
    McpSchema.DiscoverResult discover = client.discover();
    assertThat(discover.supportedVersions()).contains("2026-07-28", "2025-11-25");
    JsonNode services =
        Json.tree(client.tool("list_services").arguments(Map.of()).call().structuredContent());
    long serviceId = services.path("services").get(0).path("id").asLong();
    McpSchema.CallToolResult created =
        client
            .tool("create_status_update")
            .arguments(
                Map.of(
                    "summary", "Checkout errors",
                    "message", "We are investigating elevated errors.",
                    "services", List.of(String.valueOf(serviceId)),
                    "impact", "DEGRADED"))
            .call();
    assertThat(created.isError()).as("%s", created).isNotEqualTo(Boolean.TRUE);
    long incident = Json.tree(created.structuredContent()).path("incident").path("id").asLong();
    assertThat(state.incidentStatus(incident)).hasValue("INVESTIGATING");
    report.add(
        "Java SDK 2.2.0 modern client (io.modelcontextprotocol.modern.client) http, modern "
            + discover.supportedVersions().get(0)
            + ": [server/discover, list_services, create_status_update]");
    return incident;
  }

  /** Java SDK 2.2.0, 2025-11-25 client: initialize, then an incident update. */
  private void javaLegacy(String url, EmulatorState state, long incident) {
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(url)
            .requestBuilder(java.net.http.HttpRequest.newBuilder().header("Authorization", AUTH))
            .build();
    try (McpSyncClient client =
        McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
      var init = client.initialize();
      CallToolResult updated =
          client.callTool(
              CallToolRequest.builder("update_status_update")
                  .arguments(
                      Map.of(
                          "incident_id",
                          String.valueOf(incident),
                          "status",
                          "MONITORING",
                          "message",
                          "A fix is deployed; we are monitoring."))
                  .build());
      assertThat(updated.isError()).as("%s", updated).isNotEqualTo(Boolean.TRUE);
      assertThat(state.incidentStatus(incident)).hasValue("MONITORING");
      report.add(
          "Java SDK 2.2.0 legacy client (io.modelcontextprotocol.client) http, legacy "
              + init.protocolVersion()
              + ": [initialize, update_status_update]");
    }
  }

  /** MCP Inspector CLI, strict schema portability, in both eras. */
  private void inspectorStrict(String url) throws Exception {
    for (String era : List.of("legacy", "modern")) {
      NodeTools.Result run =
          node.run(
              Duration.ofSeconds(90),
              Map.of(),
              node.module("@modelcontextprotocol/inspector/clients/launcher/build/index.js")
                  .toString(),
              "--cli",
              url,
              "--header",
              "Authorization: " + AUTH,
              "--protocol-era",
              era,
              "--method",
              "tools/list",
              "--strict",
              "--format",
              "json",
              "-q");
      assertThat(run.exitCode()).as("inspector %s:%n%s", era, run.output()).isZero();
      assertThat(run.output()).doesNotContain("schemaFindings").doesNotContain("\"error\"");
      report.add("MCP Inspector CLI 2.12.0 --strict http, " + era + ": [tools/list]");
    }
  }
}
