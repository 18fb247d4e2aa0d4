package org.ilertmcp.server.tools.analysis.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.DemoRotation;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * who_gets_paged against the emulator on a fixed clock: 07:30 UTC on the Monday after Berlin leaves
 * summer time (as on 2026-10-26): 08:30 CET, half an hour before the weekly 09:00 handover of 301,
 * and half an hour after a fixed 168-hour rotation would have handed over.
 */
class WhoGetsPagedToolTest {
  static final Instant NOW = DemoRotation.mondayAfterNextDstEnd(LocalTime.of(7, 30));

  private static Sandbox sandbox;
  private static IlertClient ilert;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.at(NOW);
    ilert = DemoRotation.client(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.emulator().faults().clear();
  }

  private static JsonNode paged(String key, String args) {
    Sandbox.ToolCall call = sandbox.result(key, "who_gets_paged", args);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured();
  }

  private static List<Long> reached(JsonNode level) {
    return DemoRotation.ids(level.path("reaches"));
  }

  private static List<Integer> timeouts(long policyId) {
    EscalationPolicy p = ilert.escalationPolicies().get(DemoRotation.admin(), policyId);
    return p.escalationRules().stream().map(EscalationRule::escalationTimeout).toList();
  }

  @Test
  void theActiveOverrideIsPagedInsteadOfTheRotationAndDelaysFollowThePolicy() {
    List<Shift> overrides = ilert.schedules().overrides(DemoRotation.admin(), 303);
    assertThat(overrides)
        .anyMatch(o -> o.user().id() == 1007L && !o.start().isAfter(NOW) && o.end().isAfter(NOW));
    long rotationUser = DemoRotation.MOBILE.userAt(NOW, NOW);
    assertThat(rotationUser).isNotEqualTo(1007L);

    JsonNode r = paged(Sandbox.RESPONDER, "{\"escalation_policy\":\"Mobile\"}");
    assertThat(r.path("policy").path("id").asLong()).isEqualTo(403L);
    assertThat(r.path("priority").asString()).isEqualTo("HIGH");
    JsonNode levels = r.path("levels");
    assertThat(levels.size()).isEqualTo(2);
    JsonNode first = levels.get(0);
    assertThat(reached(first)).containsExactly(1007L).doesNotContain(rotationUser);
    assertThat(first.path("reaches").get(0).path("via").asString())
        .isEqualTo("schedule Mobile on-call");
    assertThat(first.path("fires_at").asString()).isEqualTo(NOW.toString());
    assertThat(first.path("time_zone").asString()).isEqualTo("America/Los_Angeles");
    assertThat(first.path("source").asString())
        .isEqualTo("get_escalation_policy 403, list_schedule_shifts 303");
    List<Integer> timeouts = timeouts(403);
    assertThat(first.path("minutes_after_at").asInt()).isZero();
    assertThat(first.path("minutes_to_next").asInt()).isEqualTo(timeouts.get(0));
    JsonNode second = levels.get(1);
    assertThat(second.path("level").asInt()).isEqualTo(2);
    assertThat(second.path("minutes_after_at").asInt()).isEqualTo(timeouts.get(0));
    assertThat(reached(second)).containsExactly(1007L);
    assertThat(second.path("reaches").get(0).path("via").asString()).isEqualTo("user");
    assertThat(second.has("minutes_to_next")).isFalse();
    assertThat(r.path("repeats").path("repeating").asBoolean()).isFalse();
    assertThat(r.has("missing")).isFalse();
  }

