package org.ilertmcp.server.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.TextFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * At the smallest budget {@code --max-result-tokens} allows, the tools with the biggest results
 * (evidence bundles, analyses, reports, a hundred alerts) keep to it for every alert and incident
 * of the demo organisation, text block and structured content together, in both text formats.
 */
class ResultBudgetFloorTest {
  private static final int BUDGET = IlertMcpServer.ServerSettings.MIN_RESULT_TOKENS;

  @ParameterizedTest
  @EnumSource(TextFormat.class)
  void theBiggestResultsKeepToTheSmallestBudget(TextFormat format) {
    try (Sandbox sandbox = Sandbox.withResultBudget(BUDGET, format)) {
      List<String> calls = new ArrayList<>();
      for (JsonNode alert :
          sandbox
              .result(Sandbox.ADMIN, "list_alerts", "{\"states\":\"all\"," + "\"limit\":40}")
              .structured()
              .path("alerts")) {
        String id = "{\"alert_id\":" + alert.path("id").asLong() + "}";
        calls.add("investigate_alert " + id);
        calls.add("who_gets_paged " + id);
        calls.add("find_recent_changes " + id);
      }
      for (JsonNode incident :
          sandbox.result(Sandbox.ADMIN, "list_incidents", "{}").structured().path("incidents")) {
        calls.add("summarize_incident {\"incident_id\":" + incident.path("id").asLong() + "}");
      }
      calls.add("analyze_alerts {\"from\":\"30d\"}");
      calls.add("get_alert_report {\"from\":\"30d\"}");
      calls.add("list_alerts {\"states\":\"all\",\"limit\":100}");
      calls.add(
          "get_oncall_handover {\"schedule\":\"Platform weekly\",\"from\":\"7d\",\"until\":\"now\"}");

      int cut = 0;
      for (String call : calls) {
        String tool = call.substring(0, call.indexOf(' '));
        Sandbox.ToolCall result =
            sandbox.result(Sandbox.ADMIN, tool, call.substring(tool.length()));
        assertThat(result.isError()).as(call + ": " + result.text()).isFalse();
        int tokens =
            Output.tokens(result.structured())
                + result.text().getBytes(StandardCharsets.UTF_8).length / 4;
        assertThat(tokens).as(format + " " + call).isLessThanOrEqualTo(BUDGET);
        cut += result.structured().has("truncated") ? 1 : 0;
      }
      // the budget is tight enough to cut: the check above is about cut results, not small ones
      assertThat(cut).as("results cut to the budget").isGreaterThan(calls.size() / 4);
    }
  }
}
