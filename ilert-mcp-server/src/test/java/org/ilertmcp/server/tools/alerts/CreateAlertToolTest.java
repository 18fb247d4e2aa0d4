package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.AlertSnapshot.ResponderSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateAlertToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private int alertCount() {
    return sandbox.emulator().state().alerts().size();
  }

  @Test
  void createsAManualAlertOnASourceGivenByName() {
    int before = alertCount();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "create_alert",
            "{\"summary\":\"Checkout page blank for EU customers\",\"alert_source\":"
                + "\"Prometheus production\",\"priority\":\"LOW\",\"details\":\"Ticket 4711\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    long id = call.structured().path("alert").path("id").asLong();
    AlertSnapshot created = AlertFixtures.now(sandbox, id);
    assertThat(alertCount()).isEqualTo(before + 1);
    assertThat(created.summary()).isEqualTo("Checkout page blank for EU customers");
    assertThat(created.sourceId()).isEqualTo(501);
    assertThat(created.priority()).isEqualTo("LOW");
    assertThat(created.status()).isEqualTo("PENDING");
    assertThat(call.structured().path("alert").path("status").asString()).isEqualTo("PENDING");
  }

  @Test
  void withRespondersOnlyTheyArePagedAndAnotherPolicyCanBeChosen() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "create_alert",
            "{\"summary\":\"Need a DBA\",\"alert_source\":\"502\",\"escalation_policy\":"
                + "\"Mobile\",\"responders\":[\"Hiro Tanaka\"]}");
    assertThat(call.isError()).as(call.text()).isFalse();
    AlertSnapshot created =
        AlertFixtures.now(sandbox, call.structured().path("alert").path("id").asLong());
    assertThat(created.policyId()).isEqualTo(403);
    assertThat(created.responders()).containsExactly(new ResponderSnapshot(1008, "PENDING"));
  }

  @Test
  void stakeholderUnknownSourceAndOutageCreateNothing() {
    int before = alertCount();
    Sandbox.ToolCall refused =
        sandbox.result(
            Sandbox.STAKEHOLDER, "create_alert", "{\"summary\":\"x\",\"alert_source\":\"501\"}");
    assertThat(refused.text()).contains("so ilert would refuse it");
    Sandbox.ToolCall unknown =
        sandbox.result(
            Sandbox.ADMIN, "create_alert", "{\"summary\":\"x\",\"alert_source\":\"No such\"}");
    assertThat(unknown.text()).contains("No alert source named");
    AlertFixtures.down(sandbox, "POST", "/api/alerts");
    Sandbox.ToolCall down =
        sandbox.result(
            Sandbox.ADMIN, "create_alert", "{\"summary\":\"x\",\"alert_source\":\"501\"}");
    assertThat(down.text()).contains("unavailable").contains("may or may not");
    assertThat(alertCount()).isEqualTo(before);
  }
}
