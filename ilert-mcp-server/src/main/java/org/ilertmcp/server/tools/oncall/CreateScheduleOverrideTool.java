package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Names;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.oncall.OnCallViews.ZonedShift;

/** {@code create_schedule_override}: put a user on call in a schedule for a time window. */
public final class CreateScheduleOverrideTool implements WriteTool {
  static final Param<Instant> START = Param.instant("start", "ISO-8601 with zone, or now.");

  static final Param<Instant> END = Param.instant("end", "ISO-8601 with zone.");

  private record Result(Schedule schedule, ZonedShift override) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .object("schedule", Views.REF, r -> new Ref(r.schedule().id(), r.schedule().name()))
          .string("time_zone", r -> r.override().zone().getId())
          .unlisted()
          .object("override", OnCallViews.SHIFT, Result::override)
          .required("override")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_schedule_override", Toolset.ONCALL, AccessTier.MANAGE)
        .title("Create schedule override")
        .description(
            "Put a user on call in a schedule from start to end, overriding its rotation (e.g. to cover a shift); each call adds one. Verify with who_is_on_call.")
        .input(
            Input.of(Params.SCHEDULE, Params.USER, START, END)
                .required(Params.SCHEDULE, Params.USER, START, END))
        .output(RESULT.schema())
        .write(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  /** What the arguments ask for, checked. */
  private record Plan(long scheduleId, long userId, Instant start, Instant end) {}

  private static Plan plan(IlertCall call) {
    Args args = call.args();
    long scheduleId = call.names().schedule(call.ctx(), args.get(Params.SCHEDULE));
    long userId = call.names().user(call.ctx(), args.get(Params.USER));
    Instant start = args.get(START);
    Instant end = args.get(END);
    Times.ordered("start", start, "end", end);
    if (!end.isAfter(call.clock().instant())) {
      throw new ToolInputException("end is in the past; an override must not be over already.");
    }
    return new Plan(scheduleId, userId, start, end);
  }

  @Override
  public Preview preview(IlertCall call) {
    Plan plan = plan(call);
    Schedule s = call.client().schedules().get(call.ctx(), plan.scheduleId(), List.of());
    Names.Named named = call.names().namedUser(call.ctx(), call.args().get(Params.USER));
    String user = "user " + Text.quote(named.label()) + " (id " + plan.userId() + ")";
    return Preview.of(
            "Put "
                + user
                + " on call in schedule "
                + Text.quote(s.name())
                + " (id "
                + s.id()
                + ") from "
                + Times.iso(plan.start())
                + " to "
                + Times.iso(plan.end())
                + ", overriding its rotation.")
        .notifying(user + " is paged in that time instead of the rotation's on-call person", 1);
  }

  @Override
  public ToolResult call(IlertCall call) {
    Plan plan = plan(call);
    long scheduleId = plan.scheduleId();
    long userId = plan.userId();
    Instant start = plan.start();
    Instant end = plan.end();
    Schedule s = call.client().schedules().get(call.ctx(), scheduleId, List.of());
    User user = call.client().users().get(call.ctx(), userId);
    call.client()
        .schedules()
        .putOverride(call.ctx(), scheduleId, new Shift(User.ref(userId), start, end));
    ZoneId zone = OnCallViews.zone(s.timezone());
    return Output.of(
        RESULT.view(new Result(s, new ZonedShift(new Shift(user, start, end), zone))),
        call.maxResultTokens());
  }
}
