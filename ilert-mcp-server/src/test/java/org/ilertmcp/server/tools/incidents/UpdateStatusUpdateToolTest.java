package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Tagged;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UpdateStatusUpdateToolTest {
  private static final String MONITORING =
      "{\"incident_id\":\"703\",\"status\":\"MONITORING\",\"message\":\"Backlog drained.\"}";

  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<IncidentUpdate> history() {
    return sandbox.emulator().state().incidentUpdates(IncidentFixtures.ONGOING);
  }

  @Test
  void postsAnUpdateAndKeepsTheAffectedServices() {
    int before = history().size();
    Sandbox.ToolCall call = sandbox.result(Sandbox.USER, "update_status_update", MONITORING);
    assertThat(call.isError()).as(call.text()).isFalse();
    List<IncidentUpdate> after = history();
    assertThat(after).hasSize(before + 1);
    IncidentUpdate last = after.get(after.size() - 1);
    assertThat(last.content()).isEqualTo("Backlog drained.");
    assertThat(last.incidentStatus()).isEqualTo("MONITORING");
    assertThat(last.sendNotification()).isFalse();
    assertThat(sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING))
        .contains("MONITORING");
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.MOBILE))
        .contains("PARTIAL_OUTAGE");
    JsonNode incident = call.structured().path("incident");
    assertThat(incident.path("status").asString()).isEqualTo("MONITORING");
    assertThat(incident.path("summary").asString()).isEqualTo("Mobile push notifications delayed");
  }

  @Test
  void addsAServiceAndReRatesAllWithImpactAlone() {
    Sandbox.ToolCall added =
        sandbox.result(
            Sandbox.USER,
            "update_status_update",
            "{\"incident_id\":\"703\",\"message\":\"Checkout is slow too.\","
                + "\"services\":[\"Checkout API\"],\"impact\":\"DEGRADED\"}");
    assertThat(added.isError()).as(added.text()).isFalse();
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.CHECKOUT))
        .contains("DEGRADED");
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.MOBILE))
        .contains("PARTIAL_OUTAGE");
    assertThat(added.structured().path("incident").path("affected_services").size()).isEqualTo(2);
    Sandbox.ToolCall all =
        sandbox.result(
            Sandbox.USER,
            "update_status_update",
            "{\"incident_id\":\"703\",\"message\":\"Recovering.\",\"impact\":\"DEGRADED\"}");
    assertThat(all.isError()).as(all.text()).isFalse();
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.MOBILE))
        .contains("DEGRADED");
  }

  @Test
  void resolvingEndsTheIncidentAndServicesRecover() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "update_status_update",
            "{\"incident_id\":\"703\",\"status\":\"RESOLVED\",\"message\":\"Fixed.\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING))
        .contains("RESOLVED");
    assertThat(sandbox.emulator().state().serviceStatus(IncidentFixtures.MOBILE))
        .contains("OPERATIONAL");
    assertThat(call.structured().path("incident").path("resolved_on").asString()).endsWith("Z");
  }

  @Test
  void aConcurrentChangeIsReportedAndNotOverwritten() throws Exception {
    sandbox.injectFault(
        FaultRule.latency("/api/incidents/703", Duration.ofMillis(1500)).method("PUT").times(1));
    CompletableFuture<Sandbox.ToolCall> tool =
        CompletableFuture.supplyAsync(
            () -> sandbox.result(Sandbox.USER, "update_status_update", MONITORING));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!sandbox.emulator().faults().list().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(sandbox.emulator().faults().list()).as("the tool's write is held back").isEmpty();
    IlertClient other = IncidentFixtures.client(sandbox);
    CallContext admin = IncidentFixtures.as(Sandbox.ADMIN);
    Tagged<Incident> fresh = other.incidents().get(admin, IncidentFixtures.ONGOING, List.of());
    Incident current = fresh.value();
    other
        .incidents()
        .update(
            admin,
            IncidentFixtures.ONGOING,
            Incident.of(
                current.summary(),
                "IDENTIFIED",
                "Root cause confirmed by the push team.",
                false,
                current.affectedServices()),
            fresh.etag());
    Sandbox.ToolCall call = tool.get();
    assertThat(call.isError()).isTrue();
    assertThat(call.text())
        .contains("changed by someone else")
        .contains("nothing was overwritten")
        .contains("get_status_update");
    List<IncidentUpdate> after = history();
    assertThat(after.get(after.size() - 1).content())
        .isEqualTo("Root cause confirmed by the push team.");
    assertThat(after).noneMatch(u -> u.content().equals("Backlog drained."));
    assertThat(sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING))
        .contains("IDENTIFIED");
  }

  @Test
  void responderIsRefusedAndTheHistoryIsUnchanged() {
    int before = history().size();
    Sandbox.ToolCall call = sandbox.result(Sandbox.RESPONDER, "update_status_update", MONITORING);
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it");
    assertThat(history()).hasSize(before);
    assertThat(sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING))
        .contains("IDENTIFIED");
  }

  @Test
  void badArgumentsAndUnknownIncidentsAreActionable() {
    int before = history().size();
    Sandbox.ToolCall noImpact =
        sandbox.result(
            Sandbox.USER,
            "update_status_update",
            "{\"incident_id\":\"703\",\"message\":\"x\",\"services\":[\"Search\"]}");
    assertThat(noImpact.isError()).isTrue();
    assertThat(noImpact.text()).contains("impact is required");
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.USER, "update_status_update", MONITORING.replace("703", "999999"));
    assertThat(missing.text()).startsWith("Not found");
    assertThat(history()).hasSize(before);
  }

  @Test
  void rateLimitAndOutageLeaveTheIncidentUnchanged() {
    int before = history().size();
    IncidentFixtures.rateLimit(sandbox, "PUT", "/api/incidents/703");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.USER, "update_status_update", MONITORING);
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "GET", "/api/incidents/703");
    Sandbox.ToolCall down = sandbox.result(Sandbox.USER, "update_status_update", MONITORING);
    assertThat(down.isError()).isTrue();
    assertThat(down.text())
        .contains("unavailable")
        .contains("not applied")
        .contains("safe to retry");
    assertThat(history()).hasSize(before);
    assertThat(sandbox.emulator().state().incidentStatus(IncidentFixtures.ONGOING))
        .contains("IDENTIFIED");
  }
}
