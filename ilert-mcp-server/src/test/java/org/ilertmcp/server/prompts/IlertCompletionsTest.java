package org.ilertmcp.server.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.resources.Rpc;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IlertCompletionsTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static JsonNode complete(
      Sandbox sandbox, String key, String refJson, String argument, String value) {
    return Rpc.result(
            sandbox,
            key,
            "completion/complete",
            "{\"ref\":"
                + refJson
                + ",\"argument\":{\"name\":\""
                + argument
                + "\",\"value\":\""
                + value
                + "\"}}")
        .path("completion");
  }

  static List<String> values(JsonNode completion) {
    List<String> out = new ArrayList<>();
    completion.path("values").forEach(v -> out.add(v.asString()));
    return out;
  }

  private static String prompt(String name) {
    return "{\"type\":\"ref/prompt\",\"name\":\"" + name + "\"}";
  }

  private static String template(String uriTemplate) {
    return "{\"type\":\"ref/resource\",\"uri\":\"" + uriTemplate + "\"}";
  }

  /** Open alert ids, newest first, as the emulator holds them. */
  static List<String> openAlertIdsNewestFirst(Sandbox sandbox) {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .sorted(Comparator.comparing(AlertSnapshot::reportTime).reversed())
        .map(a -> String.valueOf(a.id()))
        .toList();
  }

  @Test
  void openAlertIdsNewestFirstFilteredByPrefix() {
    List<String> expected = openAlertIdsNewestFirst(sandbox);
    assertThat(expected).isNotEmpty().hasSizeLessThanOrEqualTo(100);
    JsonNode all = complete(sandbox, Sandbox.ADMIN, prompt("triage_alert"), "alert_id", "");
    assertThat(values(all)).containsExactlyElementsOf(expected);
    assertThat(all.path("total").asInt()).isEqualTo(expected.size());
    assertThat(all.path("hasMore").asBoolean()).isFalse();

    String newest = expected.get(0);
    String prefix = newest.substring(0, newest.length() - 1);
    assertThat(values(complete(sandbox, Sandbox.ADMIN, prompt("triage_alert"), "alert_id", prefix)))
        .containsExactlyElementsOf(expected.stream().filter(id -> id.startsWith(prefix)).toList())
        .contains(newest);
    assertThat(
            values(complete(sandbox, Sandbox.ADMIN, template("ilert://alerts/{id}"), "id", newest)))
        .containsExactly(newest);
    assertThat(values(complete(sandbox, Sandbox.ADMIN, prompt("triage_alert"), "alert_id", "x")))
        .isEmpty();
  }

  @Test
  void incidentIdsNewestFirst() {
    assertThat(
            values(
                complete(
                    sandbox, Sandbox.USER, prompt("draft_incident_update"), "incident_id", "70")))
        .containsExactly("703", "702", "701");
    assertThat(
            values(
                complete(
                    sandbox, Sandbox.USER, prompt("postmortem_outline"), "incident_id", "701")))
        .containsExactly("701");
    assertThat(
            values(complete(sandbox, Sandbox.USER, template("ilert://incidents/{id}"), "id", "")))
        .containsExactly("703", "702", "701");
  }

  @Test
  void scheduleNamesAndIdsTheKeyCanSee() {
    assertThat(values(complete(sandbox, Sandbox.USER, prompt("oncall_handover"), "schedule", "p")))
        .containsExactly("Payments follow-the-sun", "Platform weekly");
    // The Security team's schedule 304 is private: the manager's key does not see it.
    assertThat(values(complete(sandbox, Sandbox.USER, prompt("oncall_handover"), "schedule", "30")))
        .containsExactly("301", "302", "303");
    assertThat(values(complete(sandbox, Sandbox.ADMIN, prompt("oncall_handover"), "schedule", "s")))
        .containsExactly("Security weekdays");
    assertThat(
            values(complete(sandbox, Sandbox.ADMIN, template("ilert://schedules/{id}"), "id", "")))
        .containsExactly("301", "302", "303", "304");
  }

  @Test
  void policyAndServiceIds() {
    assertThat(
            values(
                complete(
                    sandbox,
                    Sandbox.ADMIN,
                    template("ilert://escalation-policies/{id}"),
                    "id",
                    "40")))
        .containsExactly("401", "402", "403", "404", "405");
    assertThat(
            values(
                complete(
                    sandbox,
                    Sandbox.USER,
                    template("ilert://escalation-policies/{id}"),
                    "id",
                    "40")))
        .containsExactly("401", "402", "403", "405");
    assertThat(
            values(complete(sandbox, Sandbox.USER, template("ilert://services/{id}"), "id", "60")))
        .containsExactly("601", "602", "603", "604", "605", "606");
  }

  @Test
  void daysAndUnknownArguments() {
    assertThat(values(complete(sandbox, Sandbox.USER, prompt("review_alert_noise"), "days", "")))
        .containsExactly("1", "7", "14", "30", "60", "90");
    assertThat(values(complete(sandbox, Sandbox.USER, prompt("review_alert_noise"), "days", "9")))
        .containsExactly("90");
    assertThat(values(complete(sandbox, Sandbox.USER, prompt("triage_alert"), "other", "")))
        .isEmpty();
    assertThat(values(complete(sandbox, Sandbox.USER, template("ilert://me"), "id", ""))).isEmpty();
  }
}
