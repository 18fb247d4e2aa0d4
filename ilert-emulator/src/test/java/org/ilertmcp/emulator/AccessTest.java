package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Authentication, role permissions and team visibility. */
class AccessTest {
  private static Sandbox s;

  @BeforeAll
  static void start() {
    s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void missingCredentialsAre401AndUnknownKeys403KeyError() {
    Api.Reply none = s.api.get(null, "/api/users/current");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    JsonNode unknown = s.expect(403, "il1api-looks-real-but-is-not", "GET", "/api/alerts", null);
    assertThat(unknown.get("code").asString()).isEqualTo("KEY_ERROR");
    s.expect(403, null, "GET", "/api/alerts", null, "Authorization", "Basic dXNlcjpwYXNz");
    assertThat(
            s.expect(200, Sandbox.RESPONDER, "GET", "/api/users/current", null).get("id").asLong())
        .isEqualTo(1003);
  }

  @Test
  void aStakeholderCannotResolveButAResponderCan() {
    long id =
        s.expect(200, Sandbox.ADMIN, "GET", "/api/alerts?states=PENDING&sources=501", null)
            .get(0)
            .get("id")
            .asLong();
    JsonNode denied =
        s.expect(403, Sandbox.STAKEHOLDER, "PUT", "/api/alerts/" + id + "/resolve", null);
    assertThat(denied.get("code").asString()).isEqualTo("PERMISSION_DENIED");
    assertThat(s.emu.state().alert(id).orElseThrow().status()).isEqualTo("PENDING");
    s.expect(200, Sandbox.RESPONDER, "PUT", "/api/alerts/" + id + "/resolve", null);
    assertThat(s.emu.state().alert(id).orElseThrow().status()).isEqualTo("RESOLVED");
  }

  @Test
  void privateTeamResourcesAreHiddenFromNonMembers() {
    long siem = 507;
    s.expect(404, Sandbox.RESPONDER, "GET", "/api/alert-sources/" + siem, null);
    s.expect(200, Sandbox.SECURITY, "GET", "/api/alert-sources/" + siem, null);
    JsonNode hidden = s.expect(200, Sandbox.RESPONDER, "GET", "/api/alerts?sources=507", null);
    JsonNode visible = s.expect(200, Sandbox.SECURITY, "GET", "/api/alerts?sources=507", null);
    assertThat(hidden).isEmpty();
    assertThat(visible).isNotEmpty();
    long alert = visible.get(0).get("id").asLong();
    s.expect(404, Sandbox.RESPONDER, "GET", "/api/alerts/" + alert, null);
  }

  @Test
  void integrationKeysAreOnlyShownToRolesThatMayManageSources() {
    assertThat(
            s.expect(200, Sandbox.ADMIN, "GET", "/api/alert-sources/501", null)
                .has("integrationKey"))
        .isTrue();
    assertThat(
            s.expect(200, Sandbox.RESPONDER, "GET", "/api/alert-sources/501", null)
                .has("integrationKey"))
        .isFalse();
  }

  @Test
  void teamContextHeaderNarrowsLists() {
    JsonNode payments =
        s.expect(
            200, Sandbox.ADMIN, "GET", "/api/escalation-policies", null, "team-context", "202");
    assertThat(payments).hasSize(1);
    assertThat(payments.get(0).get("name").asString()).isEqualTo("Payments 24/7");
    JsonNode mine =
        s.expect(200, Sandbox.RESPONDER, "GET", "/api/schedules", null, "x-team-context", "-1");
    assertThat(mine).extracting(n -> n.get("id").asLong()).containsExactly(301L);
  }

  @Test
  void unknownPathsAndMethodsAnswerInIlertsErrorShape() {
    assertThat(
            s.expect(404, Sandbox.ADMIN, "GET", "/api/nothing-here", null).get("code").asString())
        .isEqualTo("NOT_FOUND");
    s.expect(405, Sandbox.ADMIN, "PATCH", "/api/alerts/1", "{}");
  }
}
