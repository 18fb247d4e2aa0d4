package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.AlertSnapshot.ResponderSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EscalateAlertToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void reassignsToTheNextLevelOfThePolicy() {
    // checkout-5xx is at level 2 (user 1010) of policy 401; level 3 is user 1001.
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    assertThat(before.escalationLevel()).isEqualTo(1);
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.RESPONDER, "escalate_alert", AlertFixtures.args(before.id()));
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode result = call.structured();
    assertThat(result.path("level").asInt()).isEqualTo(3);
    assertThat(result.path("assigned").get(0).path("id").asLong()).isEqualTo(1001);
    assertThat(result.path("assigned").get(0).path("type").asString()).isEqualTo("user");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders())
        .containsExactly(new ResponderSnapshot(1001, "PENDING"));
    assertThat(result.path("alert").path("responders").get(0).path("id").asLong()).isEqualTo(1001);
    // ilert keeps the alert's level index on reassignment; the result must not show it as current.
    JsonNode stale = result.path("alert").path("escalation");
    assertThat(stale.isMissingNode() || stale.path("level").asInt() == 3)
        .as("alert.escalation %s beside level 3", stale)
        .isTrue();
  }

  @Test
  void aSecondEscalationSeesTheNewLevelAndStopsAtTheLast() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    assertThat(sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(id)).isError())
        .isFalse();
    JsonNode alert =
        sandbox.result(Sandbox.ADMIN, "get_alert", AlertFixtures.args(id)).structured();
    assertThat(alert.path("alert").path("escalation").path("current_level").asInt()).isEqualTo(3);
    Sandbox.ToolCall again =
        sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(id));
    assertThat(again.isError()).isTrue();
    assertThat(again.text()).contains("level 3 of 3").contains("no next level");
    assertThat(AlertFixtures.now(sandbox, id).responders())
        .containsExactly(new ResponderSnapshot(1001, "PENDING"));
  }

  @Test
  void anAcceptedAlertMovesToItsPolicysSecondLevel() {
    // payment-latency-p99 was accepted at level 1 of policy 402; level 2 is user 1002.
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.PAYMENT);
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(before.id()));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("level").asInt()).isEqualTo(2);
    assertThat(AlertFixtures.now(sandbox, before.id()).responders())
        .contains(new ResponderSnapshot(1002, "PENDING"));
  }

  @Test
  void lastLevelAndResolvedAlertsAreClearErrors() {
    // login-burst is at the last of policy 404's two levels.
    AlertSnapshot last = AlertFixtures.open(sandbox, AlertFixtures.LOGIN_BURST);
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(last.id()));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("no next level").contains("level 2 of 2");
    assertThat(AlertFixtures.now(sandbox, last.id()).responders()).isEqualTo(last.responders());
    AlertSnapshot resolved = AlertFixtures.resolved(sandbox);
    Sandbox.ToolCall closed =
        sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(resolved.id()));
    assertThat(closed.text()).contains("is resolved");
  }

  @Test
  void stakeholderIsRefusedAndRateLimitIsReported() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    Sandbox.ToolCall refused =
        sandbox.result(Sandbox.STAKEHOLDER, "escalate_alert", AlertFixtures.args(before.id()));
    assertThat(refused.isError()).isTrue();
    assertThat(refused.text()).contains("so ilert would refuse it");
    AlertFixtures.rateLimit(sandbox, "PUT", "/api/alerts/" + before.id() + "/assign");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "escalate_alert", AlertFixtures.args(before.id()));
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders()).isEqualTo(before.responders());
  }
}
