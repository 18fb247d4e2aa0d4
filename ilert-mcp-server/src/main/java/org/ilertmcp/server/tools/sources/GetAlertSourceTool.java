package org.ilertmcp.server.tools.sources;

import java.util.List;
import org.ilertmcp.client.alertsources.AlertSource;
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

/** {@code get_alert_source}: one alert source's routing and grouping settings, never its key. */
public final class GetAlertSourceTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert_source", Toolset.SOURCES, AccessTier.READ)
        .title("Get alert source")
        .description(
            "Get one alert source: type, status, escalation_policy, teams, alert_creation,"
                + " grouping window, auto-resolution timeout, priority rule; how it creates and"
                + " routes alerts. Id or name from list_alert_sources. Never shows keys.")
        .input(Input.of(Params.ALERT_SOURCE).required(Params.ALERT_SOURCE))
        .output(
            Schema.requiring(
                Schema.object("alert_source", ListAlertSourcesTool.schema()), "alert_source"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().alertSource(call.ctx(), call.args().get(Params.ALERT_SOURCE));
    AlertSource s = call.client().alertSources().get(call.ctx(), String.valueOf(id), List.of());
    ObjectNode out = ListAlertSourcesTool.view(s);
    out.set("teams", Views.teams(s.teams()));
    Json.putIfPresent(out, "alert_creation", s.alertCreation());
    Json.putIfPresent(out, "alert_grouping_window", s.alertGroupingWindow());
    Json.putIfPresent(out, "auto_resolution_timeout", s.autoResolutionTimeout());
    Json.putIfPresent(out, "alert_priority_rule", s.alertPriorityRule());
    Json.putIfPresent(
        out, "support_hours_id", s.supportHours() == null ? null : s.supportHours().id());
    Json.putIfPresent(out, "bidirectional", s.bidirectional());
    ObjectNode result = Json.object();
    result.set("alert_source", out);
    return Output.of(result, call.maxResultTokens());
  }
}
