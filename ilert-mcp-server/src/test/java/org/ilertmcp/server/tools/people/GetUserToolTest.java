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

class GetUserToolTest {
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

  private static JsonNode user(String key, String value) {
    Sandbox.ToolCall call = sandbox.result(key, "get_user", "{\"user\":\"" + value + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured().path("user");
  }

  private static List<String> teams(JsonNode user) {
    List<String> names = new ArrayList<>();
    user.path("teams").forEach(t -> names.add(t.path("name").asString()));
    return names;
  }

  @Test
  void findsUsersByEmailNameOrIdWithTheirTeams() {
    JsonNode kemal = user(Sandbox.ADMIN, "kemal.aydin@demo.invalid");
    assertThat(kemal.path("id").asLong()).isEqualTo(1011L);
    assertThat(kemal.path("timezone").asString()).isEqualTo("Asia/Istanbul");
    assertThat(kemal.path("department").asString()).isEqualTo("Payments");
    assertThat(teams(kemal)).containsExactly("Payments", "Security");
    assertThat(user(Sandbox.ADMIN, "Ines Keller").path("id").asLong()).isEqualTo(1009L);
    assertThat(user(Sandbox.ADMIN, "1002").path("name").asString()).isEqualTo("Ben Carter");
  }

  @Test
  void aResponderDoesNotSeePrivateTeamMemberships() {
    assertThat(teams(user(Sandbox.RESPONDER, "1011"))).containsExactly("Payments");
  }

  @Test
  void unknownAndAmbiguousUsersAreActionable() {
    Sandbox.ToolCall missing = sandbox.result(Sandbox.ADMIN, "get_user", "{\"user\":\"99999\"}");
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "get_user", "{\"user\":\"nobody@demo.invalid\"}");
    assertThat(unknown.text()).contains("No user named 'nobody@demo.invalid'");
    Sandbox.ToolCall ambiguous = sandbox.result(Sandbox.ADMIN, "get_user", "{\"user\":\"a\"}");
    assertThat(ambiguous.text())
        .contains("matches several users")
        .contains("Amelia Archer (id 1001)");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/users/1004").retryAfter(1));
    assertThat(sandbox.result(Sandbox.ADMIN, "get_user", "{\"user\":\"1004\"}").text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/teams", 503));
    assertThat(sandbox.result(Sandbox.ADMIN, "get_user", "{\"user\":\"1004\"}").text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
