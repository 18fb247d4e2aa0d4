package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListScheduleShiftsToolTest {
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
        sandbox.result(Sandbox.ADMIN, "list_schedule_shifts", "{\"schedule\":\"Platform weekly\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("time_zone").asString()).isEqualTo("Europe/Berlin");
    assertThat(call.structured().path("shifts").isArray()).isTrue();
    List<String> requests =
        sandbox.emulator().requests().list().stream()
            .filter(r -> r.startsWith("GET /api/schedules"))
            .toList();
    assertThat(requests)
        .as("the list that resolved the name gives the zone; then the shifts")
        .hasSize(2);
    assertThat(requests.get(0)).startsWith("GET /api/schedules?");
    assertThat(requests.get(1))
        .startsWith("GET /api/schedules/" + Emulated.PLATFORM_WEEKLY + "/shifts");
  }

  @Test
  void weeklyRotationHandsOverOnMondayNineBerlinTime() {
    Instant from = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    Instant until = from.plus(Duration.ofDays(21));
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "list_schedule_shifts",
            "{\"schedule\":\"Platform weekly\",\"from\":\""
                + from
                + "\",\"until\":\""
                + until
                + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode result = call.structured();
    assertThat(result.path("time_zone").asString()).isEqualTo("Europe/Berlin");
    JsonNode shifts = result.path("shifts");
    assertThat(shifts.size()).isBetween(3, 4);
    assertThat(Instant.parse(shifts.get(0).path("start").asString())).isEqualTo(from);
    for (int i = 1; i < shifts.size(); i++) {
      OffsetDateTime handover = OffsetDateTime.parse(shifts.get(i).path("start_local").asString());
      assertThat(handover.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
      assertThat(handover.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
      assertThat(shifts.get(i).path("start").asString())
          .isEqualTo(shifts.get(i - 1).path("end").asString());
      assertThat(shifts.get(i).path("user").path("id").asLong())
          .isNotEqualTo(shifts.get(i - 1).path("user").path("id").asLong());
    }
    long now = shifts.get(0).path("user").path("id").asLong();
    assertThat(emulated.onCallNow(Emulated.PLATFORM_WEEKLY)).contains(now);
  }

  @Test
  void overridesAreAppliedUnlessExcluded() {
    JsonNode with =
        sandbox
            .result(
                Sandbox.ADMIN, "list_schedule_shifts", "{\"schedule\":\"303\",\"from\":\"now\"}")
            .structured()
            .path("shifts");
    assertThat(with.get(0).path("user").path("id").asLong()).isEqualTo(1007L);
    JsonNode without =
        sandbox
            .result(
                Sandbox.ADMIN,
                "list_schedule_shifts",
                "{\"schedule\":\"303\",\"exclude_overrides\":true}")
            .structured()
            .path("shifts");
    assertThat(without.get(0).path("user").path("id").asLong()).isIn(1005L, 1008L);
  }

  @Test
  void badWindowsAndHiddenSchedulesAreActionable() {
    Sandbox.ToolCall backwards =
        sandbox.result(
            Sandbox.ADMIN,
            "list_schedule_shifts",
            "{\"schedule\":\"301\",\"from\":\"2026-12-02T00:00:00Z\",\"until\":\"2026-12-01T00:00:00Z\"}");
    assertThat(backwards.text()).startsWith("from must be before until");
    Sandbox.ToolCall naive =
        sandbox.result(
            Sandbox.ADMIN,
            "list_schedule_shifts",
            "{\"schedule\":\"301\",\"from\":\"2026-12-02T08:00\"}");
    assertThat(naive.isError()).isTrue();
    assertThat(naive.text()).contains("has no time zone");
    Sandbox.ToolCall hidden =
        sandbox.result(Sandbox.RESPONDER, "list_schedule_shifts", "{\"schedule\":\"304\"}");
    assertThat(hidden.text()).startsWith("Not found");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/schedules/301/shifts").retryAfter(1));
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "list_schedule_shifts", "{\"schedule\":\"301\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules/301/shifts", 503));
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "list_schedule_shifts", "{\"schedule\":\"301\"}");
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
  }
}
