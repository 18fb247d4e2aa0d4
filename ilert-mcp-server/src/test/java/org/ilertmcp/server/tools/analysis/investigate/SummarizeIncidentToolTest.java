package org.ilertmcp.server.tools.analysis.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SummarizeIncidentToolTest {
  /** A fixed clock in the past (deadlines still run on the system clock), so minutes are exact. */
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.at(NOW);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static JsonNode summarize(long id) {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "summarize_incident", "{\"incident_id\":\"" + id + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured();
  }

  @Test
  void theOngoingIncidentShowsImpactHistoryAndTimeInEachStatus() {
    JsonNode r = summarize(703);
    assertThat(r.path("incident").path("status").asString()).isEqualTo("IDENTIFIED");
    JsonNode service = r.path("impact").path("services").path(0);
    assertThat(service.path("id").asLong()).isEqualTo(604);
    assertThat(service.path("status").asString()).isEqualTo("PARTIAL_OUTAGE");

    List<IncidentUpdate> history = sandbox.emulator().state().incidentUpdates(703);
    assertThat(r.path("updates").size()).isEqualTo(history.size());
    assertThat(r.path("updates").path(0).path("status").asString()).isEqualTo("IDENTIFIED");
    // Independently: INVESTIGATING from the first update to the second, IDENTIFIED since then.
    long investigating =
        Duration.between(history.get(0).createdAt(), history.get(1).createdAt()).toMinutes();
    long identified = Duration.between(history.get(1).createdAt(), NOW).toMinutes();
    assertThat(r.path("time_in_status").toString())
        .isEqualTo(
            "[{\"status\":\"INVESTIGATING\",\"minutes\":"
                + investigating
                + "},{\"status\":\"IDENTIFIED\",\"minutes\":"
                + identified
                + "}]");
    assertThat(r.path("subscribers").path("incident_private_subscribers").asInt()).isEqualTo(1);
    assertThat(r.path("next_steps").path(0).asString())
        .contains("update_status_update incident_id=703");
  }

  @Test
  void listsThePushBacklogAlertAroundTheMobileIncident() {
    JsonNode r = summarize(703);
    AlertSnapshot backlog =
        sandbox.emulator().state().alertsWithKey("push-queue-backlog").stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .findFirst()
            .orElseThrow();
    List<Long> ids = new ArrayList<>();
    r.path("alerts").path("items").forEach(a -> ids.add(a.path("id").asLong()));
    assertThat(ids).contains(backlog.id());
    // Only alerts of the Mobile team's source 503 in the window [created - 1 h, now].
    Instant from =
        sandbox
            .emulator()
            .state()
            .incidentUpdates(703)
            .get(0)
            .createdAt()
            .minus(Duration.ofHours(1));
    long expected =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> a.sourceId() == 503)
            .filter(a -> !a.reportTime().isBefore(from) && !a.reportTime().isAfter(NOW))
            .count();
    assertThat(r.path("alerts").path("count").asLong()).isEqualTo(expected);
    assertThat(r.path("responders").toString()).contains("accepted_alerts");
  }

  @Test
  void aResolvedIncidentCountsTimeUntilItsResolution() {
    JsonNode r = summarize(701);
    assertThat(r.path("incident").path("status").asString()).isEqualTo("RESOLVED");
    List<IncidentUpdate> history = sandbox.emulator().state().incidentUpdates(701);
    long total = 0;
    for (JsonNode s : r.path("time_in_status")) {
      total += s.path("minutes").asLong();
    }
    long expected =
        Duration.between(history.get(0).createdAt(), history.get(history.size() - 1).createdAt())
            .toMinutes();
    assertThat(total).isBetween(expected - history.size(), expected);
    assertThat(r.path("next_steps").toString()).contains("postmortem_outline");
  }

  @Test
  void anUnknownIncidentIsAClearError() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "summarize_incident", "{\"incident_id\":\"999\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).startsWith("Not found");
  }
}
