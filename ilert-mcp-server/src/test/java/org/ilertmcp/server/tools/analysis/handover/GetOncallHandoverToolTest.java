package org.ilertmcp.server.tools.analysis.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.schedules.Shift;
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
 * get_oncall_handover against the emulator on a fixed clock: 12:00 UTC on the Wednesday after
 * Berlin leaves summer time, so the last weekly shift of 301 spans the change (169 hours).
 */
class GetOncallHandoverToolTest {
  static final Instant NOW =
      DemoRotation.mondayAfterNextDstEnd(LocalTime.NOON).plus(Duration.ofDays(2));

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

  @Test
  void aSubjectGivenByNameIsNotReadAgainAfterTheListThatNamedIt() {
    sandbox.clearLookups();
    sandbox.emulator().requests().clear();
    JsonNode byUser = handover(Sandbox.ADMIN, "{\"user\":\"Chloe Dubois\"}");
    assertThat(byUser.path("subject").path("name").asString()).isEqualTo("Chloe Dubois");
    long user = byUser.path("subject").path("id").asLong();
    assertThat(sandbox.emulator().requests().list())
        .as("the user list that resolved the name gives the subject's name")
        .anyMatch(r -> r.startsWith("GET /api/users?"))
        .doesNotContain("GET /api/users/" + user);

    sandbox.clearLookups();
    sandbox.emulator().requests().clear();
    JsonNode bySchedule = handover(Sandbox.ADMIN, "{\"schedule\":\"Platform weekly\"}");
    long schedule = bySchedule.path("subject").path("id").asLong();
    assertThat(bySchedule.path("subject").path("name").asString()).isEqualTo("Platform weekly");
    assertThat(sandbox.emulator().requests().list())
        .as("the schedule list that resolved the name gives the subject")
        .doesNotContain("GET /api/schedules/" + schedule);
  }

  private static JsonNode handover(String key, String args) {
    Sandbox.ToolCall call = sandbox.result(key, "get_oncall_handover", args);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured();
  }

  /** Ids of the policies whose levels page through {@code scheduleId}, read from ilert. */
  private static Set<Long> policiesUsing(long scheduleId) {
    return ilert.escalationPolicies().listAll(DemoRotation.admin(), 100).stream()
        .filter(
            p ->
                p.escalationRules().stream()
                    .anyMatch(
                        r ->
                            r.schedules() != null
                                && r.schedules().stream().anyMatch(s -> s.id() == scheduleId)))
        .map(EscalationPolicy::id)
        .collect(Collectors.toSet());
  }

