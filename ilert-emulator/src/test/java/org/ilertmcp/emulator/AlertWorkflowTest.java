package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Manual alerts, reassignment, responders, timelines and alert actions. */
class AlertWorkflowTest {
  private final Sandbox s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));

  @AfterEach
  void close() {
    s.close();
  }

  private long manual(String responders) {
    return s.expect(
            201,
            Sandbox.RESPONDER,
            "POST",
            "/api/alerts",
            "{\"summary\":\"Checkout broken\",\"alertSource\":{\"id\":501}" + responders + "}")
        .get("id")
        .asLong();
  }

  @Test
  void manualAlertWithRespondersNotifiesOnlyThemAndDoesNotEscalate() {
    long id = manual(",\"responders\":[{\"user\":{\"id\":1004}}]");
    s.clock.advance(Duration.ofHours(2));
    assertThat(s.emu.state().notifications(id))
        .extracting(Notification::userId)
        .containsOnly(1004L);
    assertThat(s.emu.state().logEntries(id).get(0).logEntryType())
        .isEqualTo("AlertCreatedByUserLogEntry");
  }

  @Test
  void reassignmentToAUserOrAScheduleReplacesThePendingResponder() {
    long id = manual("");
    JsonNode toUser =
        s.expect(200, Sandbox.RESPONDER, "PUT", "/api/alerts/" + id + "/assign?user=1006", null);
    assertThat(toUser.get("responders"))
        .extracting(r -> r.get("user").get("id").asLong())
        .containsExactly(1006L);
    JsonNode toSchedule =
        s.expect(200, Sandbox.RESPONDER, "PUT", "/api/alerts/" + id + "/assign?schedule=303", null);
    assertThat(toSchedule.get("responders"))
        .extracting(r -> r.get("user").get("id").asLong())
        .containsExactly(1007L);
    assertThat(s.emu.state().logEntries(id))
        .extracting(LogEntry::logEntryType)
        .contains("AlertAssignedByUserLogEntry", "AlertAssignedToScheduleLogEntry");
    s.expect(400, Sandbox.RESPONDER, "PUT", "/api/alerts/" + id + "/assign?user=1012", null);
  }

  @Test
  void respondersCanBeAddedOnceAndRemoved() {
    long id = manual("");
    JsonNode added =
        s.expect(
            201,
            Sandbox.RESPONDER,
            "POST",
            "/api/alerts/" + id + "/responders",
            "{\"user\":{\"id\":1011}}");
    assertThat(added.get("status").asString()).isEqualTo("PENDING");
    s.expect(
        405,
        Sandbox.RESPONDER,
        "POST",
        "/api/alerts/" + id + "/responders",
        "{\"user\":{\"id\":1011}}");
    assertThat(s.emu.state().alert(id).orElseThrow().responders())
        .extracting(AlertSnapshot.ResponderSnapshot::userId)
        .contains(1011L);
    s.expect(204, Sandbox.RESPONDER, "DELETE", "/api/alerts/" + id + "/responders/1011", null);
    assertThat(s.emu.state().alert(id).orElseThrow().responders())
        .extracting(AlertSnapshot.ResponderSnapshot::userId)
        .doesNotContain(1011L);
  }

  @Test
  void logEntryFiltersSelectByGroup() {
    long id = manual("");
    JsonNode notifications =
        s.expect(
            200,
            Sandbox.ADMIN,
            "GET",
            "/api/alerts/" + id + "/log-entries?filter-types=NOTIFICATIONS",
            null);
    assertThat(notifications).isNotEmpty();
    notifications.forEach(
        e -> assertThat(e.get("filterTypes").get(0).asString()).isEqualTo("NOTIFICATIONS"));
    JsonNode withVars =
        s.expect(
            200, Sandbox.ADMIN, "GET", "/api/alerts/" + id + "/log-entries?include=vars", null);
    assertThat(withVars.get(0).has("vars")).isTrue();
    assertThat(
            s.expect(200, Sandbox.ADMIN, "GET", "/api/alerts/" + id + "/log-entries", null)
                .get(0)
                .has("vars"))
        .isFalse();
  }

  @Test
  void manualAlertActionsRecordTheirResults() {
    long id = manual("");
    JsonNode actions =
        s.expect(200, Sandbox.RESPONDER, "GET", "/api/alerts/" + id + "/actions", null);
    assertThat(actions)
        .extracting(a -> a.get("alertActionId").asString())
        .containsExactlyInAnyOrder("aa-jira-ticket", "aa-broken-webhook");
    JsonNode ok =
        s.expect(
            201,
            Sandbox.RESPONDER,
            "POST",
            "/api/alerts/" + id + "/actions",
            "{\"alertActionId\":\"aa-jira-ticket\"}");
    JsonNode failed =
        s.expect(
            201,
            Sandbox.RESPONDER,
            "POST",
            "/api/alerts/" + id + "/actions",
            "{\"alertActionId\":\"aa-broken-webhook\"}");
    assertThat(ok.get("success").asBoolean()).isTrue();
    assertThat(failed.get("success").asBoolean()).isFalse();
    assertThat(ok.get("actor").get("id").asLong()).isEqualTo(1003);
    JsonNode after =
        s.expect(200, Sandbox.RESPONDER, "GET", "/api/alerts/" + id + "/actions", null);
    after.forEach(a -> assertThat(a.get("history")).hasSize(1));
    assertThat(s.emu.state().logEntries(id))
        .extracting(LogEntry::logEntryType)
        .contains("AlertActionSuccessLogEntry", "AlertActionFailLogEntry");
    s.expect(
        404,
        Sandbox.RESPONDER,
        "POST",
        "/api/alerts/" + id + "/actions",
        "{\"alertActionId\":\"aa-restart-pod\"}");
  }
}
