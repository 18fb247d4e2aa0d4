package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetScheduleToolTest {
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

  private static JsonNode schedule(String key, String args) {
    Sandbox.ToolCall call = sandbox.result(key, "get_schedule", args);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured().path("schedule");
  }

  @Test
  void showsLayersInOrderWithRotationsAndRestrictions() {
    JsonNode s = schedule(Sandbox.ADMIN, "{\"schedule\":\"Payments follow-the-sun\"}");
    assertThat(s.path("id").asLong()).isEqualTo(302L);
    assertThat(s.path("time_zone").asString()).isEqualTo("America/New_York");
    JsonNode layers = s.path("layers");
    assertThat(layers.size()).isEqualTo(2);
    assertThat(layers.get(0).path("name").asString()).isEqualTo("Istanbul base");
    assertThat(layers.get(0).path("rotation").asString()).isEqualTo("P7D");
    assertThat(layers.get(0).path("users").get(0).path("name").asString())
        .isEqualTo("Deniz Yilmaz");
    assertThat(layers.get(0).path("users").get(1).path("name").asString()).isEqualTo("Kemal Aydin");
    assertThat(layers.get(0).has("restrictions")).isFalse();
    JsonNode business = layers.get(1);
    assertThat(business.path("rotation").asString()).isEqualTo("P1D");
    assertThat(business.path("restrictions").size()).isEqualTo(5);
    assertThat(business.path("restrictions").get(0).asString())
        .isEqualTo("MONDAY 08:00 - MONDAY 20:00");
    assertThat(s.has("current_shift")).isTrue();
    assertThat(s.has("next_shift")).isTrue();
  }

  @Test
  void currentShiftOfTheOverriddenScheduleIsTheOverrideUser() {
    JsonNode s = schedule(Sandbox.STAKEHOLDER, "{\"schedule\":\"303\"}");
    assertThat(s.path("current_shift").path("user").path("id").asLong()).isEqualTo(1007L);
    assertThat(s.path("next_shift").path("user").path("id").asLong()).isIn(1005L, 1008L);
  }

  @Test
  void staticScheduleShowsUpcomingShiftsAndSaysHowManyAreLeftOut() {
    Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS);
    List<Instant> starts = new ArrayList<>();
    starts.add(base.minus(Duration.ofDays(3)));
    for (int i = 0; i < 25; i++) {
      starts.add(base.plus(Duration.ofDays(i)));
    }
    long id = emulated.createStatic("Static cover", 1004L, starts, Duration.ofHours(8));
    JsonNode s = schedule(Sandbox.ADMIN, "{\"schedule\":\"" + id + "\"}");
    assertThat(s.path("type").asString()).isEqualTo("STATIC");
    assertThat(s.has("layers")).isFalse();
    JsonNode shifts = s.path("shifts");
    assertThat(shifts.size()).isEqualTo(GetScheduleTool.MAX_SHIFTS);
    assertThat(Instant.parse(shifts.get(0).path("start").asString())).isEqualTo(base);
    assertThat(shifts.get(0).path("user").path("name").asString()).isEqualTo("Deniz Yilmaz");
    assertThat(s.path("more_shifts").asString()).startsWith("5 later shifts left out");
  }

  @Test
  void unknownAndPrivateSchedulesAreNotFound() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_schedule", "{\"schedule\":\"999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall hidden =
        sandbox.result(Sandbox.RESPONDER, "get_schedule", "{\"schedule\":\"Security weekdays\"}");
    assertThat(hidden.isError()).isTrue();
    assertThat(hidden.text()).contains("No schedule named");
    Sandbox.ToolCall ambiguous =
        sandbox.result(Sandbox.ADMIN, "get_schedule", "{\"schedule\":\"p\"}");
    assertThat(ambiguous.text()).contains("matches several schedules").contains("(id 301)");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/schedules/301").retryAfter(1));
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_schedule", "{\"schedule\":\"301\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules/301", 500));
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "get_schedule", "{\"schedule\":\"301\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable (HTTP 500)");
  }
}