  private static List<AlertSnapshot> raised(Set<Long> policies, Instant from, Instant until) {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> policies.contains(a.policyId()))
        .filter(a -> !a.reportTime().isBefore(from) && a.reportTime().isBefore(until))
        .toList();
  }

  private static Set<Long> openNow(Set<Long> policies) {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> policies.contains(a.policyId()))
        .filter(a -> a.status().equals("PENDING") || a.status().equals("ACCEPTED"))
        .map(AlertSnapshot::id)
        .collect(Collectors.toSet());
  }

  /**
   * Every alert open now on the policies appears once: in "alerts" (raised in the window, with its
   * status) or in "open_alerts" (raised outside it), never in both.
   */
  private static void assertOpenAlertsOnce(JsonNode r, Set<Long> policies) {
    Set<Long> listed = idSet(r.path("alerts"));
    Set<Long> open = idSet(r.path("open_alerts"));
    assertThat(java.util.Collections.disjoint(open, listed)).as("listed once").isTrue();
    Set<Long> expected = new HashSet<>(openNow(policies));
    expected.removeAll(listed);
    assertThat(open).isEqualTo(expected);
    Set<Long> openInAlerts = new HashSet<>(openNow(policies));
    openInAlerts.retainAll(listed);
    assertThat(r.path("summary").asString())
        .contains(
            "Open now: "
                + openNow(policies).size()
                + (openNow(policies).isEmpty()
                    ? ""
                    : " (" + openInAlerts.size() + " raised in this window, " + open.size()));
  }

  private static Set<Long> idSet(JsonNode array) {
    return new HashSet<>(DemoRotation.ids(array));
  }

  private static Instant instant(JsonNode node) {
    return Instant.parse(node.asString());
  }

  @Test
  void theLastEndedShiftOfAScheduleListsExactlyItsAlertsOpenItemsAndTheNextPerson() {
    DemoRotation platform = DemoRotation.PLATFORM;
    long k = platform.index(NOW, NOW);
    Instant from = platform.boundary(NOW, k - 1);
    Instant until = platform.boundary(NOW, k);
    assertThat(Duration.between(from, until)).isEqualTo(Duration.ofHours(169));
    long onCall = platform.users().get((int) ((k - 1) % 3));
    long next = platform.users().get((int) (k % 3));
    Set<Long> policies = policiesUsing(301);
    assertThat(policies).containsExactly(401L);
    List<AlertSnapshot> expected = raised(policies, from, until);
    assertThat(expected).isNotEmpty();

    JsonNode r = handover(Sandbox.RESPONDER, "{\"schedule\":\"Platform weekly\"}");
    assertThat(instant(r.path("window").path("from"))).isEqualTo(from);
    assertThat(instant(r.path("window").path("until"))).isEqualTo(until);
    assertThat(r.path("shifts").size()).isEqualTo(1);
    assertThat(r.path("shifts").get(0).path("user").path("id").asLong()).isEqualTo(onCall);
    assertThat(r.path("shifts").get(0).path("start_local").asString()).endsWith("+02:00");
    assertThat(r.path("shifts").get(0).path("end_local").asString()).endsWith("+01:00");
    assertThat(idSet(r.path("escalation_policies"))).isEqualTo(policies);
    assertThat(idSet(r.path("alerts")))
        .isEqualTo(expected.stream().map(AlertSnapshot::id).collect(Collectors.toSet()));
    assertOpenAlertsOnce(r, policies);
    assertThat(r.path("next_shifts").size()).isEqualTo(1);
    assertThat(r.path("next_shifts").get(0).path("user").path("id").asLong()).isEqualTo(next);
    assertThat(instant(r.path("next_shifts").get(0).path("start"))).isEqualTo(until);
    assertThat(r.path("overrides")).isEmpty();
    assertThat(r.has("missing")).isFalse();

    Map<Long, AlertSnapshot> byId =
        expected.stream().collect(Collectors.toMap(AlertSnapshot::id, Function.identity()));
    int accepted = 0;
    for (JsonNode a : r.path("alerts")) {
      AlertSnapshot s = byId.get(a.path("id").asLong());
      assertThat(a.path("status").asString()).isEqualTo(s.status());
      if (s.acceptedOn() != null) {
        accepted++;
        assertThat(a.path("minutes_to_accept").asLong())
            .isEqualTo(Duration.between(s.reportTime(), s.acceptedOn()).toMinutes());
        assertThat(s.responders())
            .anyMatch(
                x ->
                    x.status().equals("ACCEPTED")
                        && x.userId() == a.path("accepted_by").path("id").asLong());
      } else {
        assertThat(a.has("accepted_by")).isFalse();
      }
      if (s.resolvedOn() != null) {
        assertThat(a.path("minutes_to_resolve").asLong())
            .isEqualTo(Duration.between(s.reportTime(), s.resolvedOn()).toMinutes());
      }
    }
    assertThat(r.path("summary").asString())
        .contains("Alerts raised: " + expected.size() + " (")
        .contains("responders accepted " + accepted + " of the " + expected.size())
        .contains("Open now: " + openNow(policies).size())
        .contains("Overrides: none")
        .contains("Next: ");
  }

  @Test
  void aWindowOverTheActiveOverrideListsItAndWhoTakesOverAfterIt() {
    Shift override = ilert.schedules().overrides(DemoRotation.admin(), 303).get(0);
    assertThat(override.user().id()).isEqualTo(1007L);
    Instant from = NOW.minus(Duration.ofHours(6));
    Instant until = NOW.plus(Duration.ofHours(1));
    long before = DemoRotation.MOBILE.userAt(NOW, from);
    long after = DemoRotation.MOBILE.userAt(NOW, override.end());

    JsonNode r =
        handover(
            Sandbox.RESPONDER,
            "{\"schedule\":\"303\",\"from\":\"" + from + "\",\"until\":\"" + until + "\"}");
    assertThat(r.path("window").path("basis").asString()).isEqualTo("given");
    assertThat(r.path("overrides").size()).isEqualTo(1);
    assertThat(r.path("overrides").get(0).path("user").path("id").asLong()).isEqualTo(1007L);
    assertThat(instant(r.path("overrides").get(0).path("start"))).isEqualTo(override.start());
    List<Long> people = new java.util.ArrayList<>();
    r.path("shifts").forEach(s -> people.add(s.path("user").path("id").asLong()));
    assertThat(people).containsExactly(before, 1007L);
    JsonNode next = r.path("next_shifts").get(0);
    assertThat(next.path("user").path("id").asLong()).isEqualTo(after);
    assertThat(instant(next.path("start"))).isEqualTo(override.end());
    Set<Long> policies = policiesUsing(303);
    assertThat(idSet(r.path("alerts")))
        .isEqualTo(
            raised(policies, from, until).stream()
                .map(AlertSnapshot::id)
                .collect(Collectors.toSet()));
    assertThat(r.path("summary").asString()).contains("Overrides: 1");
  }

  @Test
  void aUsersHandoverIsTheirLastEndedShiftInAnySchedule() {
    DemoRotation platform = DemoRotation.PLATFORM;
    long k = platform.index(NOW, NOW) - 1;
    while (platform.users().get((int) (k % 3)) != 1006L) {
      k--;
    }
    Instant from = platform.boundary(NOW, k);
    Instant until = platform.boundary(NOW, k + 1);

    JsonNode r = handover(Sandbox.RESPONDER, "{\"user\":\"felix.wagner@demo.invalid\"}");
    assertThat(r.path("subject").path("id").asLong()).isEqualTo(1006L);
    assertThat(onCallNow(1006L)).isEmpty();
    assertThat(r.path("window").path("basis").asString())
        .startsWith("the last ended shift (not on call now)");
    assertThat(instant(r.path("window").path("from"))).isEqualTo(from);
    assertThat(instant(r.path("window").path("until"))).isEqualTo(until);
    assertThat(r.path("shifts").get(0).path("schedule").path("id").asLong()).isEqualTo(301L);
    Set<Long> policies = policiesUsing(301);
    assertThat(idSet(r.path("escalation_policies"))).isEqualTo(policies);
    assertThat(idSet(r.path("alerts")))
        .isEqualTo(
            raised(policies, from, until).stream()
                .map(AlertSnapshot::id)
                .collect(Collectors.toSet()));
  }

  @Test
  void aTeamsHandoverUsesItsSchedulesAndPolicies() {
    Instant until =
        NOW.atZone(DemoRotation.BERLIN).truncatedTo(ChronoUnit.DAYS).withHour(9).toInstant();
    Instant from = until.atZone(DemoRotation.BERLIN).minusDays(1).toInstant();
    assertThat(DemoRotation.securityWindowCovers(from)).isTrue();

    JsonNode r = handover(Sandbox.ADMIN, "{\"team\":\"Security\"}");
    assertThat(instant(r.path("window").path("from"))).isEqualTo(from);
    assertThat(instant(r.path("window").path("until"))).isEqualTo(until);
    assertThat(r.path("shifts").get(0).path("user").path("id").asLong())
        .isEqualTo(DemoRotation.SECURITY.userAt(NOW, from));
    Set<Long> policies = new HashSet<>(policiesUsing(304));
    ilert.escalationPolicies().listAll(DemoRotation.admin(), 100).stream()
        .filter(p -> p.teams() != null && p.teams().stream().anyMatch(t -> t.id() == 204L))
        .forEach(p -> policies.add(p.id()));
    assertThat(policies).containsExactly(404L);
    assertThat(idSet(r.path("escalation_policies"))).isEqualTo(policies);
    assertThat(idSet(r.path("alerts")))
        .isEqualTo(
            raised(policies, from, until).stream()
                .map(AlertSnapshot::id)
                .collect(Collectors.toSet()));
    assertOpenAlertsOnce(r, policies);
  }

  @Test
  void aFailedReadBecomesAMissingSectionNotAnError() {
    sandbox.injectFault(FaultRule.malformedBody("/api/incidents").method("GET"));
    JsonNode r = handover(Sandbox.RESPONDER, "{\"schedule\":\"301\"}");
    assertThat(r.path("missing").findValuesAsString("section")).contains("incidents");
    assertThat(r.path("alerts")).isNotEmpty();
    assertThat(r.path("summary").asString()).contains("Alerts raised:");
  }

  /** The user behind a demo key. */
  private static long userOf(String key) {
    return ilert.users().current(org.ilertmcp.client.CallContext.bearer(key)).id();
  }

  /** The shift of {@code user} that covers now, in any schedule, as the emulator computes it. */
  private static java.util.Optional<Shift> onCallNow(long user) {
    return ilert.schedules().listAll(DemoRotation.admin(), List.of(), 100).stream()
        .flatMap(
            s ->
                ilert
                    .schedules()
                    .shifts(
                        DemoRotation.admin(),
                        s.id(),
                        new org.ilertmcp.client.schedules.ShiftQuery(
                            NOW.minus(Duration.ofDays(31)), NOW.plus(Duration.ofDays(31)), false))
                    .stream())
        .filter(x -> x.user() != null && x.user().id() == user)
        .filter(x -> !x.start().isAfter(NOW) && x.end().isAfter(NOW))
        .findFirst();
  }

  @Test
  void withoutASubjectItIsTheKeysUserAndTheirCurrentShiftWhenOnCallNow() {
    List<String> keys = List.of(Sandbox.ADMIN, Sandbox.USER, Sandbox.RESPONDER);
    String onCallKey =
        keys.stream().filter(k -> onCallNow(userOf(k)).isPresent()).findFirst().orElseThrow();
    Shift current = onCallNow(userOf(onCallKey)).orElseThrow();

    JsonNode r = handover(onCallKey, "{}");
    assertThat(r.path("subject").path("id").asLong()).isEqualTo(userOf(onCallKey));
    assertThat(instant(r.path("window").path("from"))).isEqualTo(current.start());
    assertThat(instant(r.path("window").path("until"))).isEqualTo(NOW);
    assertThat(r.path("window").path("basis").asString()).startsWith("the current shift");
    // "me" names the same person
    JsonNode me = handover(onCallKey, "{\"user\":\"me\"}");
    assertThat(me.path("subject")).isEqualTo(r.path("subject"));
  }

  @Test
  void incidentsAreThoseOfTheSubjectsTeamsAndServices() {
    JsonNode r = handover(Sandbox.ADMIN, "{\"team\":\"Security\"}");
    Set<Long> teamServices =
        ilert.services().listAll(DemoRotation.admin(), List.of(), 100).stream()
            .filter(s -> s.teams() != null && s.teams().stream().anyMatch(t -> t.id() == 204L))
            .map(org.ilertmcp.client.services.Service::id)
            .collect(Collectors.toSet());
    for (JsonNode listed : r.path("incidents")) {
      var incident =
          ilert.incidents().get(DemoRotation.admin(), listed.path("id").asLong(), null).value();
      boolean byService =
          incident.affectedServices() != null
              && incident.affectedServices().stream()
                  .anyMatch(a -> teamServices.contains(a.service().id()));
      boolean byTeam =
          incident.affectedTeams() != null
              && incident.affectedTeams().stream().anyMatch(t -> t.id() == 204L);
      assertThat(byService || byTeam).as("incident %s concerns Security", incident.id()).isTrue();
    }
    assertThat(r.path("incidents_scope").asString()).contains("services of the subject's 1 team");
  }

  @Test
  void badInputIsOneClearSentence() {
    assertThat(error("{\"schedule\":\"301\",\"team\":\"Platform\"}"))
        .contains("at most one of schedule, team or user");
    assertThat(error("{\"schedule\":\"301\",\"from\":\"2d\"}")).contains("both from and until");
    assertThat(error("{\"schedule\":\"301\",\"from\":\"1d\",\"until\":\"2d\"}"))
        .contains("from must be before until");
    assertThat(error("{\"schedule\":\"301\",\"from\":\"40d\",\"until\":\"1d\"}"))
        .contains("at most 31 days");
    assertThat(error("{\"schedule\":\"No such schedule\"}")).contains("No schedule named");
  }

  private static String error(String args) {
    Sandbox.ToolCall call = sandbox.result(Sandbox.RESPONDER, "get_oncall_handover", args);
    assertThat(call.isError()).as(call.text()).isTrue();
    return call.text();
  }

  @Test
  void theDefinitionStaysWithinItsTokenBudget() {
    assertThat(DemoRotation.tokens(new GetOncallHandoverTool())).isLessThanOrEqualTo(330);
  }
}
