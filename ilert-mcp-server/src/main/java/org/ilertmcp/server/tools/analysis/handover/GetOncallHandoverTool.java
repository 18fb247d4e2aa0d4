package org.ilertmcp.server.tools.analysis.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ilertmcp.client.common.User;
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
import org.ilertmcp.server.tool.Names;
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
import org.ilertmcp.server.tools.analysis.handover.HandoverViews.ScheduleShift;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code get_oncall_handover}: what happened during a shift and what the next person inherits — the
 * shifts, the alerts raised on the policies those shifts serve and how they ended, alerts still
 * open, incidents, overrides and who is next.
 */
public final class GetOncallHandoverTool implements IlertTool {
  static final Param<Instant> FROM =
      Params.FROM.describedAs("ISO-8601 or 7d; at most 31 days before until.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("Default: end of the last shift.");

  /** Longest window served. */
  static final Duration MAX_WINDOW = Duration.ofDays(31);

  /** How far back the default looks for an ended shift, and ahead for the next one. */
  static final Duration LOOK = Duration.ofDays(31);

  static final int MAX_SCHEDULES = 30;

  private static final List<Param<String>> SELECTORS =
      List.of(Params.SCHEDULE, Params.TEAM, Params.USER);

  /**
   * Who the handover is for: the kind of selector, the id, a display name, and the schedule when
   * the subject is one.
   */
  private record Subject(String kind, long id, String name, Schedule schedule) {
    String label() {
      return kind + " " + name + " (" + id + ")";
    }
  }

  /** The handover window and how it was chosen. */
  private record Window(Instant from, Instant until, String basis) {
    boolean overlaps(Instant start, Instant end) {
      return start.isBefore(until) && end.isAfter(from);
    }
  }

  /** The reads of the first round: every scoped schedule's shifts, policies, the user's teams. */
  private record Scope(
      Map<Schedule, List<Shift>> shifts, List<EscalationPolicy> policies, Set<Long> userTeams) {}

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_oncall_handover", Toolset.ANALYSIS, AccessTier.READ)
        .title("Get on-call handover")
        .description(
            "Handover for a schedule, team or user: shifts in the window (default the last ended"
                + " shift), its alerts and how they ended, alerts still open, incidents,"
                + " overrides, who is next, and a paste-ready summary.")
        .input(Input.of(Params.SCHEDULE, Params.TEAM, Params.USER, FROM, UNTIL))
        .output(
            Schema.requiring(
                Schema.object(
                    "subject", Schema.anyObject(),
                    "window", Schema.anyObject(),
                    "summary", Schema.str(),
                    "shifts", list(),
                    "escalation_policies", list(),
                    "alerts", list(),
                    "open_alerts", list(),
                    "incidents", list(),
                    "overrides", list(),
                    "next_shifts", list(),
                    "missing", list()),
                "summary"))
        .readOnly()
        .longRunning()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Instant now = call.clock().instant();
    Subject subject = subject(call, selector(call.args()));
    Optional<Window> given = window(call.args());
    Instant lo = given.map(Window::from).orElse(now).minus(LOOK);
    Instant hi = given.map(Window::until).orElse(now).plus(LOOK);
    try (FanOut fan = new FanOut(call)) {
      Scope scope = scope(call, fan, subject, schedules(call, fan, subject), lo, hi);
      Window window = given.orElseGet(() -> lastEnded(subject, scope, now, fan));
      List<ScheduleShift> covered = covered(subject, scope, window);
      Set<Long> scheduleIds = scheduleIds(subject, scope, covered);
      List<EscalationPolicy> policies = policies(subject, scope, scheduleIds);
      ObjectNode result = Json.object();
      result.set(
          "subject",
          Json.object()
              .put("kind", subject.kind())
              .put("id", subject.id())
              .put("name", subject.name()));
      result.set(
          "window",
          Json.object()
              .put("from", window.from().toString())
              .put("until", window.until().toString())
              .put("basis", window.basis()));
      activity(call, fan, subject, scope, window, covered, scheduleIds, policies, result);
      if (!fan.missing().isEmpty()) {
        result.set("missing", fan.missing());
      }
      return Output.sections(
          result,
          call.maxResultTokens(),
          "alerts",
          "incidents",
          "overrides",
          "escalation_policies",
          "open_alerts",
          "next_shifts",
          "shifts");
    }
  }

  /** An array in the output schema, kept short: tools/list pays for every byte. */
  private static ObjectNode list() {
    return Json.object().put("type", "array");
  }

  private static Param<String> selector(Args args) {
    List<Param<String>> given = SELECTORS.stream().filter(args::has).toList();
    if (given.size() != 1) {
      throw new ToolInputException(
          "Give exactly one of schedule, team or user"
              + (given.isEmpty()
                  ? "."
                  : ", not "
                      + String.join(" and ", given.stream().map(Param::name).toList())
                      + "."));
    }
    return given.get(0);
  }

