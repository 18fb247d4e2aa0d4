package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetStatusUpdateToolTest {
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

  @Test
  void returnsTheHistoryAndAffectedServices() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "get_status_update", "{\"incident_id\":\"701\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode incident = call.structured().path("incident");
    List<IncidentUpdate> updates =
        sandbox.emulator().state().incidentUpdates(IncidentFixtures.RESOLVED);
    List<String> messages = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    incident
        .path("history")
        .forEach(
            h -> {
              messages.add(h.path("message").asString());
              statuses.add(h.path("status").asString());
            });
    assertThat(messages)
        .containsExactlyElementsOf(updates.stream().map(IncidentUpdate::content).toList());
    assertThat(statuses)
        .containsExactlyElementsOf(updates.stream().map(IncidentUpdate::incidentStatus).toList());
    assertThat(incident.path("history").get(0).path("created_by").path("name").asString())
        .isNotBlank();
    assertThat(incident.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(incident.path("resolved_on").asString()).endsWith("Z");
    assertThat(incident.path("affected_services").get(0).path("name").asString())
        .isEqualTo("Checkout API");
    assertThat(incident.path("affected_teams").get(0).path("name").asString())
        .isEqualTo("Payments");
  }

  @Test
  void aLongHistoryKeepsTheNewestUpdatesWithinTheBudget() {
    IlertClient client = IncidentFixtures.client(sandbox);
    CallContext admin = IncidentFixtures.as(Sandbox.ADMIN);
    Incident created =
        client
            .incidents()
            .create(
                admin,
                Incident.of(
                    "Long running",
                    "INVESTIGATING",
                    "start",
                    false,
                    List.of(new AffectedService("DEGRADED", IdRef.of(605)))));
    String filler = "x".repeat(900);
    for (int i = 1; i <= 60; i++) {
      Incident current = client.incidents().get(admin, created.id(), List.of()).value();
      client
          .incidents()
          .update(
              admin,
              created.id(),
              Incident.of(
                  current.summary(),
                  "MONITORING",
                  "update " + i + " " + filler,
                  false,
                  current.affectedServices()),
              null);
    }
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "get_status_update", "{\"incident_id\":\"" + created.id() + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.text().length() / 4).isLessThanOrEqualTo(8000);
    JsonNode incident = call.structured().path("incident");
    JsonNode history = incident.path("history");
    assertThat(history.size()).isBetween(1, 60);
    assertThat(history.get(history.size() - 1).path("message").asString()).startsWith("update 60 ");
    int omitted = sandbox.emulator().state().incidentUpdates(created.id()).size() - history.size();
    assertThat(incident.path("history_omitted").asString()).startsWith(omitted + " oldest");
  }

  @Test
  void unknownAndMalformedIdsAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_status_update", "{\"incident_id\":\"999999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall bad =
        sandbox.result(Sandbox.ADMIN, "get_status_update", "{\"incident_id\":\"checkout\"}");
    assertThat(bad.text()).contains("numeric");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    IncidentFixtures.rateLimit(sandbox, "GET", "/api/incidents/703");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_status_update", "{\"incident_id\":\"703\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "GET", "/api/incidents/703");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "get_status_update", "{\"incident_id\":\"703\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
