package org.ilertmcp.server.tools.sources;

import java.util.List;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.catalog.AccessTier;
import org.ilertmcp.server.catalog.IlertTool;
import org.ilertmcp.server.catalog.ToolSpec;
import org.ilertmcp.server.catalog.Toolset;
import org.ilertmcp.server.tools.IlertCall;
import org.ilertmcp.server.tools.Output;
import org.ilertmcp.server.tools.Schema;
import org.ilertmcp.server.tools.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert_source}: one alert source's routing and grouping settings, never its key. */
public final class GetAlertSourceTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert_source", Toolset.SOURCES, AccessTier.READ)
        .title("Get alert source")
        .description(
            "Get one alert source: type, status, escalation policy, teams, alert grouping,"
                + " auto-resolution and priority rule. Use it to see how a source creates and routes"
                + " alerts. Accepts an id or name (list_alert_sources). Integration keys are never"
                + " shown.")
        .input(
            Schema.input()
                .string("alert_source", "Alert source id or name.")
                .required("alert_source"))
        .output(Schema.requiring(Schema.object("alert_source", schema()), "alert_source"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().alertSource(call.ctx(), call.args().requireString("alert_source"));
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

  private static ObjectNode schema() {
    ObjectNode schema = ListAlertSourcesTool.schema();
    ObjectNode props = (ObjectNode) schema.get("properties");
    props.set("teams", Schema.array(Views.refSchema()));
    props.set("alert_creation", Schema.str());
    props.set("alert_grouping_window", Schema.str());
    props.set("auto_resolution_timeout", Schema.str());
    props.set("alert_priority_rule", Schema.str());
    props.set("support_hours_id", Schema.integer());
    props.set("bidirectional", Schema.bool());
    return schema;
  }
}
