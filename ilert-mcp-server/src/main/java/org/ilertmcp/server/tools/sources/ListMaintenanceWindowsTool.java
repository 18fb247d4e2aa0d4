package org.ilertmcp.server.tools.sources;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.client.maintenance.MaintenanceWindowQuery;
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
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_maintenance_windows}: planned windows in which sources raise no alerts. */
public final class ListMaintenanceWindowsTool implements IlertTool {
  static final Param<String> STATE =
      Param.choice("state", "Default OPEN; CLOSED for past.", "OPEN", "CLOSED");

  static final Param<Integer> LIMIT = Param.limit(20, 100);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_maintenance_windows", Toolset.SOURCES, AccessTier.READ)
        .title("List maintenance windows")
        .description(
            "List maintenance windows (sources raise no alerts, services show maintenance): id,"
                + " summary, start, end, phase (UPCOMING, ACTIVE, ENDED), alert_source_ids,"
                + " service_ids. Current and upcoming by default. Ids feed end_maintenance_window.")
        .input(Input.of(STATE, Params.SERVICES, Params.ALERT_SOURCES, LIMIT, Params.CURSOR))
        .output(Schema.list("maintenance_windows", schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    MaintenanceWindowQuery query =
        new MaintenanceWindowQuery(
            args.find(STATE).orElse("OPEN"),
            args.get(Params.SERVICES).stream()
                .map(v -> call.names().service(call.ctx(), v))
                .toList(),
            args.get(Params.ALERT_SOURCES).stream()
                .map(v -> call.names().alertSource(call.ctx(), v))
                .toList(),
            null,
            null);
    int limit = args.get(LIMIT);
    int start = Cursor.startIndex(args);
    List<MaintenanceWindow> page =
        call.client().maintenanceWindows().list(call.ctx(), query, new Page(start, limit));
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("maintenance_windows");
    page.forEach(w -> items.add(view(w, call.clock().instant())));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "maintenance_windows",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }

  /** A window with its phase relative to {@code now}; summary and description are cleaned. */
  static ObjectNode view(MaintenanceWindow w, Instant now) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", w.id());
    Json.putIfPresent(out, "summary", Text.clean(w.summary()));
    Json.putIfPresent(out, "description", Text.clean(w.description()));
    Json.putIfPresent(out, "start", Times.iso(w.start()));
    Json.putIfPresent(out, "end", Times.iso(w.end()));
    if (w.start() != null && w.end() != null) {
      out.put(
          "phase", w.start().isAfter(now) ? "UPCOMING" : w.end().isAfter(now) ? "ACTIVE" : "ENDED");
    }
    Json.putIfPresent(out, "timezone", w.timezone());
    out.set("alert_source_ids", ids(w.alertSources()));
    out.set("service_ids", ids(w.services()));
    Json.putIfPresent(out, "created_by", w.createdBy());
    return out;
  }

  private static ArrayNode ids(List<IdRef> refs) {
    ArrayNode out = Json.array();
    if (refs != null) {
      refs.forEach(r -> out.add(r.id()));
    }
    return out;
  }

  static ObjectNode schema() {
    return Schema.requiring(
        Schema.object(
            "id", Schema.integer(),
            "summary", Schema.str(),
            "start", Schema.str(),
            "end", Schema.str(),
            "phase", Schema.str()),
        "id");
  }
}
