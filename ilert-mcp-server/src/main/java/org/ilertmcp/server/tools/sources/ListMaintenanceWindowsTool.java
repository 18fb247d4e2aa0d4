package org.ilertmcp.server.tools.sources;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_maintenance_windows}: planned windows in which sources raise no alerts. */
public final class ListMaintenanceWindowsTool implements IlertTool {
  static final Param<String> STATE =
      Param.choice(
          "state",
          "Default OPEN; CLOSED for past.",
          Map.of(
              "ACTIVE",
              "OPEN",
              "UPCOMING",
              "OPEN",
              "CURRENT",
              "OPEN",
              "ENDED",
              "CLOSED",
              "PAST",
              "CLOSED"),
          "OPEN",
          "CLOSED");

  static final Param<Integer> LIMIT = Param.limit(20, 100);

  /** A window seen at {@code now}, which decides its phase. */
  record WindowAt(MaintenanceWindow window, Instant now) {
    String phase() {
      MaintenanceWindow w = window;
      if (w.start() == null || w.end() == null) {
        return null;
      }
      return w.start().isAfter(now) ? "UPCOMING" : w.end().isAfter(now) ? "ACTIVE" : "ENDED";
    }
  }

  /** A window with its phase; summary and description are cleaned. */
  static final Shape<WindowAt> WINDOW =
      Shape.<WindowAt>object()
          .integer("id", w -> w.window().id())
          .text("summary", w -> w.window().summary())
          .text("description", w -> w.window().description())
          .unlisted()
          .time("start", w -> w.window().start())
          .time("end", w -> w.window().end())
          .string("phase", WindowAt::phase)
          .string("timezone", w -> w.window().timezone())
          .unlisted()
          .integers("alert_source_ids", w -> ids(w.window().alertSources()))
          .keepEmpty()
          .unlisted()
          .integers("service_ids", w -> ids(w.window().services()))
          .keepEmpty()
          .unlisted()
          .string("created_by", w -> w.window().createdBy())
          .unlisted()
          .required("id")
          .build();

  private static List<Long> ids(List<IdRef> refs) {
    return refs == null ? null : refs.stream().map(IdRef::id).toList();
  }

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_maintenance_windows", Toolset.SOURCES, AccessTier.READ)
        .title("List maintenance windows")
        .description(
            "List maintenance windows (sources raise no alerts, services show maintenance): id,"
                + " summary, start, end, phase (UPCOMING, ACTIVE, ENDED), alert_source_ids,"
                + " service_ids. Current and upcoming by default. Ids feed end_maintenance_window.")
        .input(Input.of(STATE, Params.SERVICES, Params.ALERT_SOURCES, LIMIT, Params.CURSOR))
        .output(Schema.list("maintenance_windows", WINDOW.schema()))
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
    Instant now = call.clock().instant();
    result.set(
        "maintenance_windows", WINDOW.views(page.stream().map(w -> new WindowAt(w, now)).toList()));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "maintenance_windows",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
