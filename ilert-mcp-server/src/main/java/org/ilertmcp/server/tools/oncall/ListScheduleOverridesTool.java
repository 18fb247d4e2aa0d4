package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_schedule_overrides}: the overrides of a schedule, marked active when they are. */
public final class ListScheduleOverridesTool implements IlertTool {
  static final Param<String> SCHEDULE = Params.SCHEDULE.describedAs("Id or name (list_schedules).");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_schedule_overrides", Toolset.ONCALL, AccessTier.READ)
        .title("List schedule overrides")
        .description(
            "Overrides of one schedule (a user on call instead of the rotation), oldest"
                + " first, in UTC and the schedule's zone, each marked active or not.")
        .input(Input.of(SCHEDULE).required(SCHEDULE))
        .output(
            Schema.requiring(
                Schema.object("overrides", Schema.array(OnCallViews.shiftSchema())), "overrides"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().schedule(call.ctx(), call.args().get(SCHEDULE));
    Schedule s = call.client().schedules().get(call.ctx(), id, List.of());
    ZoneId zone = OnCallViews.zone(s.timezone());
    List<Shift> overrides =
        call.client().schedules().overrides(call.ctx(), id).stream()
            .sorted(
                Comparator.comparing(
                    Shift::start, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    Instant now = call.clock().instant();
    ObjectNode result = Json.object();
    result.set("schedule", Views.ref(s.id(), s.name()));
    result.put("time_zone", zone.getId());
    ArrayNode items = result.putArray("overrides");
    for (Shift o : overrides) {
      ObjectNode view = OnCallViews.shift(o, zone);
      view.put(
          "active",
          o.start() != null && o.end() != null && !o.start().isAfter(now) && o.end().isAfter(now));
      items.add(view);
    }
    return Output.list(result, "overrides", call.maxResultTokens());
  }
}
