package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Incidents keep their history, drive service status and guard updates with ETags. */
class IncidentsTest {
  private final Sandbox s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));

  @AfterEach
  void close() {
    s.close();
  }

  private static String body(String status, String impact) {
    return "{\"summary\":\"Search slow\",\"status\":\""
        + status
        + "\",\"message\":\""
        + status
        + " update\",\"affectedServices\":[{\"impact\":\""
        + impact
        + "\",\"service\":{\"id\":605}}]}";
  }

  @Test
  void updatesAppendHistoryChangeServiceStatusAndTheEtag() {
    long id =
        s.expect(200, Sandbox.USER, "POST", "/api/incidents", body("INVESTIGATING", "DEGRADED"))
            .get("id")
            .asLong();
    assertThat(s.emu.state().serviceStatus(605)).contains("DEGRADED");
    Api.Reply first = s.api.get(Sandbox.USER, "/api/incidents/" + id);
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();

    s.clock.advance(Duration.ofMinutes(30));
    Api.Reply updated =
        s.api.call(
            Sandbox.USER,
            "PUT",
            "/api/incidents/" + id,
            body("RESOLVED", "OPERATIONAL"),
            "If-Match",
            etag);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.header("ETag")).isNotEqualTo(etag);
    assertThat(updated.json().get("resolvedOn").asString()).isEqualTo("2026-03-11T10:45:00.000Z");
    assertThat(s.emu.state().serviceStatus(605)).contains("OPERATIONAL");

    JsonNode stale =
        s.expect(
            412,
            Sandbox.USER,
            "PUT",
            "/api/incidents/" + id,
            body("MONITORING", "DEGRADED"),
            "If-Match",
            etag);
    assertThat(stale.get("code").asString()).isEqualTo("PRECONDITION_FAILED");
    JsonNode history =
        s.expect(200, Sandbox.USER, "GET", "/api/incidents/" + id + "?include=history", null)
            .get("history");
    assertThat(history)
        .extracting(h -> h.get("incidentStatus").asString())
        .containsExactly("INVESTIGATING", "RESOLVED");
    assertThat(s.emu.state().incidentUpdates(id)).hasSize(2);
  }

  @Test
  void outagesAndUptimeAreDerivedFromIncidents() {
    // demo incident 702: Payments Gateway MAJOR_OUTAGE for 45 minutes, 5 days before now
    JsonNode outages =
        s.expect(200, Sandbox.ADMIN, "GET", "/api/service-outages?service=602", null);
    assertThat(outages).hasSize(1);
    assertThat(outages.get(0).get("status").asString()).isEqualTo("MAJOR_OUTAGE");
    JsonNode uptime =
        s.expect(200, Sandbox.ADMIN, "GET", "/api/services/602?include=uptime", null).get("uptime");
    double p30 = uptime.get("uptimePercentage").get("p30").asDouble();
    assertThat(p30)
        .isCloseTo(100.0 * (1 - 45.0 / (30 * 24 * 60)), org.assertj.core.data.Offset.offset(0.001));
    s.expect(
        201,
        Sandbox.USER,
        "POST",
        "/api/service-outages/overrides",
        "{\"service\":{\"id\":602},\"status\":\"OPERATIONAL\",\"from\":\"2026-03-01T00:00:00Z\",\"until\":\"2026-03-10T00:00:00Z\"}");
    assertThat(s.expect(200, Sandbox.ADMIN, "GET", "/api/service-outages?service=602", null))
        .isEmpty();
    assertThat(
            s.expect(
                200,
                Sandbox.ADMIN,
                "GET",
                "/api/service-outages?service=602&ignore-overrides=true",
                null))
        .hasSize(1);
  }
}
