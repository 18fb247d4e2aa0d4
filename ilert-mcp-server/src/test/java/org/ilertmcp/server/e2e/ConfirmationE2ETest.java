package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Confirmation of a high-impact write (resolving a HIGH alert) with the official TypeScript SDK
 * clients against sandbox mode over HTTP, checked in the emulator: the v2 client (2026-07-28)
 * accepts once, declines, and presents a tampered, another key's and a used requestState; the 1.x
 * client (2025-11-25) answers elicitation/create with accept and decline; a client without
 * elicitation fails closed, and with the operator's token fallback confirms on its second call.
 */
class ConfirmationE2ETest {
  private static final String AUTH = "Bearer demo-admin-key";
  private static final String OTHER_AUTH = "Bearer demo-user-key";

  private final NodeTools node = NodeTools.installed();
  private final List<String> report = new ArrayList<>();

  @Test
  void aPersonConfirmsInBothErasAndEverythingElseChangesNothing() throws Exception {
    try (SandboxMode sandbox = start(WriteSafety.defaults())) {
      EmulatorState state = sandbox.emulator().state();
      String url = sandbox.http().url().toString();
      List<AlertSnapshot> high =
          state.alerts().stream()
              .filter(a -> !a.status().equals("RESOLVED") && a.priority().equals("HIGH"))
              .limit(3)
              .toList();
      assertThat(high).hasSize(3);

      JsonNode declined = run("v2-decline", url, high.get(0));
      assertThat(declined.path("era").asString()).isEqualTo("modern");
      assertThat(declined.path("asked").get(0).asString())
          .contains("Resolve alert " + high.get(0).id())
          .contains("Cannot be undone");
      assertThat(last(declined).path("structured").path("confirmation").asString())
          .isEqualTo("declined");
      assertThat(status(state, high.get(0))).isEqualTo(high.get(0).status());
      outcome("v2 decline", declined, status(state, high.get(0)));

      JsonNode accepted = run("v2-accept", url, high.get(0));
      assertThat(last(accepted).path("isError").asBoolean()).as("%s", accepted).isFalse();
      assertThat(status(state, high.get(0))).isEqualTo("RESOLVED");
      assertThat(resolutions(state, high.get(0))).isEqualTo(1);
      outcome("v2 accept", accepted, status(state, high.get(0)));

      JsonNode manual = run("v2-manual", url, high.get(1));
      Map<String, JsonNode> calls = byLabel(manual);
      assertThat(calls.get("first").path("resultType").asString()).isEqualTo("input_required");
      assertThat(calls.get("tampered").path("error").asString()).contains("integrity");
      assertThat(calls.get("other-key").path("error").asString()).contains("another credential");
      assertThat(calls.get("accepted").path("isError").asBoolean()).as("%s", manual).isFalse();
      assertThat(calls.get("replayed").path("error").asString()).contains("already used");
      assertThat(status(state, high.get(1))).isEqualTo("RESOLVED");
      assertThat(resolutions(state, high.get(1))).isEqualTo(1);
      outcome("v2 manual requestState", manual, status(state, high.get(1)));

      JsonNode none = run("v1-none", url, high.get(2));
      assertThat(last(none).path("isError").asBoolean()).isTrue();
      assertThat(last(none).path("text").asString())
          .contains("Not applied")
          .contains("--confirm-tokens");
      assertThat(status(state, high.get(2))).isEqualTo(high.get(2).status());
      outcome("v1 without elicitation", none, status(state, high.get(2)));

      JsonNode v1declined = run("v1-decline", url, high.get(2));
      assertThat(v1declined.path("era").asString()).isEqualTo("legacy");
      assertThat(v1declined.path("asked").size()).isEqualTo(1);
      assertThat(status(state, high.get(2))).isEqualTo(high.get(2).status());
      outcome("v1 decline", v1declined, status(state, high.get(2)));
      JsonNode v1accepted = run("v1-accept", url, high.get(2));
      assertThat(last(v1accepted).path("isError").asBoolean()).as("%s", v1accepted).isFalse();
      assertThat(status(state, high.get(2))).isEqualTo("RESOLVED");
      outcome("v1 accept", v1accepted, status(state, high.get(2)));
    }
    try (SandboxMode sandbox = start(WriteSafety.defaults().withTokens(true))) {
      EmulatorState state = sandbox.emulator().state();
      AlertSnapshot alert =
          state.alerts().stream()
              .filter(a -> !a.status().equals("RESOLVED") && a.priority().equals("HIGH"))
              .findFirst()
              .orElseThrow();
      String before = state.fingerprint();
      JsonNode token =
          run(
              "v1-token",
              sandbox.http().url().toString(),
              "assign_alert",
              "{\"alert_id\":\"" + alert.id() + "\",\"user\":\"Hiro Tanaka\"}");
      Map<String, JsonNode> calls = byLabel(token);
      assertThat(calls.get("first").path("structured").path("applied").asBoolean(true)).isFalse();
      assertThat(calls.get("with-token").path("isError").asBoolean()).as("%s", token).isFalse();
      assertThat(calls.get("token-again").path("text").asString()).contains("already used");
      assertThat(state.fingerprint()).isNotEqualTo(before);
      assertThat(state.alert(alert.id()).orElseThrow().responders())
          .anyMatch(r -> r.userId() == 1008);
      outcome("v1 token fallback (assign_alert)", token, status(state, alert));
    }
    report.forEach(line -> System.out.println("confirm e2e: " + line));
  }

