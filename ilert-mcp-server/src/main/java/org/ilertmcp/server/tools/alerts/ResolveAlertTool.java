package org.ilertmcp.server.tools.alerts;

import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code resolve_alert}: close an alert; it cannot be reopened. */
public final class ResolveAlertTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("resolve_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Resolve alert")
        .description(
            "Resolve an alert as the key's user once fixed: escalation and notifications end, status becomes RESOLVED; it cannot be reopened. Returns the alert.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(Schema.object("alert", Views.alertSummarySchema()))
        .destructive(true)
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().resolve(call.ctx(), id);
    ObjectNode result = Json.object();
    result.set("alert", Views.alertSummary(alert));
    return Output.of(result, call.maxResultTokens());
  }
}
