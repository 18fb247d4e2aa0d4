package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ilertmcp.emulator.domain.LogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Events API creates, groups, accepts, resolves and comments alerts by alert key. */
class EventsTest {
  private static final String PROMETHEUS = "demo-src-prometheus-production";
  private final Sandbox s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));

  @AfterEach
  void close() {
    s.close();
  }

  @Test
  void alertEventsWithTheSameKeyGroupIntoTheOpenAlertCaseInsensitively() {
    JsonNode first = s.event(PROMETHEUS, "ALERT", "Disk/DB-01", "Disk full");
    JsonNode second = s.event(PROMETHEUS, "ALERT", "  disk/db-01 ", "Disk still full");
    assertThat(first.get("responseCode").asString()).isEqualTo("NEW_ALERT_CREATED");
    assertThat(second.get("responseCode").asString()).isEqualTo("EVENT_ADDED_TO_ALERT");
    assertThat(Sandbox.alertId(second)).isEqualTo(Sandbox.alertId(first));
    assertThat(s.emu.state().alertsWithKey("disk/db-01")).hasSize(1);
  }

  @Test
  void acceptAndResolveActOnTheOpenAlertWithThatKey() {
    long id = Sandbox.alertId(s.event(PROMETHEUS, "ALERT", "queue", "Queue high"));
    s.clock.advance(Duration.ofMinutes(2));
    s.event(PROMETHEUS, "ACCEPT", "QUEUE", "");
    assertThat(s.emu.state().alert(id).orElseThrow().status()).isEqualTo("ACCEPTED");
    s.clock.advance(Duration.ofMinutes(2));
    s.event(PROMETHEUS, "RESOLVE", "queue", "");
    AlertSnapshot resolved = s.emu.state().alert(id).orElseThrow();
    assertThat(resolved.status()).isEqualTo("RESOLVED");
    assertThat(resolved.resolvedOn()).isEqualTo(Instant.parse("2026-03-11T10:19:00Z"));
  }

  @Test
  void aResolvedKeyOpensANewAlertAndUnknownKeysAreReported() {
    long first = Sandbox.alertId(s.event(PROMETHEUS, "ALERT", "flap", "Flap"));
    s.event(PROMETHEUS, "RESOLVE", "flap", "");
    long second = Sandbox.alertId(s.event(PROMETHEUS, "ALERT", "flap", "Flap again"));
    assertThat(second).isNotEqualTo(first);
    JsonNode none = s.event(PROMETHEUS, "RESOLVE", "never-seen", "");
    assertThat(none.get("responseCode").asString()).isEqualTo("NO_OPEN_ALERT_WITH_KEY");
  }

  @Test
  void commentsAreAddedToTheAlertTimeline() {
    long id = Sandbox.alertId(s.event(PROMETHEUS, "ALERT", "c1", "Something"));
    s.expect(
        202,
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\""
            + PROMETHEUS
            + "\",\"eventType\":\"COMMENT\",\"alertKey\":\"c1\","
            + "\"comments\":[{\"creator\":\"ci\",\"content\":\"rollback started\"}]}");
    assertThat(s.emu.state().logEntries(id))
        .filteredOn(e -> e.logEntryType().equals("AlertCommentAddedLogEntry"))
        .extracting(LogEntry::text)
        .containsExactly("Comment added: ci: rollback started");
  }

  @Test
  void routingKeyPicksTheMatchingPolicy() {
    long id =
        Sandbox.alertId(
            s.expect(
                202,
                null,
                "POST",
                "/api/events",
                "{\"integrationKey\":\""
                    + PROMETHEUS
                    + "\",\"eventType\":\"ALERT\",\"summary\":\"Card auth\","
                    + "\"alertKey\":\"r1\",\"routingKey\":\"Payments\"}"));
    assertThat(s.emu.state().alert(id).orElseThrow().policyId()).isEqualTo(402);
  }

  @Test
  void sourcesInAnActiveMaintenanceWindowCreateNoAlerts() {
    s.expect(
        200,
        Sandbox.USER,
        "POST",
        "/api/maintenance-windows",
        "{\"summary\":\"Patch\",\"start\":\"2026-03-11T10:00:00Z\",\"end\":\"2026-03-11T11:00:00Z\","
            + "\"alertSources\":[{\"id\":501}]}");
    JsonNode r = s.event(PROMETHEUS, "ALERT", "mw", "During maintenance");
    assertThat(r.get("responseCode").asString()).isEqualTo("IN_MAINTENANCE");
    assertThat(s.emu.state().alertsWithKey("mw")).isEmpty();
    s.clock.advance(Duration.ofHours(1));
    assertThat(s.event(PROMETHEUS, "ALERT", "mw", "After").get("responseCode").asString())
        .isEqualTo("NEW_ALERT_CREATED");
  }

  @Test
  void badEventsAreRejectedWithIlertErrorBodies() {
    JsonNode missing =
        s.expect(400, null, "POST", "/api/events", "{\"eventType\":\"ALERT\",\"summary\":\"x\"}");
    assertThat(missing.get("status").asInt()).isEqualTo(400);
    assertThat(missing.get("message").asString()).contains("integrationKey");
    assertThat(missing.get("code").asString()).isEqualTo("BAD_REQUEST");
    s.expect(400, null, "POST", "/api/events", "[1,2");
    s.expect(
        404,
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\"unknown\",\"eventType\":\"ALERT\",\"summary\":\"x\"}");
  }
}
