package org.ilertmcp.server.tools.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreateScheduleOverrideToolTest {
  private static final long PAYMENTS = 302;
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

  private static String args(String schedule, String user, Instant start, Instant end) {
    return "{\"schedule\":\""
        + schedule
        + "\",\"user\":\""
        + user
        + "\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\"}";
  }

  private static Instant hoursFromNow(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(hours));
  }

  @Test
  void putsTheUserOnCallForTheWindow() {
    Instant start = hoursFromNow(1);
    Instant end = hoursFromNow(3);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "create_schedule_override",
            args("Platform weekly", "jonas.becker@demo.invalid", start, end));
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode override = call.structured().path("override");
    assertThat(override.path("user").path("name").asString()).isEqualTo("Jonas Becker");
    assertThat(Instant.parse(override.path("start").asString())).isEqualTo(start);
    OffsetDateTime local = OffsetDateTime.parse(override.path("end_local").asString());
    assertThat(local.getOffset()).isEqualTo(Emulated.BERLIN.getRules().getOffset(end));
    assertThat(call.structured().path("time_zone").asString()).isEqualTo("Europe/Berlin");
    assertThat(emulated.overrides(Emulated.PLATFORM_WEEKLY))
        .anyMatch(o -> o.user().id() == 1010L && o.start().equals(start) && o.end().equals(end));
    Instant middle = start.plus(Duration.ofHours(1));
    assertThat(emulated.onCallAt(Emulated.PLATFORM_WEEKLY, middle)).contains(1010L);
    assertThat(emulated.onCallAt(Emulated.PLATFORM_WEEKLY, end.plusSeconds(60)))
        .isPresent()
        .get()
        .isNotEqualTo(1010L);
    JsonNode who =
        sandbox
            .result(
                Sandbox.RESPONDER,
                "who_is_on_call",
                "{\"schedule\":\"301\",\"at\":\"" + middle + "\"}")
            .structured()
            .path("on_call");
    assertThat(who.get(0).path("user").path("id").asLong()).isEqualTo(1010L);
  }

  @Test
  void responderKeyIsRefusedAndNothingChanges() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "create_schedule_override",
            args("302", "1003", hoursFromNow(1), hoursFromNow(2)));
    assertThat(call.isError()).isTrue();
    assertThat(call.text())
        .contains("so ilert would refuse it")
        .contains("create_schedule_override");
    assertThat(emulated.overrides(PAYMENTS)).isEmpty();
  }

  @Test
  void aServerLimitedToRespondRefusesItByNameAndNothingChanges() {
    try (Sandbox respond =
        Sandbox.start(
            Clock.systemUTC(),
            new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.RESPOND))) {
      JsonNode response =
          respond.call(
              Sandbox.ADMIN,
              "create_schedule_override",
              args("302", "1004", hoursFromNow(1), hoursFromNow(2)));
      assertThat(response.path("result").path("isError").asBoolean())
          .as(response.toString())
          .isTrue();
      assertThat(response.path("result").path("content").get(0).path("text").asString())
          .contains("create_schedule_override needs access tier 'manage'")
          .contains("'respond'");
      assertThat(new Emulated(respond).overrides(PAYMENTS)).isEmpty();
    }
  }

  @Test
  void invalidRequestsChangeNothing() {
    Sandbox.ToolCall stakeholder =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "Sophie Laurent", hoursFromNow(1), hoursFromNow(2)));
    assertThat(stakeholder.text()).contains("refused").contains("stakeholders");
    Sandbox.ToolCall past =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "1004", hoursFromNow(-5), hoursFromNow(-1)));
    assertThat(past.text()).contains("end is in the past");
    Sandbox.ToolCall backwards =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "1004", hoursFromNow(3), hoursFromNow(2)));
    assertThat(backwards.text()).startsWith("start must be before end");
    Sandbox.ToolCall naive =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            "{\"schedule\":\"302\",\"user\":\"1004\",\"start\":\"2030-01-01T10:00\","
                + "\"end\":\"2030-01-01T12:00Z\"}");
    assertThat(naive.text()).contains("no time zone");
    Sandbox.ToolCall ambiguous =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "a", hoursFromNow(1), hoursFromNow(2)));
    assertThat(ambiguous.text()).contains("matches several users");
    Sandbox.ToolCall blank =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            "{\"schedule\":\"302\",\"user\":\"1004\",\"start\":\" \",\"end\":\""
                + hoursFromNow(2)
                + "\"}");
    assertThat(blank.isError()).isTrue();
    assertThat(blank.text()).isEqualTo("`start` is blank; give a value or leave the argument out.");
    assertThat(emulated.overrides(PAYMENTS)).isEmpty();
  }

  @Test
  void rateLimitAndOutageAreReportedAndNothingChanges() {
    sandbox.injectFault(
        FaultRule.rateLimit("/api/schedules/302/overrides").method("PUT").retryAfter(1));
    Sandbox.ToolCall limited =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "1004", hoursFromNow(1), hoursFromNow(2)));
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/schedules/302/overrides", 503));
    Sandbox.ToolCall down =
        sandbox.result(
            Sandbox.ADMIN,
            "create_schedule_override",
            args("302", "1004", hoursFromNow(1), hoursFromNow(2)));
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
    sandbox.emulator().faults().clear();
    assertThat(emulated.overrides(PAYMENTS)).isEmpty();
  }
}
