package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetEscalationPolicyToolTest {
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

  @Test
  void showsLevelsWithSchedulesUsersAndTimeouts() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "get_escalation_policy",
            "{\"escalation_policy\":\"Platform critical\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode p = call.structured().path("escalation_policy");
    assertThat(p.path("id").asLong()).isEqualTo(401L);
    assertThat(p.path("routing_key").asString()).isEqualTo("platform");
    assertThat(p.path("repeating").asBoolean()).isTrue();
    JsonNode levels = p.path("levels");
    assertThat(levels.size()).isEqualTo(3);
    assertThat(levels.get(0).path("level").asInt()).isEqualTo(1);
    assertThat(levels.get(0).path("escalate_after_min").asInt()).isEqualTo(15);
    assertThat(levels.get(0).path("schedules").get(0).path("name").asString())
        .isEqualTo("Platform weekly");
    assertThat(levels.get(0).has("users")).isFalse();
    assertThat(levels.get(1).path("users").get(0).path("name").asString())
        .isEqualTo("Jonas Becker");
    assertThat(levels.get(1).path("escalate_after_min").asInt()).isEqualTo(30);
    assertThat(levels.get(2).path("users").get(0).path("id").asLong()).isEqualTo(1001L);
  }

  @Test
  void privateUnknownAndAmbiguousPolicies() {
    Sandbox.ToolCall hidden =
        sandbox.result(
            Sandbox.RESPONDER, "get_escalation_policy", "{\"escalation_policy\":\"404\"}");
    assertThat(hidden.text()).startsWith("Not found");
    JsonNode visible =
        sandbox
            .result(
                Sandbox.ADMIN,
                "get_escalation_policy",
                "{\"escalation_policy\":\"Security incidents\"}")
            .structured()
            .path("escalation_policy");
    assertThat(visible.path("levels").get(1).path("users").size()).isEqualTo(2);
    Sandbox.ToolCall ambiguous =
        sandbox.result(Sandbox.ADMIN, "get_escalation_policy", "{\"escalation_policy\":\"p\"}");
    assertThat(ambiguous.text())
        .contains("matches several escalation policies: ")
        .contains("(id 40");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/escalation-policies/402").retryAfter(1));
    assertThat(
            sandbox
                .result(Sandbox.ADMIN, "get_escalation_policy", "{\"escalation_policy\":\"402\"}")
                .text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/escalation-policies/402", 503));
    assertThat(
            sandbox
                .result(Sandbox.ADMIN, "get_escalation_policy", "{\"escalation_policy\":\"402\"}")
                .text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
