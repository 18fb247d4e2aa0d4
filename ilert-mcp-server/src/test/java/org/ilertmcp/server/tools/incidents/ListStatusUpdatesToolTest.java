package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListStatusUpdatesToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.emulator().faults().clear();
  }

  private static List<Long> ids(JsonNode incidents) {
    List<Long> ids = new ArrayList<>();
    incidents.forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  @Test
  void listsUnresolvedIncidentsByDefaultWithServiceNames() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.STAKEHOLDER, "list_status_updates", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode incidents = call.structured().path("incidents");
    assertThat(ids(incidents)).containsExactly(IncidentFixtures.ONGOING);
    JsonNode ongoing = incidents.get(0);
    assertThat(ongoing.path("status").asString())
        .isEqualTo(
            sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING).orElseThrow());
    JsonNode affected = ongoing.path("affected_services").get(0);
    assertThat(affected.path("id").asLong()).isEqualTo(IncidentFixtures.MOBILE);
    assertThat(affected.path("name").asString()).isEqualTo("Mobile Backend");
    assertThat(affected.path("impact").asString()).isEqualTo("PARTIAL_OUTAGE");
    assertThat(call.structured().has("next_cursor")).isFalse();
  }

  @Test
  void filtersByStateAndServiceNameAndPagesWithACursor() {
    Sandbox.ToolCall resolved =
        sandbox.result(
            Sandbox.ADMIN,
            "list_status_updates",
            "{\"states\":[\"RESOLVED\"],\"services\":[\"Checkout API\"]}");
    assertThat(ids(resolved.structured().path("incidents")))
        .containsExactly(IncidentFixtures.RESOLVED);
    List<Long> seen = new ArrayList<>();
    String args = "{\"states\":[\"RESOLVED\",\"IDENTIFIED\"],\"limit\":1}";
    for (int i = 0; i < 10; i++) {
      JsonNode page = sandbox.result(Sandbox.ADMIN, "list_status_updates", args).structured();
      seen.addAll(ids(page.path("incidents")));
      if (!page.has("next_cursor")) {
        break;
      }
      args =
          "{\"states\":[\"RESOLVED\",\"IDENTIFIED\"],\"limit\":1,\"cursor\":\""
              + page.path("next_cursor").asString()
              + "\"}";
    }
    assertThat(seen).containsExactly(703L, 702L, 701L);
  }

  @Test
  void naiveTimeUnknownServiceAndBadCursorAreActionable() {
    Sandbox.ToolCall naive =
        sandbox.result(Sandbox.ADMIN, "list_status_updates", "{\"from\":\"2026-01-01T10:00\"}");
    assertThat(naive.isError()).isTrue();
    assertThat(naive.text()).contains("no time zone");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "list_status_updates", "{\"services\":[\"No such thing\"]}");
    assertThat(unknown.text()).contains("No service named");
    Sandbox.ToolCall cursor =
        sandbox.result(Sandbox.ADMIN, "list_status_updates", "{\"cursor\":\"zzz\"}");
    assertThat(cursor.text()).contains("next_cursor");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    IncidentFixtures.rateLimit(sandbox, "GET", "/api/incidents");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_status_updates", "{}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "GET", "/api/incidents");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_status_updates", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable").contains("retry");
  }
}