  private static Subject subject(IlertCall call, Param<String> selector) {
    String value = call.args().get(selector);
    String kind = selector.name();
    switch (kind) {
      case "schedule" -> {
        long id = call.names().schedule(call.ctx(), value);
        Schedule s = call.client().schedules().get(call.ctx(), id, List.of());
        return new Subject(kind, id, s.name(), s);
      }
      case "team" -> {
        long id = call.names().team(call.ctx(), value);
        return new Subject(kind, id, call.client().teams().get(call.ctx(), id).name(), null);
      }
      default -> {
        long id = call.names().user(call.ctx(), value);
        User u = call.client().users().get(call.ctx(), id);
        String name = Views.fullName(u.firstName(), u.lastName());
        return new Subject(kind, id, name == null ? "user " + id : name, null);
      }
    }
  }

  private static Optional<Window> window(Args args) {
    Optional<Instant> from = args.find(FROM);
    Optional<Instant> until = args.find(UNTIL);
    if (from.isEmpty() && until.isEmpty()) {
      return Optional.empty();
    }
    if (from.isEmpty() || until.isEmpty()) {
      throw new ToolInputException(
          "Give both from and until, or neither for the last ended shift.");
    }
    Times.ordered("from", from.get(), "until", until.get());
    if (Duration.between(from.get(), until.get()).compareTo(MAX_WINDOW) > 0) {
      throw new ToolInputException("The window may span at most 31 days; narrow from/until.");
    }
    return Optional.of(new Window(from.get(), until.get(), "given"));
  }

  /** The schedules whose shifts matter: the schedule, the team's, or every one (for a user). */
  private static List<Schedule> schedules(IlertCall call, FanOut fan, Subject subject) {
    if (subject.schedule() != null) {
      return List.of(subject.schedule());
    }
    List<Schedule> all =
        call.client().schedules().listAll(call.ctx(), List.of(), Names.MAX_ENTITIES);
    List<Schedule> scoped =
        subject.kind().equals("team")
            ? all.stream()
                .filter(
                    s ->
                        s.teams() != null
                            && s.teams().stream().anyMatch(t -> subject.id() == idOf(t.id())))
                .toList()
            : all;
    if (scoped.size() > MAX_SCHEDULES) {
      fan.markMissing(
          "shifts",
          "only the first " + MAX_SCHEDULES + " of " + scoped.size() + " schedules were read");
      return scoped.subList(0, MAX_SCHEDULES);
    }
    return scoped;
  }

  private static Scope scope(
      IlertCall call,
      FanOut fan,
      Subject subject,
      List<Schedule> schedules,
      Instant lo,
      Instant hi) {
    FanOut.Part<List<EscalationPolicy>> policies =
        fan.add(
            "escalation_policies",
            () -> call.client().escalationPolicies().listAll(call.ctx(), Names.MAX_ENTITIES));
    Map<Schedule, FanOut.Part<List<Shift>>> parts = new LinkedHashMap<>();
    ShiftQuery range = new ShiftQuery(lo, hi, false);
    for (Schedule s : schedules) {
      parts.put(
          s,
          fan.add(
              "list_schedule_shifts " + s.id(),
              () -> call.client().schedules().shifts(call.ctx(), s.id(), range)));
    }
    FanOut.Part<List<Team>> teams =
        subject.kind().equals("user")
            ? fan.add(
                "teams of user " + subject.id(),
                () -> call.client().teams().listAll(call.ctx(), subject.id(), Names.MAX_ENTITIES))
            : null;
    fan.await();
    Map<Schedule, List<Shift>> shifts = new LinkedHashMap<>();
    parts.forEach((s, part) -> part.value().ifPresent(list -> shifts.put(s, list)));
    Set<Long> userTeams = new HashSet<>();
    if (teams != null) {
      teams.orElse(List.of()).forEach(t -> userTeams.add(t.id()));
    }
    return new Scope(shifts, policies.orElse(List.of()), userTeams);
  }

  private static boolean mine(Subject subject, Shift s) {
    return !subject.kind().equals("user")
        || (s.user() != null && Objects.equals(s.user().id(), subject.id()));
  }

  /** The most recent shift that ended by {@code now} (for a user: theirs, in any schedule). */
  private static Window lastEnded(Subject subject, Scope scope, Instant now, FanOut fan) {
    ScheduleShift last = null;
    for (Map.Entry<Schedule, List<Shift>> e : scope.shifts().entrySet()) {
      for (Shift s : e.getValue()) {
        if (mine(subject, s)
            && !s.end().isAfter(now)
            && (last == null || s.end().isAfter(last.shift().end()))) {
          last = new ScheduleShift(e.getKey(), s);
        }
      }
    }
    if (last == null) {
      throw new ToolInputException(
          (fan.missing().isEmpty()
                  ? "No shift of " + subject.label() + " ended in the last 31 days"
                  : "The shifts of " + subject.label() + " could not be read")
              + "; pass from and until.");
    }
    return new Window(
        last.shift().start(),
        last.shift().end(),
        "the last ended shift: " + last.who() + " in " + last.schedule().name());
  }

