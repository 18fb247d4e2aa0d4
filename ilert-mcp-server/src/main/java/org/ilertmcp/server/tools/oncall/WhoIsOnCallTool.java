package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.oncalls.OnCall;
import org.ilertmcp.client.oncalls.OnCallQuery;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.oncall.OnCallViews.ZonedShift;

/** {@code who_is_on_call}: who is on call now or at a time, per policy level or schedule. */
public final class WhoIsOnCallTool implements IlertTool {
  static final Param<Instant> AT = Param.instant("at", "ISO-8601 time with zone; default now.");

  /** Most on-call entries read. */
  static final int MAX_ENTRIES = 500;

  /**
   * Who is on call at one level of a policy or in a schedule; a user paged directly has a shift
   * without times and no schedule.
   */
  private record Entry(EscalationPolicy policy, Integer level, Shift shift, Schedule schedule) {
    ZoneId zone() {
      return schedule == null ? null : OnCallViews.zone(schedule.timezone());
    }
  }

  private record Result(String at, List<Entry> onCall, String note) {}

  private static final Shape<Entry> ENTRY =
      Shape.<Entry>object()
          .object(
              "escalation_policy",
              Views.REF,
              e -> e.policy() == null ? null : new Ref(e.policy().id(), e.policy().name()))
          .integer("level", Entry::level)
          .fields(OnCallViews.SHIFT, e -> new ZonedShift(e.shift(), e.zone()))
          .object(
              "schedule",
              Views.REF,
              e -> e.schedule() == null ? null : new Ref(e.schedule().id(), e.schedule().name()))
          .string("time_zone", e -> e.zone() == null ? null : e.zone().getId())
          .build();

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .string("at", Result::at)
          .list("on_call", ENTRY, Result::onCall)
          .keepEmpty()
          .string("note", Result::note)
          .unlisted()
          .required("on_call")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("who_is_on_call", Toolset.ONCALL, AccessTier.READ)
        .title("Who is on call")
        .description(
            "Who is on call now or at a time, per escalation level (users directly or via schedules). Filter by schedule, escalation_policy, team (its policies) or user. Times in UTC and the schedule's zone.")
        .input(Input.of(Params.SCHEDULE, Params.ESCALATION_POLICY, Params.TEAM, Params.USER, AT))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    Instant at = args.find(AT).orElse(null);
    Instant when = at == null ? call.clock().instant() : at;
    List<Entry> items = new ArrayList<>();
    OnCallViews.Schedules schedules = new OnCallViews.Schedules(call);
    boolean scheduleOnly =
        args.has(Params.SCHEDULE)
            && !args.has(Params.ESCALATION_POLICY)
            && !args.has(Params.TEAM)
            && !args.has(Params.USER);
    if (scheduleOnly) {
      long id = call.names().schedule(call.ctx(), args.get(Params.SCHEDULE));
      Schedule s = schedules.get(id);
      schedules.shiftAt(id, when).ifPresent(sh -> items.add(new Entry(null, null, sh, s)));
    } else {
      List<OnCall> rows = rows(call, at);
      if (unfiltered(args) && scheduleIds(rows) > 1) {
        // every policy's schedules are named: one read of the list serves them all
        schedules.readAll();
      }
      for (OnCall row : rows) {
        items.add(entry(row, at, schedules));
      }
    }
    if (items.isEmpty()) {
      confirmIdsExist(call);
    }
    String note = items.isEmpty() ? "Nobody is on call for this selection at that time." : null;
    Result result = new Result(when.truncatedTo(ChronoUnit.SECONDS).toString(), items, note);
    return Output.list(RESULT.view(result), "on_call", call.maxResultTokens());
  }

  private static boolean unfiltered(Args args) {
    return !args.has(Params.SCHEDULE)
        && !args.has(Params.ESCALATION_POLICY)
        && !args.has(Params.TEAM)
        && !args.has(Params.USER);
  }

  /** How many schedules the rows name. */
  private static long scheduleIds(List<OnCall> rows) {
    return rows.stream()
        .filter(r -> r.schedule() != null && r.schedule().id() != null)
        .map(r -> r.schedule().id())
        .distinct()
        .count();
  }

  private static List<OnCall> rows(IlertCall call, Instant at) {
    Args args = call.args();
    List<Long> policies = policies(call);
    if (policies != null && policies.isEmpty()) {
      return List.of();
    }
    List<Long> schedules =
        args.find(Params.SCHEDULE)
            .map(v -> List.of(call.names().schedule(call.ctx(), v)))
            .orElse(null);
    List<Long> users =
        args.find(Params.USER).map(v -> List.of(call.names().user(call.ctx(), v))).orElse(null);
    OnCallQuery query =
        new OnCallQuery(
            policies,
            null,
            schedules,
            users,
            OnCallQuery.now().expand(),
            at,
            at == null ? null : at.plusSeconds(60),
            null);
    return call.client().onCalls().listAll(call.ctx(), query, MAX_ENTRIES);
  }

  /**
   * Ids reach the on-call query unchecked, and an id that names nothing (a user's id passed as a
   * policy) matches no one; before answering that nobody is on call, each id filter is read, so
   * such an id ends as not found instead.
   */
  private static void confirmIdsExist(IlertCall call) {
    Args args = call.args();
    CallContext ctx = call.ctx();
    IlertClient client = call.client();
    idOf(args, Params.ESCALATION_POLICY).ifPresent(id -> client.escalationPolicies().get(ctx, id));
    idOf(args, Params.TEAM).ifPresent(id -> client.teams().get(ctx, id));
    idOf(args, Params.SCHEDULE).ifPresent(id -> client.schedules().get(ctx, id, List.of()));
    idOf(args, Params.USER).ifPresent(id -> client.users().get(ctx, id));
  }

  /** The argument when it was given as an id (names were resolved against ilert's lists). */
  private static Optional<Long> idOf(Args args, Param<String> ref) {
    return args.find(ref).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong);
  }

  /** The policy filter: the named policy and/or the team's policies; null for all. */
  private static List<Long> policies(IlertCall call) {
    Args args = call.args();
    Long policy =
        args.find(Params.ESCALATION_POLICY)
            .map(v -> call.names().escalationPolicy(call.ctx(), v))
            .orElse(null);
    if (!args.has(Params.TEAM)) {
      return policy == null ? null : List.of(policy);
    }
    long team = call.names().team(call.ctx(), args.get(Params.TEAM));
    return call.lookups().escalationPolicies(call.ctx()).stream()
        .filter(
            p ->
                p.teams() != null
                    && p.teams().stream().anyMatch(t -> Long.valueOf(team).equals(t.id())))
        .map(EscalationPolicy::id)
        .filter(id -> policy == null || policy.equals(id))
        .toList();
  }

  private static Entry entry(OnCall row, Instant at, OnCallViews.Schedules schedules) {
    EscalationPolicy policy = row.escalationPolicy();
    if (row.schedule() == null || row.schedule().id() == null) {
      return new Entry(policy, row.escalationLevel(), new Shift(row.user(), null, null), null);
    }
    long id = row.schedule().id();
    Shift shift = new Shift(row.user(), row.start(), row.end());
    if (at != null) {
      shift = schedules.shiftAt(id, at).orElse(shift);
    }
    return new Entry(policy, row.escalationLevel(), shift, schedules.get(id));
  }
}
