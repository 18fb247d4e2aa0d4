package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AcceptAlertToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long pendingAlert() {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> a.status().equals("PENDING"))
        .map(AlertSnapshot::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void acceptsAPendingAlert() {
    long id = pendingAlert();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.RESPONDER, "accept_alert", "{\"alert_id\":\"" + id + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("alert").path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(sandbox.emulator().state().alert(id).orElseThrow().status()).isEqualTo("ACCEPTED");
  }

  @Test
  void stakeholderKeyIsRefusedAndNothingChanges() {
    long id = pendingAlert();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "accept_alert", "{\"alert_id\":\"" + id + "\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it");
    assertThat(sandbox.emulator().state().alert(id).orElseThrow().status()).isEqualTo("PENDING");
  }

  @Test
  void unknownAlertAndBadIdAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.RESPONDER, "accept_alert", "{\"alert_id\":\"999999999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall bad =
        sandbox.result(Sandbox.RESPONDER, "accept_alert", "{\"alert_id\":\"abc\"}");
    assertThat(bad.isError()).isTrue();
    assertThat(bad.text()).contains("numeric");
  }

  @Test
  void rateLimitAndOutageAreReportedAsNotApplied() {
    long id = pendingAlert();
    sandbox.injectFault(
        org.ilertmcp.emulator.fault.FaultRule.rateLimit("/api/alerts/" + id + "/accept")
            .method("PUT")
            .times(10)
            .retryAfter(0));
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.RESPONDER, "accept_alert", "{\"alert_id\":\"" + id + "\"}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    assertThat(sandbox.emulator().state().alert(id).orElseThrow().status()).isEqualTo("PENDING");
  }
}
