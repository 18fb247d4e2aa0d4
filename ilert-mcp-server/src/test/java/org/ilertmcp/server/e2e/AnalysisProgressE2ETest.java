package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.JavaProcess;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A long-running analysis tool seen by the official TypeScript SDK client, over Streamable HTTP
 * (progress on the request's SSE stream) and over stdio: progress notifications arrive before the
 * result, and a cancelled call stops walking ilert's pages at once and never answers.
 */
class AnalysisProgressE2ETest {
  private static final String KEY = "demo-admin-key";
  private static final String TOOL = "investigate_alert";

  @Test
  void overStreamableHttp() throws Exception {
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20));
    try (SandboxMode sandbox =
        SandboxMode.start(settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0)) {
      JsonNode out =
          run(
              Map.of("AUTH_HEADER", "Bearer " + KEY),
              "http",
              sandbox.http().url().toString(),
              faults(sandbox.emulator()),
              TOOL,
              arguments(sandbox.emulator()));
      assertProgressAndCancellation(out, sandbox.emulator());
    }
  }

  @Test
  void overStdio() throws Exception {
    try (IlertEmulator emulator =
        IlertEmulator.builder().port(0).demoOrganisation(true).seed(42).build().start()) {
      JsonNode out =
          run(
              Map.of("ILERT_API_KEY", KEY, "ILERT_REQUESTS_PER_MINUTE", "0"),
              "stdio",
              JavaProcess.java(),
              JavaProcess.classpath(),
              emulator.baseUrl(),
              faults(emulator),
              TOOL,
              arguments(emulator));
      assertProgressAndCancellation(out, emulator);
    }
  }

  /** The flapping alert with a 30-day look-back: its related-alert scan walks several pages. */
  private static String arguments(IlertEmulator emulator) {
    AlertSnapshot open =
        emulator.state().alertsWithKey("checkout-pod-crashloop").stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .findFirst()
            .orElseThrow();
    return "{\"alert_id\":\"" + open.id() + "\",\"lookback_days\":30}";
  }

  private static String faults(IlertEmulator emulator) {
    return emulator.baseUrl().replaceFirst("/api$", "/_emulator/faults");
  }

  private static JsonNode run(Map<String, String> env, String... args) throws Exception {
    NodeTools node = NodeTools.installed();
    String script =
        Path.of(System.getProperty("basedir", "."), "src/test/node/analysis-client.mjs")
            .toAbsolutePath()
            .toString();
    Map<String, String> withDir = new HashMap<>(env);
    withDir.put("E2E_DIR", node.dir().toString());
    NodeTools.Result result = node.run(Duration.ofSeconds(120), withDir, script, args);
    String line =
        result.output().lines().filter(l -> l.startsWith("@@RESULT@@")).findFirst().orElse(null);
    assertThat(line).as("client output:\n%s", result.output()).isNotNull();
    JsonNode out = Json.parse(line.substring("@@RESULT@@".length()));
    System.out.println("analysis progress e2e " + args[0] + ": " + out);
    return out;
  }

  private static void assertProgressAndCancellation(JsonNode out, IlertEmulator emulator) {
    JsonNode full = out.path("full");
    assertThat(full.path("isError").asBoolean()).as("%s", out).isFalse();
    assertThat(full.path("sections").toString()).contains("related_alerts", "next_steps");
    List<Object> wire = new ArrayList<>();
    full.path("wire").forEach(n -> wire.add(n.isNumber() ? n.asDouble() : n.asString()));
    assertThat(wire).as("progress, then the response").hasSizeGreaterThanOrEqualTo(4);
    assertThat(wire.get(wire.size() - 1)).isEqualTo("response");
    for (int i = 1; i < wire.size() - 1; i++) {
      assertThat((Double) wire.get(i)).isGreaterThan((Double) wire.get(i - 1));
    }

    JsonNode cancel = out.path("cancel");
    assertThat(cancel.path("outcome").asString()).startsWith("rejected");
    assertThat(cancel.path("cancelSent").asBoolean()).isTrue();
    assertThat(cancel.path("responseAfterCancel").asBoolean()).isFalse();
    // Alerts of the look-back window in pages of 100: an uncancelled call would read them all.
    long pages = (emulator.state().alerts().size() + 99) / 100;
    assertThat(pages).isGreaterThanOrEqualTo(4);
    assertThat(cancel.path("alertPagesRequested").asInt()).isBetween(1, 2);
    assertThat(out.path("toolsAfterCancel").asInt()).isPositive();
  }
}
