package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListEscalationPoliciesToolTest {
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

  private static List<Long> ids(JsonNode items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  @Test
  void listsPoliciesWithRoutingKeysTeamsAndLevelCounts() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "list_escalation_policies", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode policies = call.structured().path("escalation_policies");
    assertThat(ids(policies)).containsExactly(401L, 402L, 403L, 404L, 405L);
    JsonNode platform = policies.get(0);
    assertThat(platform.path("name").asString()).isEqualTo("Platform critical");
    assertThat(platform.path("routing_key").asString()).isEqualTo("platform");
    assertThat(platform.path("levels").asInt()).isEqualTo(3);
    assertThat(platform.path("teams").get(0).path("name").asString()).isEqualTo("Platform");
    assertThat(policies.get(4).has("routing_key")).isFalse();
  }

  @Test
  void privatePolicyIsHiddenAndCursorPages() {
    JsonNode first =
        sandbox.result(Sandbox.RESPONDER, "list_escalation_policies", "{\"limit\":2}").structured();
    assertThat(ids(first.path("escalation_policies"))).containsExactly(401L, 402L);
    JsonNode second =
        sandbox
            .result(
                Sandbox.RESPONDER,
                "list_escalation_policies",
                "{\"limit\":2,\"cursor\":\"" + first.path("next_cursor").asString() + "\"}")
            .structured();
    assertThat(ids(second.path("escalation_policies"))).containsExactly(403L, 405L);
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/escalation-policies").retryAfter(1));
    assertThat(sandbox.result(Sandbox.ADMIN, "list_escalation_policies", "{}").text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/escalation-policies", 503));
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_escalation_policies", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
  }
}
