package org.ilertmcp.server.tools.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.oncall.OnCallViews.ZonedShift;

/** {@code list_schedule_shifts}: who is on call in a schedule across a time window. */
public final class ListScheduleShiftsTool implements IlertTool {
  static final Param<Instant> FROM = Params.FROM.describedAs("ISO-8601 with zone; default now.");

  static final Param<Instant> UNTIL =
      Params.UNTIL.describedAs("ISO-8601 with zone; default from + 7 days.");

  static final Param<Boolean> EXCLUDE_OVERRIDES =
      Param.bool("exclude_overrides", "Show the rotation without overrides.", false);

  /** Longest window served in one call. */
  static final Duration MAX_WINDOW = Duration.ofDays(92);

  private record Result(Schedule schedule, ZoneId zone, List<ZonedShift> shifts) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .object("schedule", Views.REF, r -> new Ref(r.schedule().id(), r.schedule().name()))
          .unlisted()
          .string("time_zone", r -> r.zone().getId())
          .unlisted()
          .list("shifts", OnCallViews.SHIFT, Result::shifts)
          .keepEmpty()
          .required("shifts")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_schedule_shifts", Toolset.ONCALL, AccessTier.READ)
        .title("List schedule shifts")
        .description(
            "Shifts of one schedule in a window (default the next 7 days), overrides applied, in UTC and the schedule's zone. For handovers and gaps.")
        .input(Input.of(Params.SCHEDULE, FROM, UNTIL, EXCLUDE_OVERRIDES).required(Params.SCHEDULE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().schedule(call.ctx(), call.args().get(Params.SCHEDULE));
    Instant from = call.args().find(FROM).orElse(call.clock().instant());
    Instant until = call.args().find(UNTIL).orElse(from.plus(Duration.ofDays(7)));
    Times.ordered("from", from, "until", until);
    if (Duration.between(from, until).compareTo(MAX_WINDOW) > 0) {
      throw new ToolInputException("The window may span at most 92 days; narrow from/until.");
    }
    Schedule s = call.lookups().schedule(call.ctx(), id);
    ZoneId zone = OnCallViews.zone(s.timezone());
    boolean exclude = call.args().get(EXCLUDE_OVERRIDES);
    List<Shift> shifts =
        call.client().schedules().shifts(call.ctx(), id, new ShiftQuery(from, until, exclude));
    List<ZonedShift> views = shifts.stream().map(sh -> new ZonedShift(sh, zone)).toList();
    return Output.list(RESULT.view(new Result(s, zone, views)), "shifts", call.maxResultTokens());
  }
}
