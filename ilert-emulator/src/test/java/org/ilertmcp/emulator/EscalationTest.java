package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.domain.LogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Escalation advances with the clock, following the policy's rules. */
class EscalationTest {
  private final Sandbox s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));

  @AfterEach
  void close() {
    s.close();
  }

  private static final String THREE_LEVELS =
      "[{\"escalationTimeout\":10,\"users\":[{\"id\":1003}]},"
          + "{\"escalationTimeout\":10,\"users\":[{\"id\":1006}]},"
          + "{\"escalationTimeout\":10,\"users\":[{\"id\":1010}]}]";

  private List<Long> notifiedUsers(long alertId) {
    return s.emu.state().notifications(alertId).stream().map(n -> n.userId()).distinct().toList();
  }

  @Test
  void highAlertEscalatesLevelByLevelAsTimePasses() {
    String key = s.source("Escalation test", s.policy("Three levels", THREE_LEVELS, false), "HIGH");
    long id = Sandbox.alertId(s.event(key, "ALERT", "db-down", "Database down"));

    assertThat(s.alert(id).get("nextEscalationRuleIndex").asInt()).isZero();
    assertThat(notifiedUsers(id)).containsExactly(1003L);

    s.clock.advance(Duration.ofMinutes(10));
    JsonNode second = s.alert(id);
    assertThat(second.get("nextEscalationRuleIndex").asInt()).isEqualTo(1);
    assertThat(second.get("responders").get(0).get("user").get("id").asLong()).isEqualTo(1006);
    assertThat(notifiedUsers(id)).containsExactly(1003L, 1006L);

    s.clock.advance(Duration.ofMinutes(25));
    assertThat(s.alert(id).get("nextEscalationRuleIndex").asInt()).isEqualTo(2);
    assertThat(notifiedUsers(id)).containsExactly(1003L, 1006L, 1010L);
    assertThat(s.alert(id).has("nextEscalation")).as("non-repeating policy ends").isFalse();
    assertThat(s.emu.state().logEntries(id))
        .extracting(LogEntry::logEntryType)
        .contains(
            "AlertReceivedLogEntry",
            "AlertAssignedBySystemLogEntry",
            "AlertEscalatedToLevelLogEntry");
  }

  @Test
  void lowPriorityNotifiesOnlyTheFirstLevel() {
    String key = s.source("Low source", s.policy("Three levels low", THREE_LEVELS, false), "LOW");
    long id = Sandbox.alertId(s.event(key, "ALERT", "disk", "Disk 80%"));
    s.clock.advance(Duration.ofHours(2));
    JsonNode alert = s.alert(id);
    assertThat(alert.get("priority").asString()).isEqualTo("LOW");
    assertThat(alert.get("nextEscalationRuleIndex").asInt()).isZero();
    assertThat(notifiedUsers(id)).containsExactly(1003L);
    assertThat(s.emu.state().notifications(id)).allMatch(n -> n.method().equals("EMAIL"));
  }

  @Test
  void acceptingStopsEscalation() {
    String key = s.source("Accept source", s.policy("Accept policy", THREE_LEVELS, false), "HIGH");
    long id = Sandbox.alertId(s.event(key, "ALERT", "api-5xx", "5xx"));
    s.clock.advance(Duration.ofMinutes(3));
    JsonNode accepted =
        s.expect(200, Sandbox.RESPONDER, "PUT", "/api/alerts/" + id + "/accept", null);
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(accepted.get("responders").get(0).get("status").asString()).isEqualTo("ACCEPTED");
    s.clock.advance(Duration.ofHours(1));
    assertThat(notifiedUsers(id)).containsExactly(1003L);
    assertThat(s.alert(id).has("nextEscalation")).isFalse();
  }

  @Test
  void levelWhoseScheduleHasNobodyOnCallIsSkippedAtOnce() {
    long schedule =
        s.expect(
                201,
                Sandbox.USER,
                "POST",
                "/api/schedules",
                "{\"name\":\"Next month only\",\"timezone\":\"Europe/Berlin\",\"type\":\"STATIC\","
                    + "\"shifts\":[{\"user\":{\"id\":1003},\"start\":\"2026-04-01T08:00\",\"end\":\"2026-04-01T18:00\"}]}")
            .get("id")
            .asLong();
    long policy =
        s.policy(
            "Empty first level",
            "[{\"escalationTimeout\":30,\"schedules\":[{\"id\":"
                + schedule
                + "}]},"
                + "{\"escalationTimeout\":30,\"users\":[{\"id\":1006}]}]",
            false);
    long id = Sandbox.alertId(s.event(s.source("Skip source", policy, "HIGH"), "ALERT", "k", "x"));
    JsonNode alert = s.alert(id);
    assertThat(alert.get("nextEscalationRuleIndex").asInt()).isEqualTo(1);
    assertThat(notifiedUsers(id)).containsExactly(1006L);
    assertThat(s.emu.state().logEntries(id))
        .extracting(LogEntry::logEntryType)
        .contains("NobodyOnCallLogEntry");
  }

  @Test
  void scheduleLevelNotifiesWhoeverIsOnCallAtThatMoment() {
    // demo schedule 303 has an override for user 1007 covering "now"
    long policy =
        s.policy("Mobile copy", "[{\"escalationTimeout\":5,\"schedules\":[{\"id\":303}]}]", false);
    long id = Sandbox.alertId(s.event(s.source("Mobile test", policy, "HIGH"), "ALERT", "m", "x"));
    assertThat(notifiedUsers(id)).containsExactly(1007L);
  }

  @Test
  void repeatingPolicyStartsOverOnce() {
    long policy =
        s.policy(
            "Repeat",
            "[{\"escalationTimeout\":5,\"users\":[{\"id\":1003}]},{\"escalationTimeout\":5,\"users\":[{\"id\":1006}]}]",
            true);
    long id = Sandbox.alertId(s.event(s.source("Repeat src", policy, "HIGH"), "ALERT", "r", "x"));
    s.clock.advance(Duration.ofMinutes(60));
    long notifications1003 =
        s.emu.state().notifications(id).stream().filter(n -> n.userId() == 1003).count();
    // PUSH + SMS each time: first round and one repetition
    assertThat(notifications1003).isEqualTo(4);
    assertThat(s.alert(id).has("nextEscalation")).isFalse();
  }
}
