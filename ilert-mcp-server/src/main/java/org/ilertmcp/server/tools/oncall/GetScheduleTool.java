package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.ScheduleLayer;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_schedule}: a schedule's layers, rotations, restrictions, current and next shift. */
public final class GetScheduleTool implements IlertTool {
  static final Param<String> SCHEDULE = Params.SCHEDULE.describedAs("Id or name (list_schedules).");

  /** Most static shifts shown; list_schedule_shifts gives any window. */
  static final int MAX_SHIFTS = 20;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_schedule", Toolset.ONCALL, AccessTier.READ)
        .title("Get schedule")
        .description(
            "One schedule: time zone, layers (rotation, users in order, weekly restrictions; later layers win), current and next shift. Time windows: list_schedule_shifts.")
        .input(Input.of(SCHEDULE).required(SCHEDULE))
        .output(
            Schema.requiring(
                Schema.object(
                    "schedule",
                    Schema.object(
                        "id", Schema.integer(),
                        "time_zone", Schema.str(),
                        "layers", Schema.array(Schema.anyObject()))),
                "schedule"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().schedule(call.ctx(), call.args().get(SCHEDULE));
    Schedule s =
        call.client()
            .schedules()
            .get(call.ctx(), id, List.of("scheduleLayers", "shifts", "currentShift", "nextShift"));
    ZoneId zone = OnCallViews.zone(s.timezone());
    ObjectNode view = ListSchedulesTool.view(s);
    if (s.scheduleLayers() != null && !s.scheduleLayers().isEmpty()) {
      ArrayNode layers = view.putArray("layers");
      s.scheduleLayers().forEach(l -> layers.add(layer(l)));
    }
    if (s.shifts() != null && !s.shifts().isEmpty()) {
      staticShifts(view, s.shifts(), zone, call.clock().instant());
    }
    if (s.nextShift() != null) {
      view.set("next_shift", OnCallViews.shift(s.nextShift(), zone));
    }
    ObjectNode result = Json.object();
    result.set("schedule", view);
    return Output.of(result, call.maxResultTokens());
  }

  /** The static shifts not yet over, at most {@link #MAX_SHIFTS}, saying how many were left. */
  private static void staticShifts(ObjectNode view, List<Shift> all, ZoneId zone, Instant now) {
    List<Shift> upcoming =
        all.stream().filter(sh -> sh.end() == null || sh.end().isAfter(now)).toList();
    ArrayNode shifts = view.putArray("shifts");
    upcoming.stream().limit(MAX_SHIFTS).forEach(sh -> shifts.add(OnCallViews.shift(sh, zone)));
    if (upcoming.size() > MAX_SHIFTS) {
      view.put(
          "more_shifts",
          (upcoming.size() - MAX_SHIFTS) + " later shifts left out; see list_schedule_shifts");
    }
  }

  private static ObjectNode layer(ScheduleLayer l) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "name", l.name());
    Json.putIfPresent(out, "starts_on", l.startsOn());
    Json.putIfPresent(out, "ends_on", l.endsOn());
    Json.putIfPresent(out, "rotation", l.rotation());
    ArrayNode users = out.putArray("users");
    if (l.users() != null) {
      l.users().forEach(u -> users.add(Views.user(u)));
    }
    if (l.restrictions() != null && l.restrictions().isArray() && !l.restrictions().isEmpty()) {
      ArrayNode windows = out.putArray("restrictions");
      l.restrictions().forEach(r -> windows.add(window(r)));
    }
    return out;
  }

  /** A weekly restriction as {@code "MONDAY 09:00 - FRIDAY 18:00"} (schedule's zone). */
  private static String window(JsonNode r) {
    return point(r.path("from")) + " - " + point(r.path("to"));
  }

  private static String point(JsonNode p) {
    return p.path("dayOfWeek").asString("") + " " + p.path("time").asString("");
  }
}
