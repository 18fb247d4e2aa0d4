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
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_alert_actions}: the alert actions that can be run by hand on an alert. */
public final class ListAlertActionsTool implements IlertTool {
  /** An alert action: id, name, connector type and connector. */
  static final Shape<AlertActionTrigger> ACTION =
      Shape.<AlertActionTrigger>object()
          .string("id", AlertActionTrigger::alertActionId)
          .string("name", AlertActionTrigger::name)
          .string("type", AlertActionTrigger::type)
          .string("connector_id", AlertActionTrigger::connectorId)
          .unlisted()
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alert_actions", Toolset.ACTIONS, AccessTier.READ)
        .title("List alert actions")
        .description(
            "Alert actions runnable by hand on an alert (e.g. Jira ticket, Slack post, webhook): id, name, connector type. For run_alert_action.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(Schema.list("actions", ACTION.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    List<AlertActionTrigger> actions = call.client().alerts().actions(call.ctx(), id);
    ObjectNode result = Json.object();
    result.set("actions", ACTION.views(actions));
    return Output.list(result, "actions", call.maxResultTokens());
  }
}
