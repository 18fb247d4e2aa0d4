package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Views;

/** {@code accept_alert}: acknowledge an alert, which stops its escalation. */
public final class AcceptAlertTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("accept_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Accept alert")
        .description(
            "Accept (acknowledge) an alert as the key's user: escalation stops, status becomes"
                + " ACCEPTED; repeating changes nothing.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(AlertViews.ALERT_RESULT.schema())
        .write(true)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    Alert alert =
        call.client().alerts().get(call.ctx(), call.args().get(Params.ALERT_ID), List.of());
    if (!"PENDING".equals(alert.status())) {
      return Preview.of("Nothing changes: " + Views.alertLabel(alert) + " is not pending.");
    }
    return Preview.of(
        "Accept "
            + Views.alertLabel(alert)
            + " as this key's user: its escalation stops, status becomes ACCEPTED.");
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().accept(call.ctx(), id);
    return Output.of(AlertViews.ALERT_RESULT.view(alert), call.maxResultTokens());
  }
}
