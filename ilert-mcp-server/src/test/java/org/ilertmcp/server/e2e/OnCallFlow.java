package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A realistic on-call flow through a {@link FlowDriver}, checking the emulator after every step:
 * find an open high-priority alert, read its timeline, accept it, see who is on call, open an
 * incident and post an update, resolve the alert.
 */
final class OnCallFlow {
  private OnCallFlow() {}

  /** The ids the flow acted on. */
  record Result(long alertId, long incidentId) {}

  /**
   * Runs the flow; {@code halfway} runs after the alert is accepted (a test may stop a server
   * there).
   */
  static Result run(FlowDriver client, EmulatorState state, Runnable halfway) throws IOException {
    List<String> tools = new ArrayList<>();
    client.hello().path("tools").forEach(t -> tools.add(t.asString()));
    assertThat(tools).contains("list_alerts", "accept_alert", "who_is_on_call", "create_incident");

    JsonNode open =
        client.call("list_alerts", args("{\"states\":[\"PENDING\"],\"priority\":\"HIGH\"}"));
    assertThat(open.path("alerts").size()).as("open high-priority alerts").isPositive();
    long alertId = open.path("alerts").get(0).path("id").asLong();
    var before = state.alert(alertId).orElseThrow();
    assertThat(before.status()).isEqualTo("PENDING");
    assertThat(before.priority()).isEqualTo("HIGH");

    JsonNode timeline =
        client.call("get_alert_timeline", args("{\"alert_id\":\"" + alertId + "\"}"));
    assertThat(timeline.path("entries").size()).isPositive();
    assertThat(state.logEntries(alertId))
        .hasSizeGreaterThanOrEqualTo(timeline.path("entries").size());

    client.call("accept_alert", args("{\"alert_id\":\"" + alertId + "\"}"));
    assertThat(state.alert(alertId).orElseThrow().status()).isEqualTo("ACCEPTED");
    halfway.run();

    JsonNode onCall =
        client.call(
            "who_is_on_call", args("{\"escalation_policy\":\"" + before.policyId() + "\"}"));
    assertThat(onCall.path("on_call").size())
        .as("on call for policy %s", before.policyId())
        .isPositive();

    JsonNode services = client.call("list_services", args("{}"));
    long serviceId = services.path("services").get(0).path("id").asLong();
    JsonNode created =
        client.call(
            "create_incident",
            args(
                "{\"summary\":\"Checkout errors\",\"message\":\"We are investigating elevated"
                    + " errors.\",\"services\":[\""
                    + serviceId
                    + "\"],\"impact\":\"DEGRADED\"}"));
    long incidentId = created.path("incident").path("id").asLong();
    assertThat(state.incidentStatus(incidentId)).hasValue("INVESTIGATING");
    assertThat(state.serviceStatus(serviceId)).hasValue("DEGRADED");
    int updatesBefore = state.incidentUpdates(incidentId).size();

    client.call(
        "update_incident",
        args(
            "{\"incident_id\":\""
                + incidentId
                + "\",\"status\":\"MONITORING\",\"message\":\"A fix is deployed; we are"
                + " monitoring.\"}"));
    assertThat(state.incidentStatus(incidentId)).hasValue("MONITORING");
    assertThat(state.incidentUpdates(incidentId)).hasSizeGreaterThan(updatesBefore);

    client.call("resolve_alert", args("{\"alert_id\":\"" + alertId + "\"}"));
    assertThat(state.alert(alertId).orElseThrow().status()).isEqualTo("RESOLVED");
    return new Result(alertId, incidentId);
  }

  private static ObjectNode args(String json) {
    return (ObjectNode) Json.parse(json);
  }
}
