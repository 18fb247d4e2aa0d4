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

class ListSchedulesToolTest {
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
  void listsSchedulesWithZoneAndCurrentShift() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "list_schedules", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode schedules = call.structured().path("schedules");
    assertThat(ids(schedules)).containsExactly(301L, 302L, 303L, 304L);
    assertThat(call.structured().has("next_cursor")).isFalse();
    JsonNode mobile = schedules.get(2);
    assertThat(mobile.path("name").asString()).isEqualTo("Mobile on-call");
    assertThat(mobile.path("time_zone").asString()).isEqualTo("America/Los_Angeles");
    assertThat(mobile.path("teams").get(0).path("name").asString()).isEqualTo("Mobile");
    assertThat(mobile.path("current_shift").path("user").path("id").asLong()).isEqualTo(1007L);
    assertThat(mobile.path("current_shift").path("start_local").asString()).matches(".*-0[78]:00");
  }

  @Test
  void privateSchedulesAreNotListedForOutsiders() {
    JsonNode schedules =
        sandbox.result(Sandbox.RESPONDER, "list_schedules", "{}").structured().path("schedules");
    assertThat(ids(schedules)).containsExactly(301L, 302L, 303L);
  }

  @Test
  void cursorPagesWithoutRepeats() {
    JsonNode first = sandbox.result(Sandbox.ADMIN, "list_schedules", "{\"limit\":3}").structured();
    assertThat(ids(first.path("schedules"))).containsExactly(301L, 302L, 303L);
    String cursor = first.path("next_cursor").asString();
    JsonNode second =
        sandbox
            .result(Sandbox.ADMIN, "list_schedules", "{\"limit\":3,\"cursor\":\"" + cursor + "\"}")
            .structured();
    assertThat(ids(second.path("schedules"))).containsExactly(304L);
    assertThat(second.has("next_cursor")).isFalse();
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/schedules").retryAfter(1));
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_schedules", "{}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules", 502));
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_schedules", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable").contains("retry");
  }
}
