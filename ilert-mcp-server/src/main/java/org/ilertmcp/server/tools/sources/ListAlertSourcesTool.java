package org.ilertmcp.server.tools.sources;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_alert_sources}: the inbound integrations alerts come from. */
public final class ListAlertSourcesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 50);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alert_sources", Toolset.SOURCES, AccessTier.READ)
        .title("List alert sources")
        .description(
            "List alert sources (integrations that create alerts): id, name, type, status (e.g."
                + " IN_MAINTENANCE), active, escalation_policy. Ids feed get_alert_source,"
                + " list_alerts and create_maintenance_window. Use it to find a source; more via"
                + " next_cursor.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("alert_sources", schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<AlertSource> page = call.client().alertSources().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("alert_sources");
    page.forEach(s -> items.add(view(s)));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "alert_sources",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }

  /** The list projection; never the integration key or the URL that embeds it. */
  static ObjectNode view(AlertSource s) {
    ObjectNode out = Views.ref(s.id(), s.name());
    Json.putIfPresent(out, "type", s.integrationType());
    Json.putIfPresent(out, "status", s.status());
    Json.putIfPresent(out, "active", s.active());
    Json.putIfPresent(out, "escalation_policy", Views.policy(s.escalationPolicy()));
    return out;
  }

  static ObjectNode schema() {
    return Schema.requiring(
        Schema.object("id", Schema.integer(), "name", Schema.str(), "status", Schema.str()), "id");
  }
}