  @Test
  void aWeeklyHandoverStaysAtNineBerlinTimeAcrossTheDstChange() {
    Instant at = NOW;
    assertThat(DemoRotation.BERLIN.getRules().isDaylightSavings(at.minus(Duration.ofDays(2))))
        .as("summer time ended the day before")
        .isTrue();
    long expected = DemoRotation.PLATFORM.userAt(NOW, at);
    long fixed168h = DemoRotation.PLATFORM.fixedDurationUserAt(NOW, at);
    assertThat(expected).as("a 168-hour rotation would differ here").isNotEqualTo(fixed168h);

    JsonNode r = paged(Sandbox.RESPONDER, "{\"escalation_policy\":\"401\",\"at\":\"" + at + "\"}");
    JsonNode levels = r.path("levels");
    JsonNode first = levels.get(0);
    assertThat(first.path("round").asInt()).isEqualTo(1);
    assertThat(reached(first)).containsExactly(expected).doesNotContain(fixed168h);
    assertThat(OffsetDateTime.parse(first.path("fires_at_local").asString()))
        .isEqualTo(
            OffsetDateTime.of(
                at.atZone(ZoneOffset.UTC).toLocalDate(),
                LocalTime.of(8, 30),
                ZoneOffset.ofHours(1)));
    assertThat(first.path("time_zone").asString()).isEqualTo("Europe/Berlin");

    // Levels 2 and 3 page 1010 and 1001 directly; then the policy repeats once (frequency 1).
    List<Integer> timeouts = timeouts(401);
    assertThat(reached(levels.get(1))).containsExactly(1010L);
    assertThat(reached(levels.get(2))).containsExactly(1001L);
    assertThat(r.path("repeats").path("repeating").asBoolean()).isTrue();
    assertThat(r.path("repeats").path("times").asInt()).isEqualTo(1);
    assertThat(levels.size()).isEqualTo(6);
    JsonNode again = levels.get(3);
    assertThat(again.path("round").asInt()).isEqualTo(2);
    assertThat(again.path("level").asInt()).isEqualTo(1);
    int restart = timeouts.get(0) + timeouts.get(1) + timeouts.get(2);
    assertThat(again.path("minutes_after_at").asInt()).isEqualTo(restart);
    // The repeat fires after the 09:00 CET handover, so it reaches the next person.
    Instant repeatAt = at.plus(Duration.ofMinutes(restart));
    long afterHandover = DemoRotation.PLATFORM.userAt(NOW, repeatAt);
    assertThat(afterHandover).isNotEqualTo(expected);
    assertThat(reached(again)).containsExactly(afterHandover);
  }

