package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertsApi;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Names;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Views;

/** {@code add_alert_responder}: bring one more user in on an alert. */
public final class AddAlertResponderTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("add_alert_responder", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Add alert responder")
        .description(
            "Add a user to an alert's responders, keeping the others; notified while it is open. Candidates: get_suggested_responders.")
        .input(Input.of(Params.ALERT_ID, Params.USER).required(Params.ALERT_ID, Params.USER))
        .output(AlertViews.ALERT_RESULT.schema())
        .write(true)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    CallContext ctx = call.ctx();
    Alert alert = call.client().alerts().get(ctx, call.args().get(Params.ALERT_ID), List.of());
    Names.Named user = call.names().namedUser(ctx, call.args().get(Params.USER));
    String who = "user " + user.quoted();
    return Preview.of(
            "Add "
                + who
                + " to the responders of "
                + Views.alertLabel(alert)
                + ", keeping the others.")
        .notifying(who + ", by their notification rules while the alert is open", 1);
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    CallContext ctx = call.ctx();
    long user = call.names().user(ctx, call.args().get(Params.USER));
    AlertsApi alerts = call.client().alerts();
    alerts.addResponder(ctx, id, user);
    return Output.of(
        AlertViews.ALERT_RESULT.view(alerts.get(ctx, id, List.of())), call.maxResultTokens());
  }
}
