package org.ilertmcp.server.tools.analysis.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.DemoRotation;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InvestigateAlertToolTest {
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

  private static AlertSnapshot open(String key) {
    return sandbox.emulator().state().alertsWithKey(key).stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode investigate(AlertSnapshot alert, int days) {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "investigate_alert",
            "{\"alert_id\":\"" + alert.id() + "\",\"lookback_days\":" + days + "}");
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured();
  }

  /** Alerts of the look-back window as the emulator holds them, without the alert itself. */
  private static List<AlertSnapshot> window(AlertSnapshot alert, int days, JsonNode bundle) {
    Instant from = alert.reportTime().minus(Duration.ofDays(days));
    Instant until =
        Instant.parse(bundle.path("related_alerts").path("window").path("until").asString());
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> a.id() != alert.id())
        .filter(a -> !a.reportTime().isBefore(from) && !a.reportTime().isAfter(until))
        .toList();
  }

  @Test
  void findsTheAffectedServicesOngoingIncidentForThePushBacklog() {
    AlertSnapshot alert = open("push-queue-backlog");
    JsonNode r = investigate(alert, 7);

    JsonNode services = r.path("services");
    assertThat(DemoRotation.ids(services.path("affected"))).contains(604L);
    assertThat(DemoRotation.ids(services.path("open_incidents"))).containsExactly(703L);
    assertThat(services.path("open_incidents").path(0).path("status").asString())
        .isEqualTo("IDENTIFIED");
    assertThat(r.path("next_steps").toString()).contains("summarize_incident incident_id=703");

    long sameSource =
        window(alert, 7, r).stream().filter(a -> a.sourceId() == alert.sourceId()).count();
    assertThat(sameSource).isPositive();
    assertThat(r.path("related_alerts").path("same_source").asLong()).isEqualTo(sameSource);
    assertThat(r.path("alert").path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(r.path("next_steps").toString()).contains("resolve_alert alert_id=" + alert.id());
  }

  @Test
  void recognisesTheFlappingKeyAmongRelatedAlerts() {
    AlertSnapshot alert = open("checkout-pod-crashloop");
    JsonNode r = investigate(alert, 30);
    List<AlertSnapshot> sameKey =
        window(alert, 30, r).stream()
            .filter(a -> "checkout-pod-crashloop".equals(a.alertKey()))
            .toList();
    assertThat(sameKey).hasSizeGreaterThanOrEqualTo(40);
    JsonNode related = r.path("related_alerts");
    assertThat(related.path("same_key").asLong()).isEqualTo(sameKey.size());
    long unattended =
        sameKey.stream()
            .filter(a -> a.acceptedOn() == null && a.status().equals("RESOLVED"))
            .count();
    assertThat(related.path("outcomes").path("resolved_without_acceptance").asLong())
        .isGreaterThanOrEqualTo(unattended);
    assertThat(related.path("alerts").path(0).path("relation").toString()).contains("same_key");
    assertThat(related.path("alerts").path(0).path("ended").asString())
        .isEqualTo("resolved without acceptance (by the source)");
    assertThat(r.path("next_steps").toString()).contains("likely flapping");
  }

  @Test
  void reportsTheEscalationStateOfAPendingAlert() {
    AlertSnapshot alert = open("checkout-5xx");
    JsonNode r = investigate(alert, 7);
    JsonNode esc = r.path("escalation");
    assertThat(esc.path("current_level").asInt()).isEqualTo(alert.escalationLevel() + 1);
    assertThat(esc.path("notified").size())
        .isEqualTo(sandbox.emulator().state().notifications(alert.id()).size());
    assertThat(r.path("timeline").path("read").asInt())
        .isEqualTo(sandbox.emulator().state().logEntries(alert.id()).size());
    assertThat(r.path("next_steps").path(0).asString()).startsWith("Nobody has accepted it");
    assertThat(r.path("on_call_now").path("levels").size()).isPositive();
    assertThat(DemoRotation.ids(r.path("services").path("affected"))).contains(601L);
    assertThat(r.has("missing")).isFalse();
  }

  @Test
  void theServiceTheAlertNamesComesFirstAndItsTeamsPipelinesAreCandidates() {
    // "High 5xx rate on checkout" names 601 Checkout API (alias "checkout", team Payments); the
    // Platform source's team owns other services, which are listed after it as weak evidence
    AlertSnapshot alert = open("checkout-5xx");
    JsonNode r = investigate(alert, 7);
    JsonNode affected = r.path("services").path("affected");
    assertThat(affected.path(0).path("id").asLong()).isEqualTo(601L);
    assertThat(affected.path(0).path("evidence").asString()).isEqualTo("strong");
    assertThat(affected.path(0).path("why").toString()).contains("named in the alert summary");
    boolean weakSeen = false;
    for (JsonNode s : affected) {
      if (s.path("evidence").asString().equals("weak")) {
        weakSeen = true;
      } else {
        assertThat(weakSeen).as("strong evidence before weak: " + affected).isFalse();
      }
    }
    JsonNode changes = r.path("recent_changes");
    assertThat(DemoRotation.ids(changes.path("pipelines"))).contains(801L);
    assertThat(changes.path("deployment_events").asString()).startsWith("unknown");
    assertThat(r.path("next_steps").toString()).doesNotContain("No deployment pipeline");
  }

  @Test
  void recentChangesListThePipelinesOfTheAlertsTeams() {
    AlertSnapshot alert = open("payment-latency-p99");
    JsonNode changes = investigate(alert, 7).path("recent_changes");
    // Source 502 and policy 402 belong to Payments, which owns pipelines 801 and 802 (not 803).
    assertThat(DemoRotation.ids(changes.path("pipelines")))
        .contains(801L, 802L)
        .doesNotContain(803L);
    assertThat(changes.path("github").path("configured").asBoolean()).isFalse();
  }

  @Test
  void theNoisiestSourcesAlertStaysWithinTheBudget() {
    AlertSnapshot alert = open("legacy-2/disk");
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN,
            "investigate_alert",
            "{\"alert_id\":\"" + alert.id() + "\",\"lookback_days\":30}");
    assertThat(call.isError()).isFalse();
    assertThat(call.text().length() / 4).isLessThanOrEqualTo(8000);
    assertThat(call.structured().path("related_alerts").path("same_source").asLong())
        .isGreaterThan(100);
  }

  @Test
  void aFailedReadYieldsAPartialBundleThatSaysWhatIsMissing() {
    sandbox.injectFault(FaultRule.serverError("/api/status-pages", 503).method("GET"));
    AlertSnapshot alert = open("push-queue-backlog");
    JsonNode r = investigate(alert, 7);
    assertThat(r.path("missing").toString()).contains("status_pages").contains("503");
    assertThat(DemoRotation.ids(r.path("services").path("open_incidents"))).containsExactly(703L);
    assertThat(r.path("next_steps").toString()).contains("could not be read");
  }

  @Test
  void anUnknownAlertIsAClearError() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "investigate_alert", "{\"alert_id\":\"99999999\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).startsWith("Not found");
  }
}
