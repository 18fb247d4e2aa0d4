package org.ilertmcp.server.tools.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tools.alerts.AlertFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunAlertActionToolTest {
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
  void runsAnActionByNameAndRecordsItsResult() {
    long id = checkout();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "run_alert_action",
            AlertFixtures.args(id, "action", "create jira ticket"));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("success").asBoolean()).isTrue();
    assertThat(call.structured().path("action").path("id").asString()).isEqualTo("aa-jira-ticket");
    assertThat(sandbox.emulator().state().actionResults(id))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.alertActionId()).isEqualTo("aa-jira-ticket");
              assertThat(r.success()).isTrue();
              assertThat(r.actorUserId()).isEqualTo(1003);
              assertThat(r.id()).isEqualTo(call.structured().path("result_id").asString());
            });
  }

  @Test
  void aFailingActionIsReportedAsFailed() {
    long id = checkout();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "run_alert_action",
            AlertFixtures.args(id, "action", "aa-broken-webhook"));
    assertThat(call.structured().path("success").asBoolean()).isFalse();
    assertThat(call.structured().path("note").asString()).contains("get_alert_timeline");
    assertThat(sandbox.emulator().state().actionResults(id))
        .extracting(ActionResult::success)
        .containsExactly(false);
  }

  @Test
  void unknownActionListsTheAvailableOnesAndRunsNothing() {
    long id = checkout();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "run_alert_action", AlertFixtures.args(id, "action", "aa-restart-pod"));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("No alert action").contains("aa-jira-ticket");
    assertThat(sandbox.emulator().state().actionResults(id)).isEmpty();
  }

  @Test
  void stakeholderAndOutageRunNothing() {
    long id = checkout();
    Sandbox.ToolCall refused =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "run_alert_action",
            AlertFixtures.args(id, "action", "aa-jira-ticket"));
    assertThat(refused.text()).contains("so ilert would refuse it");
    AlertFixtures.down(sandbox, "POST", "/api/alerts/" + id + "/actions");
    Sandbox.ToolCall down =
        sandbox.result(
            Sandbox.ADMIN, "run_alert_action", AlertFixtures.args(id, "action", "aa-jira-ticket"));
    assertThat(down.text()).contains("unavailable").contains("may or may not");
    assertThat(sandbox.emulator().state().actionResults(id)).isEmpty();
  }
}
