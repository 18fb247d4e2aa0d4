package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A realistic on-call flow against sandbox mode with the official TypeScript SDK client — over
 * Streamable HTTP, and over stdio through mcp-remote — checking the emulator after every step. The
 * SDK validates each structuredContent against the tool's outputSchema.
 */
class OnCallFlowE2ETest {
  private static final String KEY = "demo-user-key";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "remote"})
  void triageCommunicateResolve(String mode) throws Exception {
    NodeTools node = NodeTools.installed();
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20));
    try (SandboxMode sandbox =
            SandboxMode.start(
                settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 120);
        FlowDriver client =
            new FlowDriver(node, mode, sandbox.http().url().toString(), "Bearer " + KEY)) {
      EmulatorState state = sandbox.emulator().state();
      List<String> tools = new java.util.ArrayList<>();
      client.hello().path("tools").forEach(t -> tools.add(t.asString()));
      assertThat(tools)
          .contains("list_alerts", "accept_alert", "who_is_on_call", "create_incident");

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
      System.out.printf(
          "e2e %s: alert %d accepted and resolved, incident %d created and updated%n",
          mode, alertId, incidentId);
    }
  }

  private static ObjectNode args(String json) {
    return (ObjectNode) Json.parse(json);
  }
}
