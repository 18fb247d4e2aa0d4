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
    assertThat(tools)
        .contains("list_alerts", "accept_alert", "who_is_on_call", "create_status_update");

    JsonNode open =
        client.call("list_alerts", args("{\"states\":[\"PENDING\"],\"priority\":\"HIGH\"}"));
    assertThat(open.path("alerts").size()).as("open high-priority alerts").isPositive();
    // Ids go from one result into the next call as they came: JSON numbers, as agents copy them.
    JsonNode alertIdNode = open.path("alerts").get(0).path("id");
    assertThat(alertIdNode.isIntegralNumber()).as("list_alerts returns numeric ids").isTrue();
    long alertId = alertIdNode.asLong();
    var before = state.alert(alertId).orElseThrow();
    assertThat(before.status()).isEqualTo("PENDING");
    assertThat(before.priority()).isEqualTo("HIGH");

    JsonNode timeline = client.call("get_alert_timeline", with("alert_id", alertIdNode));
    assertThat(timeline.path("entries").size()).isPositive();
    assertThat(state.logEntries(alertId))
        .hasSizeGreaterThanOrEqualTo(timeline.path("entries").size());

    client.call("accept_alert", with("alert_id", alertIdNode));
    assertThat(state.alert(alertId).orElseThrow().status()).isEqualTo("ACCEPTED");
    halfway.run();

    JsonNode onCall =
        client.call(
            "who_is_on_call",
            with("escalation_policy", Json.object().numberNode(before.policyId())));
    assertThat(onCall.path("on_call").size())
        .as("on call for policy %s", before.policyId())
        .isPositive();

    JsonNode services = client.call("list_services", args("{}"));
    JsonNode serviceIdNode = services.path("services").get(0).path("id");
    long serviceId = serviceIdNode.asLong();
    ObjectNode incident =
        args(
            "{\"summary\":\"Checkout errors\",\"message\":\"We are investigating elevated"
                + " errors.\",\"impact\":\"DEGRADED\"}");
    incident.putArray("services").add(serviceIdNode);
    JsonNode created = client.call("create_status_update", incident);
    JsonNode incidentIdNode = created.path("incident").path("id");
    long incidentId = incidentIdNode.asLong();
    assertThat(state.incidentStatus(incidentId)).hasValue("INVESTIGATING");
    assertThat(state.serviceStatus(serviceId)).hasValue("DEGRADED");
    int updatesBefore = state.incidentUpdates(incidentId).size();

    ObjectNode update =
        args("{\"status\":\"MONITORING\",\"message\":\"A fix is deployed; we are monitoring.\"}");
    update.set("incident_id", incidentIdNode);
    client.call("update_status_update", update);
    assertThat(state.incidentStatus(incidentId)).hasValue("MONITORING");
    assertThat(state.incidentUpdates(incidentId)).hasSizeGreaterThan(updatesBefore);

    client.call("resolve_alert", with("alert_id", alertIdNode));
    assertThat(state.alert(alertId).orElseThrow().status()).isEqualTo("RESOLVED");
    return new Result(alertId, incidentId);
  }

  /** Arguments with one value copied from a result as it is (a number stays a number). */
  private static ObjectNode with(String name, JsonNode value) {
    ObjectNode out = Json.object();
    out.set(name, value);
    return out;
  }

  private static ObjectNode args(String json) {
    return (ObjectNode) Json.parse(json);
  }
}
