package org.ilertmcp.server.tools.analysis.paging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.shared.ScheduleZones;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code who_gets_paged}: simulates ilert's escalation of an alert raised at a given time — which
 * level fires when and whom it reaches — from the policy and ilert's own shift resolution.
 */
public final class WhoGetsPagedTool implements IlertTool {
  static final Param<Long> ALERT_ID = Params.ALERT_ID.describedAs("Alert id.");

  static final Param<Instant> AT =
      Param.instant("at", "ISO-8601 or 30m; default now (alert: its time).");

  static final Param<String> PRIORITY =
      Params.PRIORITY.describedAs("Default: the source's rule or alert's.");

  private static final List<Param<?>> SELECTORS =
      List.of(Params.ALERT_SOURCE, Params.ESCALATION_POLICY, ALERT_ID);

  /** Where the simulation starts: the policy, the assumed priority and why. */
  private record Origin(
      long policyId, String priority, String basis, String field, ObjectNode view, Instant at) {}

  /** What was read for the policy's schedules and teams. */
  private record Reads(
      Map<Long, Optional<List<Shift>>> shifts,
      Map<Long, Optional<Schedule>> schedules,
      Map<Long, Optional<Team>> teams) {}

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("who_gets_paged", Toolset.ANALYSIS, AccessTier.READ)
        .title("Who gets paged")
        .description(
            "Simulates escalation for a source, policy or alert at a time: per level when it fires, whom it reaches and how, skipped levels, repeats, what a LOW alert would do.")
        .input(Input.of(Params.ALERT_SOURCE, Params.ESCALATION_POLICY, ALERT_ID, AT, PRIORITY))
        .output(
            Schema.requiring(
                Schema.object(
                    "at", Schema.str(),
                    "priority", Schema.str(),
                    "levels", Schema.anyArray(),
                    "missing", Schema.anyArray()),
                "levels"))
        .readOnly()
        .longRunning()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    String selector = selector(args);
    Origin origin = origin(call, selector);
    EscalationPolicy policy = call.lookups().escalationPolicy(call.ctx(), origin.policyId());
    Instant at =
        args.find(AT)
            .orElse(origin.at() == null ? call.clock().instant() : origin.at())
            .truncatedTo(ChronoUnit.SECONDS);
    String priority = args.find(PRIORITY).orElse(origin.priority());
    List<EscalationRule> rules = rules(policy);
    PagingSimulation.Policy shape = shape(policy, rules);
    try (FanOut fan = new FanOut(call)) {
      Reads reads = read(call, fan, rules, at, shape.horizon(at).plus(Duration.ofMinutes(1)));
      PagingTargets targets =
          new PagingTargets(rules, reads.shifts(), scheduleNames(rules, reads), reads.teams());
      boolean high = !"LOW".equals(priority);
      PagingSimulation.Outcome outcome = PagingSimulation.run(shape, high, at, targets);
      PagingSimulation.Outcome low = PagingSimulation.run(shape, false, at, targets);
      ObjectNode result = Json.object().put("at", Times.iso(at));
      result.set("policy", Views.ref(policy.id(), policy.name()));
      result.put("priority", high ? "HIGH" : "LOW");
      result.put("priority_basis", args.has(PRIORITY) ? "given as input" : origin.basis());
      Json.putIfPresent(result, origin.field(), origin.view());
      result.set("levels", levels(outcome, at, policy, rules, reads, shape.repeating()));
      result.set("repeats", repeats(shape));
      result.set("low_priority", lowPriority(low, high, at));
      Json.putIfPresent(result, "note", note(outcome, origin));
      if (!fan.missing().isEmpty()) {
        result.set("missing", FanOut.MISSING.views(fan.missing()));
      }
      return Output.sections(result, call.maxResultTokens(), "levels");
    }
  }

  /** An array in the output schema, kept short: tools/list pays for every byte. */
  private static String selector(Args args) {
    List<String> given = SELECTORS.stream().filter(args::has).map(Param::name).toList();
    if (given.size() != 1) {
      throw new ToolInputException(
          "Give exactly one of alert_source, escalation_policy or alert_id"
              + (given.isEmpty() ? "." : ", not " + String.join(" and ", given) + "."));
    }
    return given.get(0);
  }

  private static Origin origin(IlertCall call, String selector) {
    Args args = call.args();
    switch (selector) {
      case "alert_source" -> {
        long id = call.names().alertSource(call.ctx(), args.get(Params.ALERT_SOURCE));
        AlertSource s = call.lookups().alertSource(call.ctx(), id);
        if (s.escalationPolicy() == null || s.escalationPolicy().id() == null) {
          throw new ToolInputException("Alert source " + id + " has no escalation policy.");
        }
        String rule = s.alertPriorityRule();
        String priority = "LOW".equals(rule) ? "LOW" : "HIGH";
        String basis =
            rule == null || rule.equals("HIGH") || rule.equals("LOW")
                ? "the source's priority rule " + (rule == null ? "(none: HIGH)" : rule)
                : "the source's rule " + rule + " depends on support hours, not evaluated: HIGH";
        return new Origin(
            s.escalationPolicy().id(),
            priority,
            basis + " (get_alert_source " + id + ")",
            "alert_source",
            Views.source(s),
            null);
      }
      case "alert_id" -> {
        long id = args.get(ALERT_ID);
        Alert a = call.client().alerts().get(call.ctx(), id, List.of());
        if (a.escalationPolicy() == null || a.escalationPolicy().id() == null) {
          throw new ToolInputException("Alert " + id + " has no escalation policy.");
        }
        ObjectNode view = Json.object().put("id", id);
        Json.putIfPresent(view, "status", a.status());
        Views.instant(view, "report_time", a.reportTime());
        return new Origin(
            a.escalationPolicy().id(),
            "LOW".equals(a.priority()) ? "LOW" : "HIGH",
            "the alert's priority (get_alert " + id + ")",
            "alert",
            view,
            a.reportTime());
      }
      default -> {
        long id = call.names().escalationPolicy(call.ctx(), args.get(Params.ESCALATION_POLICY));
        return new Origin(id, "HIGH", "default HIGH (no source given)", null, null, null);
      }
    }
  }

  private static List<EscalationRule> rules(EscalationPolicy policy) {
    return policy.escalationRules() == null ? List.of() : policy.escalationRules();
  }

  private static PagingSimulation.Policy shape(
      EscalationPolicy policy, List<EscalationRule> rules) {
    List<Integer> timeouts =
        rules.stream().map(r -> r.escalationTimeout() == null ? 0 : r.escalationTimeout()).toList();
    boolean repeating = Boolean.TRUE.equals(policy.repeating());
    int frequency = policy.frequency() == null ? 1 : policy.frequency();
    int delay = policy.delayMin() == null ? 0 : policy.delayMin();
    return new PagingSimulation.Policy(timeouts, repeating, frequency, delay);
  }

  /** One shift read per distinct schedule over the whole window, plus schedules and teams. */
  private static Reads read(
      IlertCall call, FanOut fan, List<EscalationRule> rules, Instant from, Instant until) {
    Map<Long, FanOut.Part<List<Shift>>> shifts = new HashMap<>();
    Map<Long, FanOut.Part<Schedule>> schedules = new HashMap<>();
    Map<Long, FanOut.Part<Team>> teams = new HashMap<>();
    ShiftQuery window = new ShiftQuery(from, until, false);
    for (long id : scheduleIds(rules)) {
      shifts.put(
          id,
          fan.add(
              "list_schedule_shifts " + id,
              () -> call.client().schedules().shifts(call.ctx(), id, window)));
      schedules.put(
          id, fan.add("get_schedule " + id, () -> call.lookups().schedule(call.ctx(), id)));
    }
    for (long id : teamIds(rules)) {
      teams.put(id, fan.add("get_team " + id, () -> call.lookups().team(call.ctx(), id)));
    }
    fan.await();
    return new Reads(values(shifts), values(schedules), values(teams));
  }

  private static <T> Map<Long, Optional<T>> values(Map<Long, FanOut.Part<T>> parts) {
    Map<Long, Optional<T>> out = new HashMap<>();
    parts.forEach((id, part) -> out.put(id, part.value()));
    return out;
  }

  private static Set<Long> scheduleIds(List<EscalationRule> rules) {
    Set<Long> ids = new LinkedHashSet<>();
    rules.forEach(
        r -> list(r.schedules()).forEach(s -> Optional.ofNullable(s.id()).ifPresent(ids::add)));
    return ids;
  }

  private static Set<Long> teamIds(List<EscalationRule> rules) {
    Set<Long> ids = new LinkedHashSet<>();
    rules.forEach(
        r -> list(r.teams()).forEach(t -> Optional.ofNullable(t.id()).ifPresent(ids::add)));
    return ids;
  }

  private static Map<Long, String> scheduleNames(List<EscalationRule> rules, Reads reads) {
    Map<Long, String> names = new HashMap<>();
    for (EscalationRule r : rules) {
      for (ScheduleRel s : list(r.schedules())) {
        String read =
            reads
                .schedules()
                .getOrDefault(s.id(), Optional.empty())
                .map(Schedule::name)
                .orElse(null);
        names.put(s.id(), read != null ? read : s.name() != null ? s.name() : "schedule " + s.id());
      }
    }
    return names;
  }

  private static ArrayNode levels(
      PagingSimulation.Outcome outcome,
      Instant at,
      EscalationPolicy policy,
      List<EscalationRule> rules,
      Reads reads,
      boolean repeating) {
    ArrayNode out = Json.array();
    List<PagingSimulation.Step> steps = outcome.steps();
    for (int i = 0; i < steps.size(); i++) {
      PagingSimulation.Step step = steps.get(i);
      EscalationRule rule = rules.get(step.index());
      ObjectNode level = Json.object();
      if (repeating) {
        level.put("round", step.round());
      }
      level.put("level", step.index() + 1);
      firesAt(level, step.firesAt(), at, zone(rule, reads));
      reached(level, step.reached());
      if (i + 1 < steps.size()) {
        level.put("minutes_to_next", minutes(step.firesAt(), steps.get(i + 1).firesAt()));
      }
      level.put("source", source(policy, rule));
      out.add(level);
    }
    return out;
  }

  private static void firesAt(ObjectNode level, Instant when, Instant at, Optional<ZoneId> zone) {
    level.put("fires_at", Times.iso(when));
    zone.ifPresent(
        z -> {
          ScheduleZones.put(level, "fires_at", when, z);
          level.put("time_zone", z.getId());
        });
    level.put("minutes_after_at", minutes(at, when));
  }

  private static void reached(ObjectNode level, PagingSimulation.Reached reached) {
    ArrayNode people = level.putArray("reaches");
    for (PagingSimulation.Target t : reached.people()) {
      ObjectNode p = Views.ref(t.userId(), t.name());
      people.add(p.put("via", t.via()));
    }
    if (!reached.unresolved().isEmpty()) {
      ArrayNode unresolved = level.putArray("unresolved");
      reached.unresolved().forEach(unresolved::add);
    }
    if (reached.nobody()) {
      level.put("skipped", true);
      level.put("reason", reached.reason() + "; the next level fires at once");
    }
  }

  /** The time zone of the level's first schedule, if it has one. */
  private static Optional<ZoneId> zone(EscalationRule rule, Reads reads) {
    return list(rule.schedules()).stream()
        .map(s -> reads.schedules().getOrDefault(s.id(), Optional.empty()))
        .flatMap(Optional::stream)
        .map(Schedule::timezone)
        .filter(z -> z != null)
        .findFirst()
        .map(ScheduleZones::zone);
  }

  private static String source(EscalationPolicy policy, EscalationRule rule) {
    List<String> parts = new ArrayList<>();
    parts.add("get_escalation_policy " + policy.id());
    list(rule.schedules()).forEach(s -> parts.add("list_schedule_shifts " + s.id()));
    list(rule.teams()).forEach(t -> parts.add("get_team " + t.id()));
    return String.join(", ", parts);
  }

  private static ObjectNode repeats(PagingSimulation.Policy shape) {
    ObjectNode out = Json.object().put("repeating", shape.repeating());
    if (shape.repeating()) {
      out.put("times", shape.frequency());
      out.put("note", "after the last level the policy starts over; rounds are in levels");
    }
    return out;
  }

  private static ObjectNode lowPriority(PagingSimulation.Outcome low, boolean high, Instant at) {
    ObjectNode out = Json.object();
    out.put(
        "rule",
        "a LOW alert notifies only the first level that fires and never escalates or repeats;"
            + " if level 1 reaches nobody, nobody is notified");
    if (!high) {
      return out.put("note", "the priority is LOW, so levels already show this");
    }
    if (low.steps().isEmpty()) {
      return out.put("note", low.stop());
    }
    PagingSimulation.Step first = low.steps().get(0);
    out.put("fires_at", Times.iso(first.firesAt()));
    out.put("minutes_after_at", minutes(at, first.firesAt()));
    reached(out, first.reached());
    if (out.has("reason")) {
      out.put("reason", first.reached().reason() + "; a LOW alert then notifies nobody");
    }
    return out;
  }

  private static String note(PagingSimulation.Outcome outcome, Origin origin) {
    List<String> notes = new ArrayList<>();
    Optional.ofNullable(outcome.stop()).ifPresent(notes::add);
    if (origin.view() != null && "alert".equals(origin.field())) {
      String status = origin.view().path("status").asString("");
      if (!status.isEmpty() && !status.equals("PENDING")) {
        notes.add(
            "the alert is " + status + "; escalation stopped when it was accepted or resolved");
      }
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  private static long minutes(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes();
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}
