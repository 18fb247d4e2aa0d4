package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetSuggestedRespondersToolTest {
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
  void suggestsUsersPoliciesAndSchedules() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    Sandbox.ToolCall all =
        sandbox.result(Sandbox.RESPONDER, "get_suggested_responders", AlertFixtures.args(id));
    assertThat(all.isError()).as(all.text()).isFalse();
    JsonNode items = all.structured().path("suggestions");
    long policies = countGroup(items, "ESCALATION_POLICY");
    assertThat(policies).isEqualTo(5); // demo organisation: 5 policies
    assertThat(countGroup(items, "ON_CALL_SCHEDULE")).isEqualTo(4);
    // A user who already responds is disabled, and so is the stakeholder 1012 (cannot respond).
    long pending = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).responders().get(0).userId();
    JsonNode users =
        sandbox
            .result(
                Sandbox.RESPONDER,
                "get_suggested_responders",
                AlertFixtures.args(id, "group", "USER"))
            .structured()
            .path("suggestions");
    assertThat(users).hasSize(12);
    users.forEach(u -> assertThat(u.path("group").asString()).isEqualTo("USER"));
    users.forEach(
        u -> {
          long userId = u.path("id").asLong();
          boolean expectDisabled = userId == pending || userId == 1012;
          assertThat(u.path("disabled").asBoolean())
              .as("user %s", userId)
              .isEqualTo(expectDisabled);
        });
  }

  private static long countGroup(JsonNode items, String group) {
    long n = 0;
    for (JsonNode item : items) {
      if (item.path("group").asString().equals(group)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void unknownAlertAndRateLimitAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_suggested_responders", AlertFixtures.args(999_999_999L));
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    AlertFixtures.rateLimit(sandbox, "GET", "/api/alerts/" + id + "/suggested-responders");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_suggested_responders", AlertFixtures.args(id));
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
