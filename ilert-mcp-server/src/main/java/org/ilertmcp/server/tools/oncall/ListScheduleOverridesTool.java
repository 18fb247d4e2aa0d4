package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.client.schedules.Schedule;
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

/** {@code list_schedule_overrides}: the overrides of a schedule, marked active when they are. */
public final class ListScheduleOverridesTool implements IlertTool {
  static final Param<String> SCHEDULE = Params.SCHEDULE.describedAs("Id or name (list_schedules).");

  /** An override seen at {@code now}: active while it covers now. */
  private record OverrideAt(ZonedShift shift, Instant now) {
    boolean active() {
      Shift o = shift.shift();
      return o.start() != null
          && o.end() != null
          && !o.start().isAfter(now)
          && o.end().isAfter(now);
    }
  }

  private record Result(Schedule schedule, ZoneId zone, List<OverrideAt> overrides) {}

  private static final Shape<OverrideAt> OVERRIDE =
      Shape.<OverrideAt>object()
          .fields(OnCallViews.SHIFT, OverrideAt::shift)
          .bool("active", OverrideAt::active)
          .build();

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .object("schedule", Views.REF, r -> new Ref(r.schedule().id(), r.schedule().name()))
          .unlisted()
          .string("time_zone", r -> r.zone().getId())
          .unlisted()
          .list("overrides", OVERRIDE, Result::overrides)
          .keepEmpty()
          .required("overrides")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_schedule_overrides", Toolset.ONCALL, AccessTier.READ)
        .title("List schedule overrides")
        .description(
            "Overrides of one schedule (a user on call instead of the rotation), oldest"
                + " first, in UTC and the schedule's zone, each marked active or not.")
        .input(Input.of(SCHEDULE).required(SCHEDULE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().schedule(call.ctx(), call.args().get(SCHEDULE));
    Schedule s = call.lookups().schedule(call.ctx(), id);
    ZoneId zone = OnCallViews.zone(s.timezone());
    List<Shift> overrides =
        call.client().schedules().overrides(call.ctx(), id).stream()
            .sorted(
                Comparator.comparing(
                    Shift::start, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    Instant now = call.clock().instant();
    List<OverrideAt> views =
        overrides.stream().map(o -> new OverrideAt(new ZonedShift(o, zone), now)).toList();
    return Output.list(
        RESULT.view(new Result(s, zone, views)), "overrides", call.maxResultTokens());
  }
}
