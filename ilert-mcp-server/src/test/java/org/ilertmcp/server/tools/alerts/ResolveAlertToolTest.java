package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolveAlertToolTest {
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
  void resolvesAnOpenAlert() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.PAYMENT).id();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.RESPONDER, "resolve_alert", AlertFixtures.args(id));
    assertThat(call.isError()).as(call.text()).isFalse();
    AlertSnapshot after = AlertFixtures.now(sandbox, id);
    assertThat(after.status()).isEqualTo("RESOLVED");
    assertThat(after.resolvedOn()).isNotNull();
    assertThat(call.structured().path("alert").path("status").asString()).isEqualTo("RESOLVED");
    assertThat(Instant.parse(call.structured().path("alert").path("resolved_on").asString()))
        .isEqualTo(after.resolvedOn().truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void stakeholderIsRefusedAndNothingChanges() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "resolve_alert", AlertFixtures.args(id));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it").contains("resolve_alert");
    assertThat(AlertFixtures.now(sandbox, id).status()).isEqualTo("PENDING");
  }

  @Test
  void alreadyResolvedAndUnknownAlertsAreActionable() {
    AlertSnapshot resolved = AlertFixtures.resolved(sandbox);
    Sandbox.ToolCall again =
        sandbox.result(Sandbox.ADMIN, "resolve_alert", AlertFixtures.args(resolved.id()));
    assertThat(again.isError()).isTrue();
    assertThat(again.text()).contains("resolved");
    assertThat(AlertFixtures.now(sandbox, resolved.id()).resolvedOn())
        .isEqualTo(resolved.resolvedOn());
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "resolve_alert", AlertFixtures.args(999_999_999L));
    assertThat(missing.text()).startsWith("Not found");
  }

  @Test
  void rateLimitAndOutageLeaveTheAlertOpen() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    AlertFixtures.rateLimit(sandbox, "PUT", "/api/alerts/" + id + "/resolve");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "resolve_alert", AlertFixtures.args(id));
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    AlertFixtures.down(sandbox, "PUT", "/api/alerts/" + id + "/resolve");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "resolve_alert", AlertFixtures.args(id));
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable").contains("read before retrying");
    assertThat(AlertFixtures.now(sandbox, id).status()).isEqualTo("PENDING");
  }
}
