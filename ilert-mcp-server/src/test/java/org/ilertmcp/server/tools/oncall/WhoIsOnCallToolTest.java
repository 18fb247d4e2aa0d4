package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WhoIsOnCallToolTest {
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

  private static JsonNode onCall(String key, String args) {
    Sandbox.ToolCall call = sandbox.result(key, "who_is_on_call", args);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured().path("on_call");
  }

  @Test
  void scheduleWithActiveOverrideShowsTheOverrideUserInUtcAndLocalTime() {
    JsonNode entries = onCall(Sandbox.STAKEHOLDER, "{\"schedule\":\"Mobile on-call\"}");
    assertThat(entries.size()).isEqualTo(1);
    JsonNode e = entries.get(0);
    assertThat(e.path("user").path("id").asLong()).isEqualTo(1007L);
    assertThat(emulated.onCallNow(Emulated.MOBILE_ONCALL)).contains(1007L);
    assertThat(e.path("user").path("name").asString()).isEqualTo("Gabriela Santos");
    assertThat(e.path("time_zone").asString()).isEqualTo("America/Los_Angeles");
    Instant start = Instant.parse(e.path("start").asString());
    OffsetDateTime local = OffsetDateTime.parse(e.path("start_local").asString());
    assertThat(local.toInstant()).isEqualTo(start);
    assertThat(local.getOffset()).isEqualTo(Emulated.LOS_ANGELES.getRules().getOffset(start));
    Instant override = emulated.overrides(Emulated.MOBILE_ONCALL).get(0).start();
    assertThat(start).isEqualTo(override);
  }

  @Test
  void readsTheSchedulesItNamesOnceAndNotOneByOne() {
    sandbox.clearLookups();
    sandbox.emulator().requests().clear();
    JsonNode everyone = onCall(Sandbox.ADMIN, "{}");
    List<Long> scheduleIds = new ArrayList<>();
    everyone.forEach(
        e -> {
          if (e.has("schedule")) {
            scheduleIds.add(e.path("schedule").path("id").asLong());
            assertThat(e.path("time_zone").asString()).isNotBlank();
          }
        });
    assertThat(scheduleIds.stream().distinct().count()).isGreaterThan(1);
    assertThat(scheduleRequests())
        .as("one read of the schedule list instead of one read per schedule")
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("GET /api/schedules?");

    sandbox.clearLookups();
    sandbox.emulator().requests().clear();
    JsonNode byName = onCall(Sandbox.ADMIN, "{\"schedule\":\"Platform weekly\"}");
    assertThat(byName.get(0).path("time_zone").asString()).isNotBlank();
    assertThat(scheduleRequests())
        .as("the list that resolved the name also gives the schedule's zone")
        .noneMatch(r -> r.matches("GET /api/schedules/\\d+"));
  }

  /** The schedule reads the emulator received, shifts left out. */
  private static List<String> scheduleRequests() {
    return sandbox.emulator().requests().list().stream()
        .filter(r -> r.startsWith("GET /api/schedules"))
        .filter(r -> !r.contains("/shifts"))
        .toList();
  }

  @Test
  void policyLevelsComeFromItsScheduleAndItsDirectUsers() {
    JsonNode entries = onCall(Sandbox.RESPONDER, "{\"escalation_policy\":\"Mobile\"}");
    assertThat(entries.size()).isEqualTo(2);
    JsonNode first = entries.get(0);
    assertThat(first.path("level").asInt()).isEqualTo(1);
    assertThat(first.path("escalation_policy").path("id").asLong()).isEqualTo(403L);
    assertThat(first.path("schedule").path("id").asLong()).isEqualTo(Emulated.MOBILE_ONCALL);
    assertThat(first.path("user").path("id").asLong()).isEqualTo(1007L);
    JsonNode second = entries.get(1);
    assertThat(second.path("level").asInt()).isEqualTo(2);
    assertThat(second.has("schedule")).isFalse();
    assertThat(second.path("user").path("id").asLong()).isEqualTo(1007L);
  }

  @Test
  void teamMeansItsPoliciesAndUserMeansTheirDuties() {
    JsonNode byTeam = onCall(Sandbox.ADMIN, "{\"team\":\"Payments\"}");
    assertThat(byTeam.size()).isPositive();
    byTeam.forEach(e -> assertThat(e.path("escalation_policy").path("id").asLong()).isEqualTo(402));
    Sandbox.ToolCall otherTeams =
        sandbox.result(
            Sandbox.ADMIN, "who_is_on_call", "{\"team\":\"Mobile\",\"escalation_policy\":\"402\"}");
    assertThat(otherTeams.structured().path("on_call")).isEmpty();
    assertThat(otherTeams.structured().has("note")).isTrue();
    JsonNode byUser = onCall(Sandbox.ADMIN, "{\"user\":\"gabriela.santos@demo.invalid\"}");
    byUser.forEach(e -> assertThat(e.path("user").path("id").asLong()).isEqualTo(1007));
    assertThat(byUser.findValues("escalation_policy")).anyMatch(p -> p.path("id").asLong() == 403);
  }

  @Test
  void atAGivenTimeFollowsRotationAndRestrictions() {
    Instant wednesday = Emulated.next(DayOfWeek.WEDNESDAY, LocalTime.NOON, Emulated.BERLIN);
    JsonNode working = onCall(Sandbox.ADMIN, "{\"schedule\":\"304\",\"at\":\"" + wednesday + "\"}");
    assertThat(working.size()).isEqualTo(1);
    long user = working.get(0).path("user").path("id").asLong();
    assertThat(user).isIn(1009L, 1011L);
    assertThat(emulated.onCallAt(Emulated.SECURITY_WEEKDAYS, wednesday)).contains(user);
    assertThat(Instant.parse(working.get(0).path("start").asString())).isBeforeOrEqualTo(wednesday);
    assertThat(Instant.parse(working.get(0).path("end").asString())).isAfter(wednesday);
    Instant sunday = Emulated.next(DayOfWeek.SUNDAY, LocalTime.NOON, Emulated.BERLIN);
    Sandbox.ToolCall weekend =
        sandbox.result(
            Sandbox.ADMIN, "who_is_on_call", "{\"schedule\":\"304\",\"at\":\"" + sunday + "\"}");
    assertThat(weekend.structured().path("on_call")).isEmpty();
    assertThat(weekend.structured().path("note").asString()).startsWith("Nobody is on call");
    Instant later = Instant.now().plus(Duration.ofDays(2));
    JsonNode mobile =
        onCall(Sandbox.ADMIN, "{\"escalation_policy\":\"403\",\"at\":\"" + later + "\"}");
    long rotation = mobile.get(0).path("user").path("id").asLong();
    assertThat(rotation).isIn(1005L, 1008L);
    assertThat(emulated.onCallAt(Emulated.MOBILE_ONCALL, later)).contains(rotation);
  }

  @Test
  void privateScheduleIsHiddenFromOutsiders() {
    Sandbox.ToolCall byName =
        sandbox.result(Sandbox.RESPONDER, "who_is_on_call", "{\"schedule\":\"Security weekdays\"}");
    assertThat(byName.isError()).isTrue();
    assertThat(byName.text()).contains("No schedule named 'Security weekdays'");
    Sandbox.ToolCall byId =
        sandbox.result(Sandbox.RESPONDER, "who_is_on_call", "{\"schedule\":\"304\"}");
    assertThat(byId.isError()).isTrue();
    assertThat(byId.text()).startsWith("Not found");
  }

  @Test
  void anIdThatNamesNothingIsNotFoundRatherThanNobodyOnCall() {
    // 1001 is a user's id, easily passed as a policy or team by mistake.
    for (String filter : new String[] {"escalation_policy", "team"}) {
      Sandbox.ToolCall wrong =
          sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"" + filter + "\":1001}");
      assertThat(wrong.isError()).as(filter + ": " + wrong.text()).isTrue();
      assertThat(wrong.text()).startsWith("Not found").contains("1001").doesNotContain("Nobody");
    }
    Sandbox.ToolCall user =
        sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"user\":\"999999\"}");
    assertThat(user.isError()).as(user.text()).isTrue();
    assertThat(user.text()).startsWith("Not found").contains("999999");
    // A user who exists and has no duty is still answered with the note.
    Sandbox.ToolCall offDuty = sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"user\":1012}");
    assertThat(offDuty.isError()).as(offDuty.text()).isFalse();
    assertThat(offDuty.structured().path("note").asString()).startsWith("Nobody is on call");
  }

  @Test
  void naiveTimesAndAmbiguousNamesAreActionable() {
    Sandbox.ToolCall naive =
        sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"at\":\"2026-12-01T10:00\"}");
    assertThat(naive.isError()).isTrue();
    assertThat(naive.text()).contains("no time zone").contains("2026-12-01T10:00Z");
    Sandbox.ToolCall ambiguous =
        sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"user\":\"a\"}");
    assertThat(ambiguous.isError()).isTrue();
    assertThat(ambiguous.text()).contains("matches several users").contains("(id 10");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    sandbox.injectFault(FaultRule.rateLimit("/api/on-calls").method("GET").retryAfter(1));
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules/**", 503));
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "who_is_on_call", "{\"schedule\":\"301\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
  }
}
