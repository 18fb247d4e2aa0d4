package org.ilertmcp.server.tools.oncall;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.SchedulesApi;
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
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.oncall.OnCallViews.ZonedShift;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_schedules}: on-call schedules with who is on call in each right now. */
public final class ListSchedulesTool implements IlertTool {
  static final Param<Integer> LIMIT =
      Param.integer("limit", "Default 20.", 1, SchedulesApi.MAX_PAGE, SchedulesApi.MAX_PAGE);

  /** A schedule: id, name, type, time zone, teams and the current shift. */
  static final Shape<Schedule> SCHEDULE =
      Shape.<Schedule>object()
          .integer("id", Schedule::id)
          .string("name", Schedule::name)
          .string("type", Schedule::type)
          .unlisted()
          .string("time_zone", Schedule::timezone)
          .list("teams", Views.REF, s -> Ref.teams(s.teams()))
          .unlisted()
          .object(
              "current_shift",
              OnCallViews.SHIFT,
              s -> ZonedShift.of(s.currentShift(), OnCallViews.zone(s.timezone())))
          .unlisted()
          .required("id")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_schedules", Toolset.ONCALL, AccessTier.READ)
        .title("List schedules")
        .description(
            "On-call schedules with time zone and current shift. For get_schedule, list_schedule_shifts, create_schedule_override.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("schedules", SCHEDULE.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<Schedule> page =
        call.client().schedules().list(call.ctx(), List.of("currentShift"), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("schedules", SCHEDULE.views(page));
    return Output.list(
        result,
        "schedules",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), page.size() == limit));
  }
}