  private static List<ScheduleShift> covered(Subject subject, Scope scope, Window window) {
    return scope.shifts().entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .filter(s -> mine(subject, s) && window.overlaps(s.start(), s.end()))
                    .map(s -> new ScheduleShift(e.getKey(), s)))
        .sorted(Comparator.comparing(s -> s.shift().start()))
        .toList();
  }

  /** The schedules the handover is about: for a user those of their covered shifts. */
  private static Set<Long> scheduleIds(Subject subject, Scope scope, List<ScheduleShift> covered) {
    Set<Long> ids = new HashSet<>();
    if (subject.kind().equals("user")) {
      covered.forEach(c -> ids.add(c.schedule().id()));
    } else {
      scope.shifts().keySet().forEach(s -> ids.add(s.id()));
    }
    return ids;
  }

  /** Policies that page through those schedules, belong to the team, or reach the user. */
  private static List<EscalationPolicy> policies(
      Subject subject, Scope scope, Set<Long> scheduleIds) {
    Predicate<EscalationRule> viaSchedule =
        r ->
            r.schedules() != null
                && r.schedules().stream().anyMatch(s -> scheduleIds.contains(s.id()));
    Predicate<EscalationRule> direct =
        switch (subject.kind()) {
          case "user" ->
              r ->
                  (r.users() != null
                          && r.users().stream().anyMatch(u -> subject.id() == idOf(u.id())))
                      || (r.teams() != null
                          && r.teams().stream().anyMatch(t -> scope.userTeams().contains(t.id())));
          case "team" ->
              r ->
                  r.teams() != null
                      && r.teams().stream().anyMatch(t -> subject.id() == idOf(t.id()));
          default -> r -> false;
        };
    return scope.policies().stream()
        .filter(
            p ->
                (subject.kind().equals("team")
                        && p.teams() != null
                        && p.teams().stream().anyMatch(t -> subject.id() == idOf(t.id())))
                    || (p.escalationRules() != null
                        && p.escalationRules().stream().anyMatch(viaSchedule.or(direct))))
        .toList();
  }

  private static long idOf(Long id) {
    return id == null ? -1 : id;
  }

  /** The second round of reads, then the result: summary first, then the evidence lists. */
  private static void activity(
      IlertCall call,
      FanOut fan,
      Subject subject,
      Scope scope,
      Window window,
      List<ScheduleShift> covered,
      Set<Long> scheduleIds,
      List<EscalationPolicy> policies,
      ObjectNode result) {
    List<Schedule> schedules =
        scope.shifts().keySet().stream().filter(s -> scheduleIds.contains(s.id())).toList();
    HandoverActivity activity =
        HandoverActivity.read(
            call,
            fan,
            window.from(),
            window.until(),
            policies.stream().map(EscalationPolicy::id).toList(),
            schedules);
    List<ScheduleShift> next = next(scope, scheduleIds, window);
    result.put(
        "summary",
        HandoverViews.summary(
            subject.label(),
            window.from(),
            window.until(),
            covered,
            activity.alerts(),
            activity.open(),
            activity.incidents(),
            activity.overrides().size(),
            next));
    result.set("shifts", shiftViews(covered));
    ArrayNode policyViews = result.putArray("escalation_policies");
    policies.forEach(p -> policyViews.add(Views.ref(p.id(), p.name())));
    ArrayNode alerts = result.putArray("alerts");
    activity.alerts().forEach(a -> alerts.add(HandoverViews.alert(a)));
    ArrayNode open = result.putArray("open_alerts");
    activity.open().forEach(a -> open.add(HandoverViews.alert(a)));
    ArrayNode incidents = result.putArray("incidents");
    activity.incidents().forEach(i -> incidents.add(HandoverViews.incident(i)));
    result.set("overrides", shiftViews(activity.overrides()));
    result.set("next_shifts", shiftViews(next));
  }

  /** Per schedule, the first shift that starts at or after the window's end. */
  private static List<ScheduleShift> next(Scope scope, Set<Long> scheduleIds, Window window) {
    return scope.shifts().entrySet().stream()
        .filter(e -> scheduleIds.contains(e.getKey().id()))
        .flatMap(
            e ->
                e.getValue().stream()
                    .filter(s -> !s.start().isBefore(window.until()))
                    .min(Comparator.comparing(Shift::start))
                    .map(s -> new ScheduleShift(e.getKey(), s))
                    .stream())
        .toList();
  }

  private static ArrayNode shiftViews(List<ScheduleShift> shifts) {
    ArrayNode out = Json.array();
    shifts.forEach(s -> out.add(s.view()));
    return out;
  }
}
