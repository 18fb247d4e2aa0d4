package org.ilertmcp.server.tools.incidents;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_incidents}: status-page incidents by status, service and time, newest first. */
public final class ListIncidentsTool implements IlertTool {
  private static final List<String> OPEN = IncidentStatus.wire(IncidentStatus.OPEN);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_incidents", Toolset.INCIDENTS, AccessTier.READ)
        .title("List incidents")
        .description(
            "List incidents (status-page communications on service impact, not alerts),"
                + " newest first; unresolved by default. Ids feed get_incident, update_incident.")
        .input(
            Schema.input()
                .strings("states", "Default: unresolved.", IncidentViews.INCIDENT_STATUSES)
                .strings("services", "Service ids or names.")
                .string("from", "Created after: ISO-8601 or 7d.")
                .integer("limit", "Default 20.", 1, 100)
                .string("cursor", "next_cursor of the previous call."))
        .output(Schema.list("incidents", IncidentViews.summarySchema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    List<String> states = args.strings("states");
    IncidentQuery query =
        new IncidentQuery(
            states.isEmpty() ? OPEN : states,
            IncidentViews.serviceIds(call, args.strings("services")),
            args.instant("from").orElse(null),
            null,
            null);
    int limit = args.integer("limit", 20);
    int start = Cursor.startIndex(args);
    List<Incident> page = call.client().incidents().list(call.ctx(), query, new Page(start, limit));
    Map<Long, String> names = page.isEmpty() ? Map.of() : IncidentViews.serviceNames(call);
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("incidents");
    page.forEach(i -> items.add(IncidentViews.summary(i, names)));
    boolean full = page.size() == limit;
    return Output.list(
        result, "incidents", call.maxResultTokens(), Cursor.after(start, page.size(), full));
  }
}
