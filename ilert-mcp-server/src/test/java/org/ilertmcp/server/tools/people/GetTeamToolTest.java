package org.ilertmcp.server.tools.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetTeamToolTest {
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
  void showsMembersWithTheirTeamRoles() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "get_team", "{\"team\":\"Security\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode team = call.structured().path("team");
    assertThat(team.path("id").asLong()).isEqualTo(204L);
    assertThat(team.path("visibility").asString()).isEqualTo("PRIVATE");
    JsonNode members = team.path("members");
    assertThat(members.size()).isEqualTo(3);
    assertThat(members.get(0).path("name").asString()).isEqualTo("Amelia Archer");
    assertThat(members.get(0).path("team_role").asString()).isEqualTo("ADMIN");
    assertThat(members.get(1).path("id").asLong()).isEqualTo(1009L);
    assertThat(members.get(1).path("team_role").asString()).isEqualTo("RESPONDER");
    assertThat(members.get(2).path("timezone").asString()).isEqualTo("Asia/Istanbul");
    assertThat(call.text()).doesNotContain("555");
  }

  @Test
  void privateTeamIsHiddenFromOutsidersButVisibleToMembers() {
    assertThat(sandbox.result(Sandbox.RESPONDER, "get_team", "{\"team\":\"Security\"}").text())
        .contains("No team named 'Security'");
    assertThat(sandbox.result(Sandbox.RESPONDER, "get_team", "{\"team\":\"204\"}").text())
        .startsWith("Not found");
    Sandbox.ToolCall member =
        sandbox.result("demo-security-responder-key", "get_team", "{\"team\":\"Security\"}");
    assertThat(member.isError()).as(member.text()).isFalse();
    JsonNode mobile =
        sandbox.result(Sandbox.RESPONDER, "get_team", "{\"team\":\"mobile\"}").structured();
    assertThat(mobile.path("team").path("members").size()).isEqualTo(3);
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/teams/201").retryAfter(1));
    assertThat(sandbox.result(Sandbox.ADMIN, "get_team", "{\"team\":\"201\"}").text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/teams/201", 503));
    assertThat(sandbox.result(Sandbox.ADMIN, "get_team", "{\"team\":\"201\"}").text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
