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

/** {@code resolve_alert}: close an alert; it cannot be reopened. */
public final class ResolveAlertTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("resolve_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Resolve alert")
        .description(
            "Resolve an alert as the key's user once fixed: escalation and notifications end, status becomes RESOLVED; it cannot be reopened.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(AlertViews.ALERT_RESULT.schema())
        .destructive(true)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    Alert alert =
        call.client().alerts().get(call.ctx(), call.args().get(Params.ALERT_ID), List.of());
    if ("RESOLVED".equals(alert.status())) {
      return Preview.of("Nothing changes: " + Views.alertLabel(alert) + " is already resolved.");
    }
    return Preview.of(
            "Resolve "
                + Views.alertLabel(alert)
                + ": its escalation and notifications end, status becomes RESOLVED.")
        .irreversible("a resolved alert cannot be reopened.")
        .highImpact("HIGH".equals(alert.priority()));
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().resolve(call.ctx(), id);
    return Output.of(AlertViews.ALERT_RESULT.view(alert), call.maxResultTokens());
  }
}
