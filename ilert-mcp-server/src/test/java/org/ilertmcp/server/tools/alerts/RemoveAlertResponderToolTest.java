package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoveAlertResponderToolTest {
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
  void removesOneResponderAndReturnsTheRest() {
    // login-burst (private) has two pending responders, 1009 and 1011.
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.LOGIN_BURST);
    assertThat(before.responders()).hasSize(2);
    long removed = before.responders().get(0).userId();
    long kept = before.responders().get(1).userId();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "remove_alert_responder",
            AlertFixtures.args(before.id(), "user", Long.toString(removed)));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(AlertFixtures.now(sandbox, before.id()).responders())
        .containsExactly(before.responders().get(1));
    assertThat(call.structured().path("alert").path("responders")).hasSize(1);
    assertThat(call.structured().path("alert").path("responders").get(0).path("id").asLong())
        .isEqualTo(kept);
  }

  @Test
  void aUserWhoIsNotAResponderIsNotFound() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "remove_alert_responder",
            AlertFixtures.args(before.id(), "user", "Hiro Tanaka"));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).startsWith("Not found");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders()).isEqualTo(before.responders());
  }

  @Test
  void stakeholderAndOutageLeaveTheRespondersAlone() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    String user = Long.toString(before.responders().get(0).userId());
    Sandbox.ToolCall refused =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "remove_alert_responder",
            AlertFixtures.args(before.id(), "user", user));
    assertThat(refused.text()).contains("so ilert would refuse it");
    AlertFixtures.down(sandbox, "DELETE", "/api/alerts/" + before.id() + "/responders/*");
    Sandbox.ToolCall down =
        sandbox.result(
            Sandbox.ADMIN, "remove_alert_responder", AlertFixtures.args(before.id(), "user", user));
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders()).isEqualTo(before.responders());
  }
}
