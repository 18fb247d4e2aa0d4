package org.ilertmcp.server.tools.actions;

import java.util.List;
import org.ilertmcp.client.alerts.AlertActionTrigger;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_alert_actions}: the alert actions that can be run by hand on an alert. */
public final class ListAlertActionsTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alert_actions", Toolset.ACTIONS, AccessTier.READ)
        .title("List alert actions")
        .description(
            "Alert actions runnable by hand on an alert (e.g. Jira ticket, Slack post, webhook): id, name, connector type. For run_alert_action.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(
            Schema.list(
                "actions",
                Schema.object("id", Schema.str(), "name", Schema.str(), "type", Schema.str())))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    List<AlertActionTrigger> actions = call.client().alerts().actions(call.ctx(), id);
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("actions");
    actions.forEach(a -> items.add(view(a)));
    return Output.list(result, "actions", call.maxResultTokens());
  }

  static ObjectNode view(AlertActionTrigger a) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", a.alertActionId());
    Json.putIfPresent(out, "name", a.name());
    Json.putIfPresent(out, "type", a.type());
    return Json.putIfPresent(out, "connector_id", a.connectorId());
  }
}
