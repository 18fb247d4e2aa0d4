package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.ScheduleLayer;
import org.ilertmcp.client.schedules.Shift;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.oncall.OnCallViews.ZonedShift;
import tools.jackson.databind.JsonNode;

/** {@code get_schedule}: a schedule's layers, rotations, restrictions, current and next shift. */
public final class GetScheduleTool implements IlertTool {
  static final Param<String> SCHEDULE = Params.SCHEDULE.describedAs("Id or name (list_schedules).");

  /** Most static shifts shown; list_schedule_shifts gives any window. */
  static final int MAX_SHIFTS = 20;

  /** A layer: its rotation, users in order and weekly restrictions. */
  private static final Shape<ScheduleLayer> LAYER =
      Shape.<ScheduleLayer>object()
          .string("name", ScheduleLayer::name)
          .string("starts_on", ScheduleLayer::startsOn)
          .string("ends_on", ScheduleLayer::endsOn)
          .string("rotation", ScheduleLayer::rotation)
          .list(
              "users",
              Views.REF,
              l -> l.users() == null ? null : l.users().stream().map(Ref::user).toList())
          .keepEmpty()
          .strings("restrictions", GetScheduleTool::windows)
          .build();

  /** A schedule read at {@code now}, which decides the static shifts not yet over. */
  private record Detail(Schedule schedule, Instant now) {
    ZoneId zone() {
      return OnCallViews.zone(schedule.timezone());
    }

    List<Shift> upcoming() {
      return schedule.shifts() == null
          ? List.of()
          : schedule.shifts().stream()
              .filter(sh -> sh.end() == null || sh.end().isAfter(now))
              .toList();
    }
  }

  private static final Shape<Detail> DETAIL =
      Shape.<Detail>object()
          .fields(ListSchedulesTool.SCHEDULE, Detail::schedule)
          .list("layers", LAYER, d -> d.schedule().scheduleLayers())
          .list(
              "shifts",
              OnCallViews.SHIFT,
              d ->
                  d.schedule().shifts() == null || d.schedule().shifts().isEmpty()
                      ? null
                      : d.upcoming().stream()
                          .limit(MAX_SHIFTS)
                          .map(sh -> new ZonedShift(sh, d.zone()))
                          .toList())
          .keepEmptyUnlessNull()
          .string(
              "more_shifts",
              d ->
                  d.upcoming().size() > MAX_SHIFTS
                      ? (d.upcoming().size() - MAX_SHIFTS)
                          + " later shifts left out; see list_schedule_shifts"
                      : null)
          .object(
              "next_shift",
              OnCallViews.SHIFT,
              d -> ZonedShift.of(d.schedule().nextShift(), d.zone()))
          .build();

  private static final Shape<Detail> RESULT =
      Shape.<Detail>object().object("schedule", DETAIL, d -> d).required("schedule").build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_schedule", Toolset.ONCALL, AccessTier.READ)
        .title("Get schedule")
        .description(
            "One schedule: time zone, layers (rotation, users in order, weekly restrictions; later layers win), current and next shift. Time windows: list_schedule_shifts.")
        .input(Input.of(SCHEDULE).required(SCHEDULE))
        .output(RESULT.schema())
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
    return Output.of(RESULT.view(new Detail(s, call.clock().instant())), call.maxResultTokens());
  }

  /** The weekly restrictions, or null when there are none. */
  private static List<String> windows(ScheduleLayer l) {
    if (l.restrictions() == null || !l.restrictions().isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    l.restrictions().forEach(r -> out.add(window(r)));
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
