package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreateStatusUpdateToolTest {
  private static final String ARGS =
      "{\"summary\":\"Checkout errors\",\"message\":\"We see failed checkouts.\","
          + "\"services\":[\"Checkout API\"],\"impact\":\"MAJOR_OUTAGE\"}";

  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private int incidents() {
    return IncidentFixtures.client(sandbox)
        .incidents()
        .listAll(IncidentFixtures.as(Sandbox.ADMIN), IncidentQuery.all(), 100)
        .size();
  }

  @Test
  void createsAnIncidentThatSetsTheServiceImpact() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.USER, "create_status_update", ARGS);
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode incident = call.structured().path("incident");
    long id = incident.path("id").asLong();
    assertThat(sandbox.emulator().state().incidentStatus(id)).contains("INVESTIGATING");
    List<IncidentUpdate> updates = sandbox.emulator().state().incidentUpdates(id);
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).content()).isEqualTo("We see failed checkouts.");
    assertThat(updates.get(0).sendNotification()).isFalse();
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.CHECKOUT))
        .contains("MAJOR_OUTAGE");
    assertThat(incident.path("summary").asString()).isEqualTo("Checkout errors");
    JsonNode affected = incident.path("affected_services").get(0);
    assertThat(affected.path("id").asLong()).isEqualTo(IncidentFixtures.CHECKOUT);
    assertThat(affected.path("name").asString()).isEqualTo("Checkout API");
    assertThat(affected.path("impact").asString()).isEqualTo("MAJOR_OUTAGE");
  }

  @Test
  void notifiesSubscribersOnlyWhenAsked() {
    String args = ARGS.replace("}", ",\"notify_subscribers\":true,\"status\":\"IDENTIFIED\"}");
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "create_status_update", args);
    long id = call.structured().path("incident").path("id").asLong();
    IncidentUpdate update = sandbox.emulator().state().incidentUpdates(id).get(0);
    assertThat(update.sendNotification()).isTrue();
    assertThat(update.incidentStatus()).isEqualTo("IDENTIFIED");
  }

  @Test
  void aFailedLookupAfterTheWriteStillReportsTheCreatedIncident() {
    IncidentFixtures.rateLimit(sandbox, "GET", "/api/services");
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.USER, "create_status_update", ARGS.replace("Checkout API", "601"));
    assertThat(call.isError()).as(call.text()).isFalse();
    long id = call.structured().path("incident").path("id").asLong();
    assertThat(sandbox.emulator().state().incidentStatus(id)).contains("INVESTIGATING");
    JsonNode affected = call.structured().path("incident").path("affected_services").get(0);
    assertThat(affected.path("id").asLong()).isEqualTo(IncidentFixtures.CHECKOUT);
    assertThat(affected.has("name")).isFalse();
  }

  @Test
  void responderAndStakeholderAreRefusedAndNothingIsCreated() {
    int before = incidents();
    for (String key : List.of(Sandbox.RESPONDER, Sandbox.STAKEHOLDER)) {
      Sandbox.ToolCall call = sandbox.result(key, "create_status_update", ARGS);
      assertThat(call.isError()).isTrue();
      assertThat(call.text()).contains("so ilert would refuse it");
    }
    assertThat(incidents()).isEqualTo(before);
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.CHECKOUT))
        .contains("OPERATIONAL");
  }

  @Test
  void unknownServiceIsActionableAndCreatesNothing() {
    int before = incidents();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.USER, "create_status_update", ARGS.replace("Checkout API", "Nope"));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("No service named 'Nope'");
    assertThat(incidents()).isEqualTo(before);
  }

  @Test
  void rateLimitAndOutageCreateNothing() {
    int before = incidents();
    IncidentFixtures.rateLimit(sandbox, "POST", "/api/incidents");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.USER, "create_status_update", ARGS);
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "POST", "/api/incidents");
    Sandbox.ToolCall down = sandbox.result(Sandbox.USER, "create_status_update", ARGS);
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
    sandbox.emulator().faults().clear();
    assertThat(incidents()).isEqualTo(before);
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.CHECKOUT))
        .contains("OPERATIONAL");
  }
}
