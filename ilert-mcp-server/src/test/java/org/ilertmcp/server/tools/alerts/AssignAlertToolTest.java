package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.AlertSnapshot.ResponderSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignAlertToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long checkout() {
    return AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
  }

  @Test
  void assignsToAUserByNameReplacingThePendingResponder() {
    long id = checkout();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER, "assign_alert", AlertFixtures.args(id, "user", "Felix Wagner"));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(AlertFixtures.now(sandbox, id).responders())
        .containsExactly(new ResponderSnapshot(1006, "PENDING"));
    assertThat(call.structured().path("alert").path("responders").get(0).path("id").asLong())
        .isEqualTo(1006);
  }

  @Test
  void assignsToAPolicyOrToWhoeverIsOnCallInASchedule() {
    long id = checkout();
    Sandbox.ToolCall policy =
        sandbox.result(
            Sandbox.ADMIN, "assign_alert", AlertFixtures.args(id, "escalation_policy", "Mobile"));
    assertThat(policy.isError()).as(policy.text()).isFalse();
    assertThat(AlertFixtures.now(sandbox, id).policyId()).isEqualTo(403);
    long other = AlertFixtures.open(sandbox, AlertFixtures.PAYMENT).id();
    Sandbox.ToolCall schedule =
        sandbox.result(
            Sandbox.ADMIN, "assign_alert", AlertFixtures.args(other, "schedule", "Mobile on-call"));
    assertThat(schedule.isError()).as(schedule.text()).isFalse();
    // Schedule 303 has an active override for 1007 (Gabriela Santos).
    assertThat(AlertFixtures.now(sandbox, other).responders())
        .contains(new ResponderSnapshot(1007, "PENDING"));
  }

  @Test
  void needsExactlyOneTargetAndKnownNames() {
    long id = checkout();
    AlertSnapshot before = AlertFixtures.now(sandbox, id);
    Sandbox.ToolCall none = sandbox.result(Sandbox.ADMIN, "assign_alert", AlertFixtures.args(id));
    assertThat(none.isError()).isTrue();
    assertThat(none.text()).contains("exactly one");
    Sandbox.ToolCall two =
        sandbox.result(
            Sandbox.ADMIN,
            "assign_alert",
            "{\"alert_id\":\"" + id + "\",\"user\":\"1006\",\"schedule\":\"301\"}");
    assertThat(two.text()).contains("exactly one");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "assign_alert", AlertFixtures.args(id, "user", "Nobody X"));
    assertThat(unknown.text()).contains("No user named");
    assertThat(AlertFixtures.now(sandbox, id).responders()).isEqualTo(before.responders());
  }

  @Test
  void stakeholderIsRefusedAndOutageIsReported() {
    long id = checkout();
    AlertSnapshot before = AlertFixtures.now(sandbox, id);
    Sandbox.ToolCall refused =
        sandbox.result(Sandbox.STAKEHOLDER, "assign_alert", AlertFixtures.args(id, "user", "1006"));
    assertThat(refused.isError()).isTrue();
    assertThat(refused.text()).contains("so ilert would refuse it");
    AlertFixtures.rateLimit(sandbox, "PUT", "/api/alerts/" + id + "/assign");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "assign_alert", AlertFixtures.args(id, "user", "1006"));
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    AlertFixtures.down(sandbox, "PUT", "/api/alerts/" + id + "/assign");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "assign_alert", AlertFixtures.args(id, "user", "1006"));
    assertThat(down.text()).contains("unavailable");
    assertThat(AlertFixtures.now(sandbox, id).responders()).isEqualTo(before.responders());
  }
}
