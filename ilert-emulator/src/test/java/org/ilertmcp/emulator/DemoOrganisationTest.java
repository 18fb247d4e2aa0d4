package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.demo.DemoKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo organisation has the promised contents and unambiguous seeded facts. */
class DemoOrganisationTest {
  private static final Instant NOW = Instant.parse("2026-03-11T10:15:00Z");
  private static Sandbox s;

  @BeforeAll
  static void start() {
    s = new Sandbox(NOW);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  private JsonNode get(String path) {
    return s.expect(200, Sandbox.ADMIN, "GET", path, null);
  }

  @Test
  void hasThePromisedCounts() {
    JsonNode users = get("/api/users");
    assertThat(users).hasSize(12);
    Set<String> zones =
        users.valueStream().map(u -> u.get("timezone").asString()).collect(Collectors.toSet());
    assertThat(zones).hasSizeGreaterThanOrEqualTo(3);
    Set<String> roles =
        users.valueStream().map(u -> u.get("role").asString()).collect(Collectors.toSet());
    assertThat(roles).contains("ADMIN", "USER", "RESPONDER", "STAKEHOLDER");
    assertThat(get("/api/teams")).hasSize(4);
    assertThat(get("/api/services?max-results=100")).hasSize(6);
    assertThat(get("/api/status-pages")).hasSize(2);
    assertThat(get("/api/schedules")).hasSize(4);
    assertThat(get("/api/escalation-policies")).hasSize(5);
    assertThat(get("/api/alert-sources")).hasSize(8);
    assertThat(get("/api/incidents?max-results=100")).hasSize(3);
    assertThat(get("/api/incidents?states=IDENTIFIED")).hasSize(1);
    assertThat(get("/api/maintenance-windows")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(get("/api/deployment-pipelines")).hasSize(3);
    assertThat(get("/api/alert-actions")).isNotEmpty();
    assertThat(get("/api/connectors")).isNotEmpty();
    assertThat(s.emu.demoKeys())
        .extracting(DemoKey::role)
        .contains("ADMIN", "RESPONDER", "STAKEHOLDER");
    assertThat(s.emu.demoKeys()).allMatch(k -> k.key().startsWith("demo-"));
  }

  @Test
  void hasSeveralHundredAlertsInAllStatesIncludingOpenOnes() {
    List<AlertSnapshot> alerts = s.emu.state().alerts();
    assertThat(alerts.size()).isBetween(300, 600);
    assertThat(alerts)
        .extracting(AlertSnapshot::status)
        .contains("PENDING", "ACCEPTED", "RESOLVED");
    assertThat(alerts)
        .allMatch(
            a ->
                !a.reportTime().isAfter(NOW)
                    && a.reportTime().isAfter(NOW.minusSeconds(31L * 86400)));
    assertThat(get("/api/alerts/count?states=PENDING").get("count").asLong())
        .isGreaterThanOrEqualTo(3);
    long afterHours =
        alerts.stream()
            .map(a -> ZonedDateTime.ofInstant(a.reportTime(), ZoneId.of("Europe/Berlin")))
            .filter(
                t ->
                    t.toLocalTime().isBefore(LocalTime.of(8, 0))
                        || !t.toLocalTime().isBefore(LocalTime.of(18, 0)))
            .count();
    assertThat(afterHours).isGreaterThan(50);
  }

  @Test
  void seededFactsMatchDocsEmulatorMd() {
    List<AlertSnapshot> alerts = s.emu.state().alerts();
    assertThat(alerts).hasSize(434);
    Map<Long, DemoFactsPrinter.SourceFacts> facts = DemoFactsPrinter.facts(alerts);
    assertThat(facts.get(504L))
        .isEqualTo(new DemoFactsPrinter.SourceFacts(504, 251, 30, 180, 1480));
    assertThat(facts.get(505L)).isEqualTo(new DemoFactsPrinter.SourceFacts(505, 43, 0, 0, 232));
    assertThat(facts.get(501L)).isEqualTo(new DemoFactsPrinter.SourceFacts(501, 60, 59, 680, 4160));
    assertThat(facts.get(502L)).isEqualTo(new DemoFactsPrinter.SourceFacts(502, 42, 42, 417, 4658));
    assertThat(s.emu.state().alertsWithKey("checkout-pod-crashloop")).hasSize(43);
  }

  @Test
  void theNoisySourceAndTheFlappingKeyAreUnambiguous() {
    Map<Long, Long> perSource =
        s.emu.state().alerts().stream()
            .collect(Collectors.groupingBy(AlertSnapshot::sourceId, Collectors.counting()));
    List<Map.Entry<Long, Long>> ranked =
        perSource.entrySet().stream()
            .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
            .toList();
    assertThat(ranked.get(0).getKey()).isEqualTo(504L);
    assertThat(ranked.get(0).getValue()).isGreaterThan(2 * ranked.get(1).getValue());

    Map<String, Long> perKey =
        s.emu.state().alerts().stream()
            .filter(a -> a.alertKey() != null)
            .collect(
                Collectors.groupingBy(
                    a -> a.alertKey().toLowerCase(java.util.Locale.ROOT), Collectors.counting()));
    Map.Entry<String, Long> top =
        perKey.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    assertThat(top.getKey()).isEqualTo("checkout-pod-crashloop");
    long second =
        perKey.values().stream()
            .sorted(Comparator.reverseOrder())
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertThat(top.getValue()).isGreaterThan(2 * second);
  }

  @Test
  void scheduleWithAnActiveOverrideAndTimelinesExist() {
    JsonNode overrides = get("/api/schedules/303/overrides");
    assertThat(overrides).hasSize(1);
    assertThat(get("/api/schedules/303/user-on-call").get("user").get("id").asLong())
        .isEqualTo(1007);
    long open = get("/api/alerts?states=PENDING&sources=501").get(0).get("id").asLong();
    assertThat(get("/api/alerts/" + open + "/log-entries")).isNotEmpty();
    assertThat(get("/api/alerts/" + open + "/notifications")).isNotEmpty();
    assertThat(get("/api/incidents/703?include=history").get("history"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void sameSeedAndClockGiveTheSameData() {
    try (Sandbox other = new Sandbox(NOW)) {
      String a = s.api.get(Sandbox.ADMIN, "/api/alerts?max-results=100&start-index=100").body();
      String b = other.api.get(Sandbox.ADMIN, "/api/alerts?max-results=100&start-index=100").body();
      assertThat(b).isEqualTo(a);
      Function<Sandbox, String> report =
          x ->
              x.api
                  .get(
                      Sandbox.ADMIN,
                      "/api/reports/alerts/summary?from=2026-02-01T00:00:00Z&until=2026-03-11T10:00:00Z")
                  .body();
      assertThat(report.apply(other)).isEqualTo(report.apply(s));
    }
  }

  @Test
  void reportsAggregateFromTheAlerts() {
    JsonNode summary =
        get("/api/reports/alerts/summary?from=2026-02-01T00:00:00Z&until=2026-03-11T10:15:00Z");
    long total = summary.valueStream().mapToLong(r -> r.get("count").asLong()).sum();
    long counted =
        get("/api/alerts/count?from=2026-02-01T00:00:00Z&until=2026-03-11T10:15:00Z")
            .get("count")
            .asLong();
    assertThat(total).isEqualTo(counted);
    JsonNode nagios =
        summary
            .valueStream()
            .filter(r -> r.get("alertSourceId").asLong() == 504)
            .findFirst()
            .orElseThrow();
    long nagiosCount =
        get("/api/alerts/count?sources=504&from=2026-02-01T00:00:00Z&until=2026-03-11T10:15:00Z")
            .get("count")
            .asLong();
    assertThat(nagios.get("count").asLong()).isEqualTo(nagiosCount);
    assertThat(nagios.get("mttr").asLong()).isPositive();
  }
}
