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

class ListUsersToolTest {
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
  void listsAllDemoUsersWithoutContactNumbers() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.STAKEHOLDER, "list_users", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode users = call.structured().path("users");
    assertThat(users.size()).isEqualTo(12);
    assertThat(call.structured().has("next_cursor")).isFalse();
    JsonNode hiro = users.get(7);
    assertThat(hiro.path("id").asLong()).isEqualTo(1008L);
    assertThat(hiro.path("name").asString()).isEqualTo("Hiro Tanaka");
    assertThat(hiro.path("email").asString()).isEqualTo("hiro.tanaka@demo.invalid");
    assertThat(hiro.path("timezone").asString()).isEqualTo("America/Los_Angeles");
    assertThat(hiro.path("role").asString()).isEqualTo("RESPONDER");
    assertThat(call.text()).doesNotContain("555");
  }

  @Test
  void cursorWalksAllUsersWithoutRepeats() {
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 10; page++) {
      String args = "{\"limit\":5" + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}";
      JsonNode result = sandbox.result(Sandbox.ADMIN, "list_users", args).structured();
      result.path("users").forEach(u -> seen.add(u.path("id").asLong()));
      if (!result.has("next_cursor")) {
        break;
      }
      cursor = result.path("next_cursor").asString();
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(12).contains(1001L, 1012L);
  }

  @Test
  void badCursorRateLimitAndOutage() {
    assertThat(sandbox.result(Sandbox.ADMIN, "list_users", "{\"cursor\":\"x\"}").text())
        .contains("next_cursor");
    sandbox.injectFault(FaultRule.rateLimit("/api/users").retryAfter(1));
    assertThat(sandbox.result(Sandbox.ADMIN, "list_users", "{}").text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/users", 503));
    assertThat(sandbox.result(Sandbox.ADMIN, "list_users", "{}").text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