  private static SandboxMode start(WriteSafety writes) throws Exception {
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20))
            .withWrites(writes);
    return SandboxMode.start(
        settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0);
  }

  private JsonNode run(String scenario, String url, AlertSnapshot alert) throws Exception {
    return run(scenario, url, "resolve_alert", "{\"alert_id\":\"" + alert.id() + "\"}");
  }

  private JsonNode run(String scenario, String url, String tool, String arguments)
      throws Exception {
    String script =
        Path.of(System.getProperty("basedir", "."), "src/test/node/confirm-client.mjs")
            .toAbsolutePath()
            .toString();
    Map<String, String> env = new HashMap<>();
    env.put("E2E_DIR", node.dir().toString());
    env.put("AUTH_HEADER", AUTH);
    env.put("OTHER_AUTH", OTHER_AUTH);
    env.put("TOOL", tool);
    env.put("ARGS", arguments);
    NodeTools.Result result = node.run(Duration.ofSeconds(120), env, script, scenario, url);
    String line =
        result.output().lines().filter(l -> l.startsWith("@@RESULT@@")).findFirst().orElse(null);
    assertThat(line).as("client output:%n%s", result.output()).isNotNull();
    JsonNode out = Json.parse(line.substring("@@RESULT@@".length()));
    assertThat(out.has("error")).as("%s", out).isFalse();
    return out;
  }

  private void outcome(String what, JsonNode out, String status) {
    List<String> steps = new ArrayList<>();
    for (JsonNode call : out.path("calls")) {
      String how =
          call.path("ok").asBoolean()
              ? call.path("resultType").asString()
                  + (call.path("isError").asBoolean() ? " isError" : "")
                  + (call.path("structured").has("confirmation")
                      ? " " + call.path("structured").path("confirmation").asString()
                      : "")
              : "refused (" + call.path("error").asString() + ")";
      steps.add(call.path("label").asString() + ": " + how);
    }
    report.add(what + " [" + out.path("era").asString() + "]: " + steps + " -> alert " + status);
  }

  private static JsonNode last(JsonNode out) {
    return out.path("calls").get(out.path("calls").size() - 1);
  }

  private static Map<String, JsonNode> byLabel(JsonNode out) {
    Map<String, JsonNode> calls = new HashMap<>();
    out.path("calls").forEach(c -> calls.put(c.path("label").asString(), c));
    return calls;
  }

  private static String status(EmulatorState state, AlertSnapshot alert) {
    return state.alert(alert.id()).orElseThrow().status();
  }

  private static long resolutions(EmulatorState state, AlertSnapshot alert) {
    return state.logEntries(alert.id()).stream()
        .filter(e -> e.text().startsWith("Alert resolved"))
        .count();
  }
}
