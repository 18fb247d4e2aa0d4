package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.WriteTool;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code idempotency_key} on writes that act anew each time (creations, comments, updates, actions,
 * escalations): a repeat with the same key and arguments returns the first result and acts no more;
 * the same key with other arguments is refused; another key acts.
 */
class IdempotencyKeyTest {
  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  private static final String ALERT =
      "{\"summary\":\"Customer reports errors\",\"alert_source\":\"501\","
          + "\"idempotency_key\":\"3f2a-retry-1\"}";

  @Test
  void twoCreateAlertCallsWithOneKeyCreateOneAlert() {
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      int before = state.alerts().size();
      Sandbox.ToolCall first = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      Sandbox.ToolCall second = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      assertThat(first.isError()).as(first.text()).isFalse();
      assertThat(second.isError()).as(second.text()).isFalse();
      int created = state.alerts().size() - before;
      System.out.println("two create_alert calls with one key -> alerts created: " + created);
      assertThat(created).isEqualTo(1);
      long id = first.structured().path("alert").path("id").asLong();
      assertThat(second.structured().path("alert").path("id").asLong()).isEqualTo(id);
      assertThat(second.structured().path("replayed").asBoolean()).isTrue();
      assertThat(first.structured().has("replayed")).isFalse();

      Sandbox.ToolCall other =
          sandbox.result(Sandbox.ADMIN, "create_alert", ALERT.replace("Customer reports", "Other"));
      assertThat(other.isError()).isTrue();
      assertThat(other.text()).contains("other arguments").contains("nothing was changed");
      assertThat(state.alerts().size() - before).isEqualTo(1);

      Sandbox.ToolCall otherKey =
          sandbox.result(Sandbox.ADMIN, "create_alert", ALERT.replace("retry-1", "retry-2"));
      assertThat(otherKey.isError()).as(otherKey.text()).isFalse();
      System.out.println(
          "same key, other summary -> refused: \""
              + other.text()
              + "\"; a new key -> alerts created: "
              + (state.alerts().size() - before));
      assertThat(state.alerts().size() - before).isEqualTo(2);
    }
  }

  @Test
  void aKeyWhoseAnswerWasLostDoesNotActAgain() {
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      int before = state.alerts().size();
      // ilert creates the alert, then its answer is lost (an empty body).
      sandbox.injectFault(FaultRule.emptyBody("/api/alerts").method("POST").times(1));
      Sandbox.ToolCall lost = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      assertThat(lost.isError()).isTrue();
      assertThat(lost.text()).contains("may or may not have been applied");
      assertThat(state.alerts().size() - before).isEqualTo(1);

      Sandbox.ToolCall retry = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      assertThat(retry.isError()).isTrue();
      assertThat(retry.text()).contains("may have been applied").contains("new key");
      assertThat(state.alerts().size() - before).as("the retry acted again").isEqualTo(1);

      Sandbox.ToolCall otherKey =
          sandbox.result(Sandbox.ADMIN, "create_alert", ALERT.replace("retry-1", "retry-2"));
      assertThat(otherKey.isError()).as(otherKey.text()).isFalse();
      assertThat(state.alerts().size() - before).isEqualTo(2);
    }
  }

  @Test
  void aKeyWhoseWriteWasRefusedActsWhenRetried() {
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      int before = state.alerts().size();
      // A 429 is an answer: nothing was applied, so the same key may act on the retry.
      sandbox.injectFault(FaultRule.rateLimit("/api/alerts").method("POST").retryAfter(1).times(3));
      Sandbox.ToolCall refused = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      assertThat(refused.isError()).isTrue();
      assertThat(state.alerts().size() - before).isZero();
      sandbox.emulator().faults().clear();
      Sandbox.ToolCall retry = sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      assertThat(retry.isError()).as(retry.text()).isFalse();
      assertThat(state.alerts().size() - before).isEqualTo(1);
    }
  }

  @Test
  void theSameKeyIsPerCaller() {
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      int before = state.alerts().size();
      sandbox.result(Sandbox.ADMIN, "create_alert", ALERT);
      Sandbox.ToolCall user = sandbox.result(Sandbox.USER, "create_alert", ALERT);
      assertThat(user.isError()).as(user.text()).isFalse();
      assertThat(user.structured().has("replayed")).isFalse();
      assertThat(state.alerts().size() - before).isEqualTo(2);
    }
  }

  @Test
  void everyCreatingWriteActsOncePerKey() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("create_alert", ALERT);
    cases.put(
        "create_status_update",
        "{\"summary\":\"Checkout errors\",\"services\":[\"Checkout API\"],"
            + "\"impact\":\"DEGRADED\"}");
    cases.put(
        "create_schedule_override",
        "{\"schedule\":\"Platform weekly\",\"user\":\"jonas.becker@demo.invalid\",\"start\":\""
            + NOW.plus(Duration.ofHours(1))
            + "\",\"end\":\""
            + NOW.plus(Duration.ofHours(3))
            + "\"}");
    cases.put(
        "create_maintenance_window",
        "{\"summary\":\"Kernel patching\",\"start\":\""
            + NOW.plus(Duration.ofHours(2))
            + "\",\"duration_minutes\":90,\"services\":[\"Checkout API\"]}");
    cases.put(
        "record_deployment_event",
        "{\"pipeline\":\"checkout-service\",\"summary\":\"checkout v2.4.1 to prod\"}");
    // Not creations, but each repeat would act again: a second comment, update, run or level.
    cases.put("comment_on_alert", "{\"alert_id\":CRASHLOOP,\"comment\":\"restarting the pod\"}");
    cases.put("run_alert_action", "{\"alert_id\":CRASHLOOP,\"action\":\"aa-restart-pod\"}");
    cases.put("escalate_alert", "{\"alert_id\":CRASHLOOP}");
    cases.put(
        "update_status_update",
        "{\"incident_id\":703,\"message\":\"The queue is drained; monitoring.\"}");
    cases.put(
        "call_ilert_api", "{\"method\":\"POST\",\"path\":\"/teams\",\"body\":{\"name\":\"SRE\"}}");
    Set<String> creating =
        ToolCatalog.all().stream()
            .filter(t -> t instanceof WriteTool w && w.creates())
            .map(t -> t.spec().name())
            .collect(Collectors.toSet());
    assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(creating);
    try (Sandbox sandbox = Sandbox.at(NOW)) {
      EmulatorState state = sandbox.emulator().state();
      long crashloop =
          state.alertsWithKey("checkout-pod-crashloop").stream()
              .filter(a -> a.status().equals("PENDING"))
              .findFirst()
              .orElseThrow()
              .id();
      cases.forEach(
          (tool, json) -> {
            ObjectNode args =
                (ObjectNode) Json.parse(json.replace("CRASHLOOP", Long.toString(crashloop)));
            args.put("idempotency_key", "key-" + tool);
            String before = state.fingerprint();
            Sandbox.ToolCall first = sandbox.result(Sandbox.ADMIN, tool, Json.write(args));
            assertThat(first.isError()).as("%s: %s", tool, first.text()).isFalse();
            String once = state.fingerprint();
            assertThat(once).as(tool).isNotEqualTo(before);
            Sandbox.ToolCall again = sandbox.result(Sandbox.ADMIN, tool, Json.write(args));
            assertThat(again.structured().path("replayed").asBoolean()).as(tool).isTrue();
            assertThat(state.fingerprint()).as("%s acted twice", tool).isEqualTo(once);
            System.out.printf("%s twice with one key -> applied once, second replayed%n", tool);
          });
    }
  }
}
