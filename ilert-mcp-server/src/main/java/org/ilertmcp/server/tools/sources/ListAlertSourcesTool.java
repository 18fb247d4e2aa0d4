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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_alert_sources}: the inbound integrations alerts come from. */
public final class ListAlertSourcesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 50);

  /** The list projection; never the integration key or the URL that embeds it. */
  static final Shape<AlertSource> SOURCE =
      Shape.<AlertSource>object()
          .integer("id", AlertSource::id)
          .string("name", AlertSource::name)
          .string("type", AlertSource::integrationType)
          .unlisted()
          .string("status", AlertSource::status)
          .bool("active", AlertSource::active)
          .unlisted()
          .object("escalation_policy", Views.POLICY_REF, s -> s.escalationPolicy())
          .unlisted()
          .required("id")
          .build();

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
        .output(Schema.list("alert_sources", SOURCE.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<AlertSource> page = call.client().alertSources().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("alert_sources", SOURCE.views(page));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "alert_sources",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
