package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.AlertSnapshot.ResponderSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddAlertResponderToolTest {
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
  void addsAUserByNameAndKeepsTheOthers() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "add_alert_responder",
            AlertFixtures.args(before.id(), "user", "Hiro Tanaka"));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(AlertFixtures.now(sandbox, before.id()).responders())
        .containsAll(before.responders())
        .contains(new ResponderSnapshot(1008, "PENDING"))
        .hasSize(before.responders().size() + 1);
    assertThat(call.structured().path("alert").path("responders").toString()).contains("1008");
  }

  @Test
  void anExistingResponderIsAConflict() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    long existing = before.responders().get(0).userId();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "add_alert_responder",
            AlertFixtures.args(before.id(), "user", Long.toString(existing)));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).startsWith("Conflict");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders()).isEqualTo(before.responders());
  }

  @Test
  void stakeholderUnknownAlertAndRateLimitAreRefused() {
    AlertSnapshot before = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT);
    Sandbox.ToolCall refused =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "add_alert_responder",
            AlertFixtures.args(before.id(), "user", "1008"));
    assertThat(refused.text()).contains("so ilert would refuse it");
    Sandbox.ToolCall missing =
        sandbox.result(
            Sandbox.ADMIN, "add_alert_responder", AlertFixtures.args(999_999_999L, "user", "1008"));
    assertThat(missing.text()).startsWith("Not found");
    AlertFixtures.rateLimit(sandbox, "POST", "/api/alerts/" + before.id() + "/responders");
    Sandbox.ToolCall limited =
        sandbox.result(
            Sandbox.ADMIN, "add_alert_responder", AlertFixtures.args(before.id(), "user", "1008"));
    assertThat(limited.text()).contains("rate limiting");
    assertThat(AlertFixtures.now(sandbox, before.id()).responders()).isEqualTo(before.responders());
  }
}
