package org.ilertmcp.server.tools.oncall;

import java.time.ZoneId;
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
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_schedules}: on-call schedules with who is on call in each right now. */
public final class ListSchedulesTool implements IlertTool {
  static final Param<Integer> LIMIT =
      Param.integer("limit", "Default 20.", 1, SchedulesApi.MAX_PAGE, SchedulesApi.MAX_PAGE);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_schedules", Toolset.ONCALL, AccessTier.READ)
        .title("List schedules")
        .description(
            "On-call schedules with time zone and current shift. For get_schedule, list_schedule_shifts, create_schedule_override.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(
            Schema.list(
                "schedules",
                Schema.requiring(
                    Schema.object(
                        "id", Schema.integer(), "name", Schema.str(), "time_zone", Schema.str()),
                    "id")))
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
    ArrayNode items = result.putArray("schedules");
    page.forEach(s -> items.add(view(s)));
    return Output.list(
        result,
        "schedules",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), page.size() == limit));
  }

  static ObjectNode view(Schedule s) {
    ZoneId zone = OnCallViews.zone(s.timezone());
    ObjectNode out = Views.ref(s.id(), s.name());
    Json.putIfPresent(out, "type", s.type());
    Json.putIfPresent(out, "time_zone", s.timezone());
    if (s.teams() != null && !s.teams().isEmpty()) {
      out.set("teams", Views.teams(s.teams()));
    }
    if (s.currentShift() != null) {
      out.set("current_shift", OnCallViews.shift(s.currentShift(), zone));
    }
    return out;
  }
}
