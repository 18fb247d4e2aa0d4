package org.ilertmcp.server.tools.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetCurrentUserToolTest {
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

  private static JsonNode me(String key) {
    Sandbox.ToolCall call = sandbox.result(key, "get_current_user", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.text()).doesNotContain("+1 555");
    return call.structured().path("user");
  }

  @Test
  void eachKeySeesItsOwnUserAndRole() {
    JsonNode admin = me(Sandbox.ADMIN);
    assertThat(admin.path("id").asLong()).isEqualTo(1001L);
    assertThat(admin.path("name").asString()).isEqualTo("Amelia Archer");
    assertThat(admin.path("role").asString()).isEqualTo("ADMIN");
    assertThat(admin.path("timezone").asString()).isEqualTo("Europe/Berlin");
    JsonNode stakeholder = me(Sandbox.STAKEHOLDER);
    assertThat(stakeholder.path("id").asLong()).isEqualTo(1012L);
    assertThat(stakeholder.path("role").asString()).isEqualTo("STAKEHOLDER");
    assertThat(stakeholder.path("email").asString()).isEqualTo("sophie.laurent@demo.invalid");
    assertThat(stakeholder.path("position").asString()).isEqualTo("Head of Operations");
    JsonNode responder = me(Sandbox.RESPONDER);
    assertThat(responder.path("id").asLong()).isEqualTo(1003L);
    assertThat(responder.path("teams").size()).isEqualTo(1);
    assertThat(responder.path("teams").get(0).path("name").asString()).isEqualTo("Platform");
    assertThat(admin.path("teams").get(1).path("name").asString()).isEqualTo("Security");
  }

  @Test
  void anUnknownKeyIsRejected() {
    Sandbox.ToolCall call = sandbox.result("not-a-demo-key", "get_current_user", "{}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("ilert rejected the API key").doesNotContain("not-a-demo-key");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/users/current").retryAfter(1));
    assertThat(sandbox.result(Sandbox.USER, "get_current_user", "{}").text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/users/current", 503));
    Sandbox.ToolCall down = sandbox.result(Sandbox.USER, "get_current_user", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
  }
}
