package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code stdio --sandbox}, as a stdio client configures it ({@code java -jar … stdio --sandbox}),
 * driven by the official TypeScript SDK's stdio client: no account and no key, real answers from
 * the emulator running inside the server process, the default demo key runs the on-call flow, and
 * stdout carries nothing but protocol messages (the banner goes to stderr).
 */
class StdioSandboxE2ETest {

  @Test
  void theSdkStdioClientRunsTheOnCallFlowOnTheInProcessSandbox() throws Exception {
    NodeTools node = NodeTools.installed();
    try (FlowDriver client = FlowDriver.stdio(node, "stdio", "--sandbox", "--confirm", "none")) {
      List<String> tools = new ArrayList<>();
      client.hello().path("tools").forEach(t -> tools.add(t.asString()));
      assertThat(tools).contains("list_alerts", "accept_alert", "create_status_update");

      JsonNode open =
          client.call("list_alerts", args("{\"states\":[\"PENDING\"],\"priority\":\"HIGH\"}"));
      assertThat(open.path("alerts").size()).as("open high-priority demo alerts").isPositive();
      JsonNode first = open.path("alerts").get(0);
      long alertId = first.path("id").asLong();
      System.out.println("e2e stdio --sandbox: tools/call list_alerts answered: " + first);

      JsonNode accepted = client.call("accept_alert", args("{\"alert_id\":\"" + alertId + "\"}"));
      assertThat(accepted.path("alert").path("status").asString()).isEqualTo("ACCEPTED");
      JsonNode again = client.call("list_alerts", args("{\"states\":[\"ACCEPTED\"]}"));
      assertThat(again.path("alerts").findValuesAsString("id"))
          .as("the in-process emulator kept the change")
          .contains(Long.toString(alertId));

      JsonNode services = client.call("list_services", args("{}"));
      long serviceId = services.path("services").get(0).path("id").asLong();
      JsonNode incident =
          client.call(
              "create_status_update",
              args(
                  "{\"summary\":\"Checkout errors\",\"services\":[\""
                      + serviceId
                      + "\"],\"impact\":\"DEGRADED\"}"));
      assertThat(incident.path("incident").path("id").asLong())
          .as("the default demo key may open incidents")
          .isPositive();
      client.call("resolve_alert", args("{\"alert_id\":\"" + alertId + "\"}"));

      JsonNode report = client.report();
      assertThat(report.path("transportErrors").isEmpty())
          .as("stdout held only JSON-RPC messages: %s", report.path("transportErrors"))
          .isTrue();
      assertThat(report.path("stderr").asString())
          .as("the banner goes to stderr")
          .contains("sandbox")
          .contains("demo-user-key")
          .contains("<- acting as this user");
      System.out.printf(
          "e2e stdio --sandbox: alert %d accepted and resolved, incident %d opened, no stray"
              + " stdout%n",
          alertId, incident.path("incident").path("id").asLong());
    }
  }

  private static ObjectNode args(String json) {
    return (ObjectNode) Json.parse(json);
  }
}
