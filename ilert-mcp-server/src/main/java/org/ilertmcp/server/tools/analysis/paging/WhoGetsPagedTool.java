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
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.shared.ScheduleZones;

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
      long policyId, String priority, String basis, AlertSource source, Alert alert, Instant at) {}

  /** What was read for the policy's schedules and teams. */
  private record Reads(
      Map<Long, Optional<List<Shift>>> shifts,
      Map<Long, Optional<Schedule>> schedules,
      Map<Long, Optional<Team>> teams) {}

  /** Whom a level (or a LOW alert) reaches; {@code then} says what follows when nobody. */
  private record Reach(PagingSimulation.Reached reached, String then) {}

  private static final Shape<PagingSimulation.Target> PERSON =
      Shape.<PagingSimulation.Target>object()
          .integer("id", PagingSimulation.Target::userId)
          .string("name", PagingSimulation.Target::name)
          .string("via", PagingSimulation.Target::via)
          .build();

  private static final Shape<Reach> REACH =
      Shape.<Reach>object()
          .list("reaches", PERSON, r -> r.reached().people())
          .keepEmptyUnlessNull()
          .strings("unresolved", r -> r.reached().unresolved())
          .bool("skipped", r -> r.reached().nobody() ? true : null)
          .string("reason", r -> r.reached().nobody() ? r.reached().reason() + r.then() : null)
          .build();

  /** A level as simulated from {@code at}, in the zone of its first schedule if any. */
  private record Level(
      Integer round,
      PagingSimulation.Step step,
      Instant at,
      ZoneId zone,
      Long minutesToNext,
      String source) {}

  private static final Shape<Level> LEVEL =
      Shape.<Level>object()
          .integer("round", Level::round)
          .integer("level", l -> l.step().index() + 1)
          .time("fires_at", l -> l.step().firesAt())
          .string(
              "fires_at_local",
              l -> l.zone() == null ? null : ScheduleZones.local(l.step().firesAt(), l.zone()))
          .string("time_zone", l -> l.zone() == null ? null : l.zone().getId())
          .integer("minutes_after_at", l -> minutes(l.at(), l.step().firesAt()))
          .fields(REACH, l -> new Reach(l.step().reached(), "; the next level fires at once"))
          .integer("minutes_to_next", Level::minutesToNext)
          .string("source", Level::source)
          .build();

  private static final Shape<PagingSimulation.Policy> REPEATS =
      Shape.<PagingSimulation.Policy>object()
          .bool("repeating", PagingSimulation.Policy::repeating)
          .integer("times", p -> p.repeating() ? p.frequency() : null)
          .string(
              "note",
              p ->
                  p.repeating()
                      ? "after the last level the policy starts over; rounds are in levels"
                      : null)
          .build();

  /** What a LOW alert would do, given the simulation of one. */
  private record LowPriority(PagingSimulation.Outcome low, boolean high, Instant at) {
    PagingSimulation.Step first() {
      return !high || low.steps().isEmpty() ? null : low.steps().get(0);
    }
  }

  private static final Shape<LowPriority> LOW_PRIORITY =
      Shape.<LowPriority>object()
          .string(
              "rule",
              l ->
                  "a LOW alert notifies only the first level that fires and never escalates or"
                      + " repeats; if level 1 reaches nobody, nobody is notified")
          .string(
              "note",
              l ->
                  !l.high()
                      ? "the priority is LOW, so levels already show this"
                      : l.low().steps().isEmpty() ? l.low().stop() : null)
          .time("fires_at", l -> l.first() == null ? null : l.first().firesAt())
          .integer(
              "minutes_after_at",
              l -> l.first() == null ? null : minutes(l.at(), l.first().firesAt()))
          .fields(
              REACH,
              l ->
                  l.first() == null
                      ? null
                      : new Reach(l.first().reached(), "; a LOW alert then notifies nobody"))
          .build();

  private static final Shape<Origin> ORIGIN_ALERT =
      Shape.<Origin>object()
          .integer("id", o -> o.alert().id())
          .string("status", o -> o.alert().status())
          .time("report_time", o -> o.alert().reportTime())
          .build();

  private record Result(
      Instant at,
      EscalationPolicy policy,
      boolean high,
      String basis,
      Origin origin,
      List<Level> levels,
      PagingSimulation.Policy shape,
      LowPriority lowPriority,
      String note,
      List<FanOut.Missing> missing) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .time("at", Result::at)
          .object("policy", Views.POLICY_REF, Result::policy)
          .unlisted()
          .string("priority", r -> r.high() ? "HIGH" : "LOW")
          .string("priority_basis", Result::basis)
          .unlisted()
          .object("alert_source", Views.SOURCE_REF, r -> r.origin().source())
          .unlisted()
          .object("alert", ORIGIN_ALERT, r -> r.origin().alert() == null ? null : r.origin())
          .unlisted()
          .list("levels", LEVEL, Result::levels)
          .keepEmpty()
          .object("repeats", REPEATS, Result::shape)
          .unlisted()
          .object("low_priority", LOW_PRIORITY, Result::lowPriority)
          .unlisted()
          .string("note", Result::note)
          .unlisted()
          .list("missing", FanOut.MISSING, Result::missing)
          .required("levels")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("who_gets_paged", Toolset.ANALYSIS, AccessTier.READ)
        .title("Who gets paged")
        .description(
            "Simulates escalation for a source, policy or alert at a time: per level when it fires, whom it reaches and how, skipped levels, repeats, what a LOW alert would do.")
        .input(Input.of(Params.ALERT_SOURCE, Params.ESCALATION_POLICY, ALERT_ID, AT, PRIORITY))
        .output(RESULT.schema())
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
      Result result =
          new Result(
              at,
              policy,
              high,
              args.has(PRIORITY) ? "given as input" : origin.basis(),
              origin,
              levels(outcome, at, policy, rules, reads, shape.repeating()),
              shape,
              new LowPriority(low, high, at),
              note(outcome, origin),
              fan.missing());
      return Output.sections(RESULT.view(result), call.maxResultTokens(), "levels");
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
            s,
            null,
            null);
      }
      case "alert_id" -> {
        long id = args.get(ALERT_ID);
        Alert a = call.client().alerts().get(call.ctx(), id, List.of());
        if (a.escalationPolicy() == null || a.escalationPolicy().id() == null) {
          throw new ToolInputException("Alert " + id + " has no escalation policy.");
        }
        return new Origin(
            a.escalationPolicy().id(),
            "LOW".equals(a.priority()) ? "LOW" : "HIGH",
            "the alert's priority (get_alert " + id + ")",
            null,
            a,
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

  private static List<Level> levels(
      PagingSimulation.Outcome outcome,
      Instant at,
      EscalationPolicy policy,
      List<EscalationRule> rules,
      Reads reads,
      boolean repeating) {
    List<Level> out = new ArrayList<>();
    List<PagingSimulation.Step> steps = outcome.steps();
    for (int i = 0; i < steps.size(); i++) {
      PagingSimulation.Step step = steps.get(i);
      EscalationRule rule = rules.get(step.index());
      Long toNext =
          i + 1 < steps.size() ? minutes(step.firesAt(), steps.get(i + 1).firesAt()) : null;
      out.add(
          new Level(
              repeating ? step.round() : null,
              step,
              at,
              zone(rule, reads).orElse(null),
              toNext,
              source(policy, rule)));
    }
    return out;
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

  private static String note(PagingSimulation.Outcome outcome, Origin origin) {
    List<String> notes = new ArrayList<>();
    Optional.ofNullable(outcome.stop()).ifPresent(notes::add);
    if (origin.alert() != null) {
      String status = origin.alert().status() == null ? "" : origin.alert().status();
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
