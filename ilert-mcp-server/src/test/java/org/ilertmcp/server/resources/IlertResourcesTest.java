package org.ilertmcp.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class IlertResourcesTest {
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

  private static AlertSnapshot openAlert(String key) {
    return sandbox.emulator().state().alertsWithKey(key).stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsTheResourcesAndTemplates() {
    JsonNode resources = Rpc.result(sandbox, Sandbox.ADMIN, "resources/list", "{}");
    assertThat(strings(resources.path("resources"), "uri"))
        .containsExactly("ilert://oncall/now", "ilert://alerts/open", "ilert://me");
    assertThat(resources.path("resources").get(0).path("mimeType").asString())
        .isEqualTo("application/json");
    JsonNode templates = Rpc.result(sandbox, Sandbox.ADMIN, "resources/templates/list", "{}");
    assertThat(strings(templates.path("resourceTemplates"), "uriTemplate"))
        .containsExactly(
            "ilert://alerts/{id}",
            "ilert://incidents/{id}",
            "ilert://services/{id}",
            "ilert://schedules/{id}",
            "ilert://escalation-policies/{id}");
  }

  @Test
  void alertIsTheGetAlertProjection() {
    AlertSnapshot expected = openAlert("checkout-5xx");
    JsonNode read = Rpc.read(sandbox, Sandbox.RESPONDER, "ilert://alerts/" + expected.id());
    JsonNode alert = read.path("alert");
    assertThat(alert.path("id").asLong()).isEqualTo(expected.id());
    assertThat(alert.path("summary").asString()).isEqualTo(expected.summary());
    assertThat(alert.path("status").asString()).isEqualTo(expected.status());
    assertThat(alert.path("escalation_policy").path("id").asLong()).isEqualTo(401);
    assertThat(alert.path("escalation").path("levels")).hasSize(3);
    JsonNode tool =
        sandbox
            .result(Sandbox.RESPONDER, "get_alert", "{\"alert_id\":\"" + expected.id() + "\"}")
            .structured();
    assertThat(Json.write(read)).isEqualTo(Json.write(tool));
  }

  @Test
  void incidentIsTheGetIncidentProjection() {
    JsonNode incident = Rpc.read(sandbox, Sandbox.USER, "ilert://incidents/703").path("incident");
    assertThat(incident.path("id").asLong()).isEqualTo(703);
    assertThat(incident.path("summary").asString()).isEqualTo("Mobile push notifications delayed");
    assertThat(incident.path("status").asString()).isEqualTo("IDENTIFIED");
    assertThat(incident.path("history")).hasSize(2);
    assertThat(Json.write(Rpc.read(sandbox, Sandbox.USER, "ilert://incidents/703")))
        .isEqualTo(
            Json.write(
                sandbox
                    .result(Sandbox.USER, "get_status_update", "{\"incident_id\":\"703\"}")
                    .structured()));
  }

  @Test
  void serviceScheduleAndPolicy() {
    JsonNode service = Rpc.read(sandbox, Sandbox.USER, "ilert://services/601").path("service");
    assertThat(service.path("id").asLong()).isEqualTo(601);
    assertThat(service.path("name").asString()).isEqualTo("Checkout API");

    JsonNode schedule = Rpc.read(sandbox, Sandbox.USER, "ilert://schedules/301").path("schedule");
    assertThat(schedule.path("id").asLong()).isEqualTo(301);
    assertThat(schedule.path("name").asString()).isEqualTo("Platform weekly");
    assertThat(schedule.path("time_zone").asString()).isEqualTo("Europe/Berlin");

    JsonNode policy =
        Rpc.read(sandbox, Sandbox.USER, "ilert://escalation-policies/401")
            .path("escalation_policy");
    assertThat(policy.path("id").asLong()).isEqualTo(401);
    assertThat(policy.path("name").asString()).isEqualTo("Platform critical");
    assertThat(policy.path("levels")).hasSize(3);
  }

  @Test
  void scheduleByEncodedName() {
    JsonNode schedule =
        Rpc.read(sandbox, Sandbox.USER, "ilert://schedules/Platform%20weekly").path("schedule");
    assertThat(schedule.path("id").asLong()).isEqualTo(301);
  }

  @Test
  void onCallNowIsWhoIsOnCallWithoutFilters() {
    JsonNode read = Rpc.read(sandbox, Sandbox.USER, "ilert://oncall/now");
    JsonNode tool = sandbox.result(Sandbox.USER, "who_is_on_call", "{}").structured();
    assertThat(read.path("on_call")).isNotEmpty();
    assertThat(Json.write(withoutAt(read))).isEqualTo(Json.write(withoutAt(tool)));
    Set<Long> policies =
        toSet(read.path("on_call"), n -> n.path("escalation_policy").path("id").asLong());
    assertThat(policies).contains(401L, 402L);
  }

  @Test
  void openAlertsAreTheNewestOpenOnes() {
    JsonNode alerts = Rpc.read(sandbox, Sandbox.ADMIN, "ilert://alerts/open").path("alerts");
    List<AlertSnapshot> open =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .toList();
    assertThat(open).isNotEmpty();
    assertThat(alerts).hasSize(Math.min(100, open.size()));
    Set<Long> openIds = open.stream().map(AlertSnapshot::id).collect(Collectors.toSet());
    assertThat(toSet(alerts, n -> n.path("id").asLong())).isSubsetOf(openIds);
    alerts.forEach(a -> assertThat(a.path("status").asString()).isIn("PENDING", "ACCEPTED"));
  }

  @Test
  void meIsTheKeysUser() {
    JsonNode user = Rpc.read(sandbox, Sandbox.ADMIN, "ilert://me").path("user");
    assertThat(user.path("id").asLong()).isEqualTo(1001);
    assertThat(user.path("name").asString()).isEqualTo("Amelia Archer");
  }

  @Test
  void unknownIdsAreResourceNotFound() {
    for (String uri :
        List.of(
            "ilert://alerts/999999",
            "ilert://alerts/abc",
            "ilert://incidents/999999",
            "ilert://services/999999",
            "ilert://schedules/No%20such%20schedule",
            "ilert://escalation-policies/999999",
            "ilert://nothing/here")) {
      JsonNode error =
          Rpc.call(sandbox, Sandbox.ADMIN, "resources/read", "{\"uri\":\"" + uri + "\"}")
              .path("error");
      assertThat(error.path("code").asInt()).as(uri).isEqualTo(-32002);
      assertThat(error.path("data").path("uri").asString()).as(uri).isEqualTo(uri);
    }
  }

  @Test
  void privateAlertIsNotFoundForOutsiders() {
    long id = openAlert("login-burst").id();
    JsonNode error =
        Rpc.call(
                sandbox,
                Sandbox.RESPONDER,
                "resources/read",
                "{\"uri\":\"ilert://alerts/" + id + "\"}")
            .path("error");
    assertThat(error.path("code").asInt()).isEqualTo(-32002);
    assertThat(
            Rpc.read(sandbox, Sandbox.ADMIN, "ilert://alerts/" + id)
                .path("alert")
                .path("id")
                .asLong())
        .isEqualTo(id);
  }

  @Test
  void ilertFailureIsAClearErrorWithoutInternals() {
    sandbox.injectFault(FaultRule.serverError("/api/incidents/**", 503).method("GET"));
    JsonNode error =
        Rpc.call(sandbox, Sandbox.USER, "resources/read", "{\"uri\":\"ilert://incidents/703\"}")
            .path("error");
    assertThat(error.path("code").asInt()).isEqualTo(-32004);
    assertThat(error.path("message").asString())
        .startsWith("Could not read ilert://incidents/703: ilert is unavailable (HTTP 503)")
        .doesNotContain("http://", "demo-user-key", "Exception");
  }

  @Test
  void aKeyIlertRejectsIsAnAuthorizationErrorOnResourcesAndPrompts() {
    String unknown = "not-a-key-ilert-knows";
    JsonNode read =
        Rpc.call(sandbox, unknown, "resources/read", "{\"uri\":\"ilert://incidents/703\"}")
            .path("error");
    assertThat(read.path("code").asInt()).isEqualTo(-32001);
    assertThat(read.path("message").asString())
        .contains("ilert rejected the API key")
        .doesNotContain(unknown);
    JsonNode prompt =
        Rpc.call(
                sandbox,
                unknown,
                "prompts/get",
                "{\"name\":\"draft_incident_update\",\"arguments\":{\"incident_id\":\"703\"}}")
            .path("error");
    assertThat(prompt.path("code").asInt()).isEqualTo(-32001);
    assertThat(prompt.path("message").asString()).contains("ilert rejected the API key");
  }

  private static ObjectNode withoutAt(JsonNode node) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove("at");
    return copy;
  }

  private static List<String> strings(JsonNode array, String field) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asString()));
    return out;
  }

  private static <T> Set<T> toSet(JsonNode array, java.util.function.Function<JsonNode, T> f) {
    Set<T> out = new java.util.LinkedHashSet<>();
    array.forEach(n -> out.add(f.apply(n)));
    return out;
  }
}
