package org.ilertmcp.server.tools.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.oncalls.OnCall;
import org.ilertmcp.client.oncalls.OnCallQuery;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.mcp.json.Json;
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
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code who_is_on_call}: who is on call now or at a time, per policy level or schedule. */
public final class WhoIsOnCallTool implements IlertTool {
  static final Param<Instant> AT = Param.instant("at", "ISO-8601 time with zone; default now.");

  /** Most on-call entries read. */
  static final int MAX_ENTRIES = 500;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("who_is_on_call", Toolset.ONCALL, AccessTier.READ)
        .title("Who is on call")
        .description(
            "Who is on call now or at a time, per escalation level (users directly or via schedules). Filter by schedule, escalation_policy, team (its policies) or user. Times in UTC and the schedule's zone.")
        .input(Input.of(Params.SCHEDULE, Params.ESCALATION_POLICY, Params.TEAM, Params.USER, AT))
        .output(
            Schema.requiring(
                Schema.object(
                    "at",
                    Schema.str(),
                    "on_call",
                    Schema.array(
                        Schema.object(
                            "user", Schema.anyObject(),
                            "level", Schema.integer(),
                            "start", Schema.str()))),
                "on_call"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    Instant at = args.find(AT).orElse(null);
    Instant when = at == null ? call.clock().instant() : at;
    ObjectNode result = Json.object().put("at", when.truncatedTo(ChronoUnit.SECONDS).toString());
    ArrayNode items = result.putArray("on_call");
    OnCallViews.Schedules schedules = new OnCallViews.Schedules(call);
    boolean scheduleOnly =
        args.has(Params.SCHEDULE)
            && !args.has(Params.ESCALATION_POLICY)
            && !args.has(Params.TEAM)
            && !args.has(Params.USER);
    if (scheduleOnly) {
      long id = call.names().schedule(call.ctx(), args.get(Params.SCHEDULE));
      Schedule s = schedules.get(id);
      schedules.shiftAt(id, when).ifPresent(sh -> items.add(shiftEntry(Json.object(), sh, s)));
    } else {
      for (OnCall row : rows(call, at)) {
        items.add(entry(row, at, schedules));
      }
    }
    if (items.isEmpty()) {
      result.put("note", "Nobody is on call for this selection at that time.");
    }
    return Output.list(result, "on_call", call.maxResultTokens());
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

  private static ObjectNode entry(OnCall row, Instant at, OnCallViews.Schedules schedules) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "escalation_policy", Views.policy(row.escalationPolicy()));
    Json.putIfPresent(out, "level", row.escalationLevel());
    if (row.schedule() == null || row.schedule().id() == null) {
      Json.putIfPresent(out, "user", OnCallViews.person(row.user()));
      return out;
    }
    long id = row.schedule().id();
    Shift shift = new Shift(row.user(), row.start(), row.end());
    if (at != null) {
      shift = schedules.shiftAt(id, at).orElse(shift);
    }
    return shiftEntry(out, shift, schedules.get(id));
  }

  private static ObjectNode shiftEntry(ObjectNode out, Shift shift, Schedule s) {
    ZoneId zone = OnCallViews.zone(s.timezone());
    out.setAll(OnCallViews.shift(shift, zone));
    out.set("schedule", Views.ref(s.id(), s.name()));
    return out.put("time_zone", zone.getId());
  }
}