  @Test
  void aLevelNobodyCoversIsSkippedAndTheNextFiresAtOnce() {
    Instant saturday =
        NOW.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2)).plus(Duration.ofHours(12));
    assertThat(DemoRotation.securityWindowCovers(saturday)).isFalse();
    assertThat(
            ilert
                .schedules()
                .shifts(
                    DemoRotation.admin(),
                    304,
                    new ShiftQuery(saturday, saturday.plusSeconds(60), false)))
        .isEmpty();

    JsonNode r =
        paged(
            Sandbox.ADMIN,
            "{\"escalation_policy\":\"Security incidents\",\"at\":\"" + saturday + "\"}");
    JsonNode levels = r.path("levels");
    assertThat(levels.size()).isEqualTo(2);
    JsonNode first = levels.get(0);
    assertThat(first.path("skipped").asBoolean()).isTrue();
    assertThat(first.path("reaches")).isEmpty();
    assertThat(first.path("reason").asString()).contains("Security weekdays");
    assertThat(first.path("minutes_to_next").asInt()).isZero();
    JsonNode second = levels.get(1);
    assertThat(second.path("minutes_after_at").asInt()).isZero();
    assertThat(second.path("fires_at").asString()).isEqualTo(saturday.toString());
    assertThat(reached(second)).containsExactlyInAnyOrder(1009L, 1011L);
    // The same private policy is invisible to a responder outside the Security team.
    Sandbox.ToolCall hidden =
        sandbox.result(Sandbox.RESPONDER, "who_gets_paged", "{\"escalation_policy\":\"404\"}");
    assertThat(hidden.isError()).isTrue();
    assertThat(hidden.text()).contains("Not found");
  }

  @Test
  void aLowPriorityAlertNotifiesOnlyTheFirstLevel() {
    JsonNode low = paged(Sandbox.RESPONDER, "{\"alert_source\":\"Nagios legacy hosts\"}");
    assertThat(low.path("priority").asString()).isEqualTo("LOW");
    assertThat(low.path("priority_basis").asString())
        .contains("LOW")
        .contains("get_alert_source 504");
    assertThat(low.path("alert_source").path("id").asLong()).isEqualTo(504L);
    assertThat(low.path("policy").path("id").asLong()).isEqualTo(405L);
    assertThat(low.path("levels").size()).isEqualTo(1);
    assertThat(reached(low.path("levels").get(0))).containsExactly(1010L);

    JsonNode high =
        paged(Sandbox.RESPONDER, "{\"alert_source\":\"504\",\"priority\":\"HIGH\",\"at\":\"1h\"}");
    assertThat(high.path("priority_basis").asString()).isEqualTo("given as input");
    assertThat(high.path("levels").size()).isEqualTo(2);
    assertThat(reached(high.path("levels").get(1))).containsExactly(1002L);
    assertThat(high.path("levels").get(1).path("minutes_after_at").asInt())
        .isEqualTo(timeouts(405).get(0));
    assertThat(high.path("low_priority").path("reaches").get(0).path("id").asLong())
        .isEqualTo(1010L);

    // For a HIGH policy, low_priority says what a LOW alert would do: level 1 only.
    JsonNode platform =
        paged(Sandbox.RESPONDER, "{\"escalation_policy\":\"401\",\"at\":\"" + NOW + "\"}");
    assertThat(DemoRotation.ids(platform.path("low_priority").path("reaches")))
        .containsExactly(DemoRotation.PLATFORM.userAt(NOW, NOW));
    assertThat(platform.path("low_priority").path("rule").asString()).contains("only the first");
  }

  @Test
  void anExistingAlertIsSimulatedFromItsReportTimeLikeTheEmulatorEscalatedIt() {
    AlertSnapshot open =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> "checkout-5xx".equals(a.alertKey()) && a.status().equals("PENDING"))
            .findFirst()
            .orElseThrow();
    JsonNode r = paged(Sandbox.RESPONDER, "{\"alert_id\":\"" + open.id() + "\"}");
    assertThat(r.path("alert").path("id").asLong()).isEqualTo(open.id());
    assertThat(r.path("policy").path("id").asLong()).isEqualTo(open.policyId());
    assertThat(r.path("at").asString())
        .isEqualTo(open.reportTime().truncatedTo(ChronoUnit.SECONDS).toString());
    long fired = 0;
    for (JsonNode level : r.path("levels")) {
      if (!Instant.parse(level.path("fires_at").asString()).isAfter(NOW)) {
        fired++;
      }
    }
    // The emulator's engine has notified escalationLevel + 1 levels by now.
    assertThat(fired).isEqualTo(open.escalationLevel() + 1L);
    JsonNode current = r.path("levels").get(open.escalationLevel());
    List<Long> pending =
        open.responders().stream()
            .filter(x -> x.status().equals("PENDING"))
            .map(AlertSnapshot.ResponderSnapshot::userId)
            .toList();
    assertThat(reached(current)).containsExactlyInAnyOrderElementsOf(pending);
  }

  @Test
  void aFailedScheduleReadIsListedAsMissingInsteadOfFailingTheCall() {
    sandbox.injectFault(FaultRule.serverError("/api/schedules/303/shifts", 503));
    JsonNode r = paged(Sandbox.RESPONDER, "{\"escalation_policy\":\"403\"}");
    assertThat(r.path("missing").findValuesAsString("section"))
        .contains("list_schedule_shifts 303");
    JsonNode first = r.path("levels").get(0);
    assertThat(first.path("skipped").asBoolean(false)).isFalse();
    assertThat(first.path("unresolved").get(0).asString()).contains("schedule 303");
    assertThat(reached(r.path("levels").get(1))).containsExactly(1007L);
  }

  @Test
  void badInputAndUnknownPoliciesAreErrorsTheModelCanAct() {
    Sandbox.ToolCall two =
        sandbox.result(
            Sandbox.RESPONDER,
            "who_gets_paged",
            "{\"escalation_policy\":\"401\",\"alert_source\":\"501\"}");
    assertThat(two.isError()).isTrue();
    assertThat(two.text())
        .contains("exactly one of alert_source, escalation_policy or alert_id")
        .contains("not alert_source and escalation_policy");
    Sandbox.ToolCall none = sandbox.result(Sandbox.RESPONDER, "who_gets_paged", "{}");
    assertThat(none.isError()).isTrue();
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.RESPONDER, "who_gets_paged", "{\"escalation_policy\":\"999999\"}");
    assertThat(unknown.isError()).isTrue();
    assertThat(unknown.text()).contains("Not found");
    Sandbox.ToolCall naive =
        sandbox.result(
            Sandbox.RESPONDER,
            "who_gets_paged",
            "{\"escalation_policy\":\"401\",\"at\":\"2030-10-28T07:30\"}");
    assertThat(naive.text()).contains("no time zone");
  }

  @Test
  void aLowAlertWhoseFirstLevelReachesNobodyNotifiesNobody() {
    Instant saturday =
        NOW.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2)).plus(Duration.ofHours(12));
    JsonNode r =
        paged(
            Sandbox.ADMIN,
            "{\"escalation_policy\":\"404\",\"priority\":\"LOW\",\"at\":\"" + saturday + "\"}");
    assertThat(r.path("levels").size()).isEqualTo(1);
    assertThat(r.path("levels").get(0).path("skipped").asBoolean()).isTrue();
    assertThat(r.path("levels").get(0).has("minutes_to_next")).isFalse();
  }

  @Test
  void whenNoLevelReachesAnybodyIlertStopsAtOnce() {
    PagingSimulation.Reached nobody =
        new PagingSimulation.Reached(List.of(), List.of(), "nobody on call");
    PagingSimulation.Outcome outcome =
        PagingSimulation.run(
            new PagingSimulation.Policy(List.of(5, 10), true, 2, 3),
            true,
            NOW,
            (index, at) -> nobody);
    assertThat(outcome.steps()).isEmpty();
    assertThat(outcome.stop()).contains("no level reaches anybody");
  }

  @Test
  void theDefinitionStaysWithinItsTokenBudget() {
    assertThat(DemoRotation.tokens(new WhoGetsPagedTool())).isLessThanOrEqualTo(330);
  }
}
