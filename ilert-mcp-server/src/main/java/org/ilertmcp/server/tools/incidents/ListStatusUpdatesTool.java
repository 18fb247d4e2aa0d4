package org.ilertmcp.server.tools.incidents;

import java.time.Instant;
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
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_status_updates}: status-page incidents by status, service and time, newest first. */
public final class ListStatusUpdatesTool implements IlertTool {
  static final Param<List<String>> STATES =
      Param.choices(
          "states",
          "Default: unresolved.",
          IncidentViews.INCIDENT_STATUS_WORDS,
          Map.of(),
          IncidentViews.INCIDENT_STATUSES);

  static final Param<Instant> FROM = Params.FROM.describedAs("Created after: ISO-8601 or 7d.");

  static final Param<Integer> LIMIT = Param.limit(20, 100);

  private static final List<String> OPEN = IncidentStatus.wire(IncidentStatus.OPEN);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_status_updates", Toolset.INCIDENTS, AccessTier.READ)
        .formerName("list_incidents")
        .title("List status updates")
        .description(
            "Status updates (status-page communications on service impact, not alerts), newest first; unresolved by default. For get_status_update, update_status_update.")
        .input(Input.of(STATES, Params.SERVICES, FROM, LIMIT, Params.CURSOR))
        .output(Schema.list("incidents", IncidentViews.SUMMARY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    List<String> states = args.get(STATES);
    IncidentQuery query =
        new IncidentQuery(
            states.isEmpty() ? OPEN : states,
            IncidentViews.serviceIds(call, args.get(Params.SERVICES)),
            args.find(FROM).orElse(null),
            null,
            null);
    int limit = args.get(LIMIT);
    int start = Cursor.startIndex(args);
    List<Incident> page = call.client().incidents().list(call.ctx(), query, new Page(start, limit));
    Map<Long, String> names = page.isEmpty() ? Map.of() : IncidentViews.serviceNames(call);
    ObjectNode result = Json.object();
    result.set(
        "incidents",
        IncidentViews.SUMMARY.views(
            page.stream().map(i -> new IncidentViews.Named(i, names)).toList()));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "incidents",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
