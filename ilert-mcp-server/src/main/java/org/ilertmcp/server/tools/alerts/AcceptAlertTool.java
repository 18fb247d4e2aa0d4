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

/** {@code accept_alert}: acknowledge an alert, which stops its escalation. */
public final class AcceptAlertTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("accept_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Accept alert")
        .description(
            "Accept (acknowledge) an alert as the key's user: escalation stops, status becomes"
                + " ACCEPTED; repeating changes nothing. Returns the alert.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(Schema.object("alert", Views.alertSummarySchema()))
        .write(true)
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().accept(call.ctx(), id);
    ObjectNode result = Json.object();
    result.set("alert", Views.alertSummary(alert));
    return Output.of(result, call.maxResultTokens());
  }
}
