package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code dry_run: true} on every write tool returns the preview and changes nothing: the emulator's
 * fingerprint (everything a write can change) is the same before and after. The same call without
 * {@code dry_run} then changes it, so each comparison could fail. The clock is fixed, so escalation
 * stands still between the fingerprints.
 */
class DryRunTest {
  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

  @Test
  void aDryRunOfEachWriteToolChangesNothingAndTheRealCallDoes() {
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      Map<String, Supplier<String>> cases = cases(sandbox);
      Set<String> writeTools =
          ToolCatalog.all().stream()
              .filter(t -> !t.spec().annotations().readOnlyHint())
              .map(t -> t.spec().name())
              .collect(Collectors.toSet());
      assertThat(cases.keySet())
          .as("a case per write tool")
          .containsExactlyInAnyOrderElementsOf(writeTools);
      cases.forEach(
          (tool, arguments) -> {
            String args = arguments.get();
            ObjectNode dry = (ObjectNode) Json.parse(args);
            dry.put("dry_run", true);
            String before = state.fingerprint();
            Sandbox.ToolCall preview = sandbox.result(Sandbox.ADMIN, tool, Json.write(dry));
            assertThat(preview.isError()).as("%s: %s", tool, preview.text()).isFalse();
            assertThat(preview.structured().path("applied").asBoolean(true)).isFalse();
            assertThat(preview.structured().path("confirmation").asString()).isEqualTo("previewed");
            String change = preview.structured().path("preview").path("change").asString("");
            assertThat(change).as(tool).isNotBlank();
            assertThat(state.fingerprint())
                .as("%s with dry_run changed the emulator", tool)
                .isEqualTo(before);

            Sandbox.ToolCall real = sandbox.result(Sandbox.ADMIN, tool, args);
            assertThat(real.isError()).as("%s: %s", tool, real.text()).isFalse();
            assertThat(state.fingerprint())
                .as("%s applied changed nothing", tool)
                .isNotEqualTo(before);
            System.out.printf(
                "dry run %-26s state unchanged; applied: state changed. Preview: %s%n",
                tool, preview.text().lines().skip(1).collect(Collectors.joining(" | ")));
          });
    }
  }

  /** Arguments per write tool, in an order where each real call still has something to change. */
  private static Map<String, Supplier<String>> cases(Sandbox sandbox) {
    EmulatorState state = sandbox.emulator().state();
    AlertSnapshot checkout = open(sandbox, "checkout-5xx");
    AlertSnapshot login = open(sandbox, "login-burst");
    AlertSnapshot payment = open(sandbox, "payment-latency-p99");
    AlertSnapshot pending =
        state.alerts().stream()
            .filter(a -> a.status().equals("PENDING"))
            .filter(a -> a.id() != checkout.id() && a.id() != login.id())
            .findFirst()
            .orElseThrow();
    Map<String, Supplier<String>> cases = new LinkedHashMap<>();
    cases.put("accept_alert", () -> alert(pending.id(), ""));
    cases.put("assign_alert", () -> alert(pending.id(), ",\"user\":\"Hiro Tanaka\""));
    cases.put("resolve_alert", () -> alert(payment.id(), ""));
    cases.put(
        "remove_alert_responder",
        () -> alert(login.id(), ",\"user\":\"" + login.responders().get(0).userId() + "\""));
    cases.put("add_alert_responder", () -> alert(checkout.id(), ",\"user\":\"Hiro Tanaka\""));
    cases.put("comment_on_alert", () -> alert(checkout.id(), ",\"comment\":\"Rolled back\""));
    cases.put("run_alert_action", () -> alert(checkout.id(), ",\"action\":\"create jira ticket\""));
    cases.put("escalate_alert", () -> alert(checkout.id(), ""));
    cases.put(
        "create_alert", () -> "{\"summary\":\"Customer reports errors\",\"alert_source\":\"501\"}");
    cases.put(
        "create_status_update",
        () ->
            "{\"summary\":\"Checkout errors\",\"message\":\"We see failed checkouts.\","
                + "\"services\":[\"Checkout API\"],\"impact\":\"MAJOR_OUTAGE\","
                + "\"notify_subscribers\":true}");
    cases.put(
        "update_status_update",
        () ->
            "{\"incident_id\":\"703\",\"message\":\"A fix is deployed.\","
                + "\"status\":\"MONITORING\",\"notify_subscribers\":true}");
    cases.put(
        "add_status_update_subscribers",
        () -> "{\"incident_id\":\"703\",\"users\":[\"Chloe Dubois\"],\"teams\":[\"Mobile\"]}");
    cases.put(
        "create_schedule_override",
        () ->
            "{\"schedule\":\"Platform weekly\",\"user\":\"jonas.becker@demo.invalid\",\"start\":\""
                + NOW.plus(Duration.ofHours(1))
                + "\",\"end\":\""
                + NOW.plus(Duration.ofHours(3))
                + "\"}");
    cases.put(
        "create_maintenance_window",
        () ->
            "{\"summary\":\"Kernel patching\",\"start\":\""
                + NOW.plus(Duration.ofHours(2))
                + "\",\"duration_minutes\":90,\"services\":[\"Checkout API\"],"
                + "\"alert_sources\":[\"502\"]}");
    cases.put(
        "end_maintenance_window",
        () -> {
          var windows = state.documents("maintenance-windows");
          long newest = windows.get(windows.size() - 1).get("id").asLong();
          return "{\"maintenance_window_id\":\"" + newest + "\"}";
        });
    cases.put(
        "record_deployment_event",
        () -> "{\"pipeline\":\"checkout-service\",\"summary\":\"checkout v2.4.1 to prod\"}");
    cases.put("call_ilert_api", () -> "{\"method\":\"DELETE\",\"path\":\"/teams/203\"}");
    return cases;
  }

  private static AlertSnapshot open(Sandbox sandbox, String key) {
    return sandbox.emulator().state().alertsWithKey(key).stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  private static String alert(long id, String more) {
    return "{\"alert_id\":\"" + id + "\"" + more + "}";
  }
}
