package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListScheduleOverridesToolTest {
  private static Sandbox sandbox;
  private static Emulated emulated;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    emulated = new Emulated(sandbox);
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
  void aScheduleGivenByNameIsNotReadAgainForItsZone() {
    sandbox.clearLookups();
    sandbox.emulator().requests().clear();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "list_schedule_overrides", "{\"schedule\":\"Platform weekly\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("time_zone").asString()).isEqualTo("Europe/Berlin");
    assertThat(call.structured().path("overrides").isArray()).isTrue();
    List<String> requests =
        sandbox.emulator().requests().list().stream()
            .filter(r -> r.startsWith("GET /api/schedules"))
            .toList();
    assertThat(requests)
        .as("the list that resolved the name gives the zone; then the overrides")
        .hasSize(2);
    assertThat(requests.get(0)).startsWith("GET /api/schedules?");
    assertThat(requests.get(1))
        .startsWith("GET /api/schedules/" + Emulated.PLATFORM_WEEKLY + "/overrides");
  }

  @Test
  void showsTheActiveOverrideOfTheMobileSchedule() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER, "list_schedule_overrides", "{\"schedule\":\"Mobile on-call\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode overrides = call.structured().path("overrides");
    assertThat(overrides.size()).isEqualTo(1);
    JsonNode o = overrides.get(0);
    assertThat(o.path("user").path("name").asString()).isEqualTo("Gabriela Santos");
    assertThat(o.path("active").asBoolean()).isTrue();
    assertThat(Instant.parse(o.path("start").asString()))
        .isEqualTo(emulated.overrides(Emulated.MOBILE_ONCALL).get(0).start());
    assertThat(call.structured().path("time_zone").asString()).isEqualTo("America/Los_Angeles");
  }

  @Test
  void scheduleWithoutOverridesGivesAnEmptyList() {
    JsonNode overrides =
        sandbox
            .result(Sandbox.ADMIN, "list_schedule_overrides", "{\"schedule\":\"301\"}")
            .structured()
            .path("overrides");
    assertThat(overrides.isArray()).isTrue();
    assertThat(overrides).isEmpty();
  }

  @Test
  void unknownAndHiddenSchedules() {
    assertThat(
            sandbox
                .result(Sandbox.ADMIN, "list_schedule_overrides", "{\"schedule\":\"No such\"}")
                .text())
        .contains("No schedule named 'No such'");
    assertThat(
            sandbox
                .result(Sandbox.RESPONDER, "list_schedule_overrides", "{\"schedule\":\"304\"}")
                .text())
        .startsWith("Not found");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/schedules/303/overrides").retryAfter(1));
    assertThat(
            sandbox
                .result(Sandbox.ADMIN, "list_schedule_overrides", "{\"schedule\":\"303\"}")
                .text())
        .contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules/303/overrides", 503));
    assertThat(
            sandbox
                .result(Sandbox.ADMIN, "list_schedule_overrides", "{\"schedule\":\"303\"}")
                .text())
        .contains("ilert is unavailable (HTTP 503)");
  }
}
