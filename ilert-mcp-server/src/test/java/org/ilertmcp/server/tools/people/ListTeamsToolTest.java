package org.ilertmcp.server.tools.people;

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

class ListTeamsToolTest {
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

  private static List<String> names(String key, String args) {
    Sandbox.ToolCall call = sandbox.result(key, "list_teams", args);
    assertThat(call.isError()).as(call.text()).isFalse();
    List<String> names = new ArrayList<>();
    call.structured().path("teams").forEach(t -> names.add(t.path("name").asString()));
    return names;
  }

  @Test
  void listsTeamsWithVisibilityAndMemberCount() {
    JsonNode teams = sandbox.result(Sandbox.ADMIN, "list_teams", "{}").structured().path("teams");
    assertThat(teams.size()).isEqualTo(4);
    JsonNode security = teams.get(3);
    assertThat(security.path("id").asLong()).isEqualTo(204L);
    assertThat(security.path("visibility").asString()).isEqualTo("PRIVATE");
    assertThat(security.path("members").asInt()).isEqualTo(3);
    assertThat(teams.get(0).path("members").asInt()).isEqualTo(5);
  }

  @Test
  void privateTeamsAreOnlyListedForMembersAndAdmins() {
    assertThat(names(Sandbox.RESPONDER, "{}")).containsExactly("Platform", "Payments", "Mobile");
    assertThat(names("demo-security-responder-key", "{}")).contains("Security");
  }

  @Test
  void filtersByMemberGivenByName() {
    assertThat(names(Sandbox.ADMIN, "{\"member\":\"Gabriela Santos\"}"))
        .containsExactly("Payments", "Mobile");
    assertThat(sandbox.result(Sandbox.ADMIN, "list_teams", "{\"member\":\"zzz\"}").text())
        .contains("No user named 'zzz'");
  }

  @Test
  void memberTakesAUserIdInTheFormsOtherUserArgumentsTake() {
    assertThat(names(Sandbox.ADMIN, "{\"member\":\"#1007\"}"))
        .containsExactly("Payments", "Mobile");
    assertThat(names(Sandbox.ADMIN, "{\"member\":1007}")).containsExactly("Payments", "Mobile");
    Sandbox.ToolCall zero = sandbox.result(Sandbox.ADMIN, "list_teams", "{\"member\":0}");
    assertThat(zero.isError()).as(zero.text()).isTrue();
    assertThat(zero.text()).contains("`member` is a numeric ilert id");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/teams").retryAfter(1));
    assertThat(sandbox.result(Sandbox.ADMIN, "list_teams", "{}").text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/teams", 503));
    assertThat(sandbox.result(Sandbox.ADMIN, "list_teams", "{}").text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
