package org.ilertmcp.server.tools.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tools.alerts.AlertFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListAlertActionsToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.emulator().faults().clear();
  }

  private static List<String> ids(String key) {
    long id = AlertFixtures.open(sandbox, key).id();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "list_alert_actions", AlertFixtures.args(id));
    assertThat(call.isError()).as(call.text()).isFalse();
    List<String> ids = new ArrayList<>();
    for (JsonNode action : call.structured().path("actions")) {
      assertThat(action.path("name").asString()).isNotBlank();
      ids.add(action.path("id").asString());
    }
    return ids;
  }

  @Test
  void listsTheManualActionsOfTheAlertsSource() {
    // Demo organisation: manual actions aa-jira-ticket (sources 501, 502), aa-broken-webhook
    // (501) and aa-restart-pod (505); aa-slack-incidents is automatic and never listed.
    assertThat(ids(AlertFixtures.CHECKOUT))
        .containsExactlyInAnyOrder("aa-jira-ticket", "aa-broken-webhook");
    assertThat(ids(AlertFixtures.PAYMENT)).containsExactly("aa-jira-ticket");
    assertThat(ids("checkout-pod-crashloop")).containsExactly("aa-restart-pod");
  }

  @Test
  void unknownAlertAndOutageAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "list_alert_actions", AlertFixtures.args(999_999_999L));
    assertThat(missing.text()).startsWith("Not found");
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    AlertFixtures.down(sandbox, "GET", "/api/alerts/" + id + "/actions");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "list_alert_actions", AlertFixtures.args(id));
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
