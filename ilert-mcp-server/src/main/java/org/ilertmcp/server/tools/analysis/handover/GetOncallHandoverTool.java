package org.ilertmcp.server.tools.analysis.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.teams.Team;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.analysis.handover.HandoverViews.ScheduleShift;

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

  /** The subject when none is given is the key's own user. */
  static final Param<String> USER = Params.USER.describedAs("Id, e-mail, name or me (default).");

  private static final List<Param<String>> SELECTORS = List.of(Params.SCHEDULE, Params.TEAM, USER);

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

  /** What happened in the window and what comes next, as the result lists it. */
  private record Activity(
      String summary,
      List<ScheduleShift> shifts,
      List<EscalationPolicy> policies,
      List<Alert> alerts,
      List<Alert> openAlerts,
      List<Incident> incidents,
      String incidentsScope,
      List<ScheduleShift> overrides,
      List<ScheduleShift> nextShifts) {}

  private record Result(
      Subject subject, Window window, Activity activity, List<FanOut.Missing> missing) {}

  private static final Shape<Subject> SUBJECT =
      Shape.<Subject>object()
          .string("kind", Subject::kind)
          .integer("id", Subject::id)
          .string("name", Subject::name)
          .build();

  private static final Shape<Window> WINDOW =
      Shape.<Window>object()
          .time("from", Window::from)
          .time("until", Window::until)
          .string("basis", Window::basis)
          .build();

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .object("subject", SUBJECT, Result::subject)
          .unlisted()
          .object("window", WINDOW, Result::window)
          .string("summary", r -> r.activity().summary())
          .list("shifts", HandoverViews.SHIFT, r -> r.activity().shifts())
          .keepEmpty()
          .unlisted()
          .list(
              "escalation_policies",
              Views.REF,
              r -> r.activity().policies().stream().map(p -> new Ref(p.id(), p.name())).toList())
          .keepEmpty()
          .unlisted()
          .list("alerts", HandoverViews.ALERT, r -> r.activity().alerts())
          .keepEmpty()
          .unlisted()
          .list("open_alerts", HandoverViews.ALERT, r -> r.activity().openAlerts())
          .keepEmpty()
          .list("incidents", HandoverViews.INCIDENT, r -> r.activity().incidents())
          .keepEmpty()
          .unlisted()
          .string("incidents_scope", r -> r.activity().incidentsScope())
          .unlisted()
          .list("overrides", HandoverViews.SHIFT, r -> r.activity().overrides())
          .keepEmpty()
          .unlisted()
          .list("next_shifts", HandoverViews.SHIFT, r -> r.activity().nextShifts())
          .keepEmpty()
          .unlisted()
          .list("missing", FanOut.MISSING, Result::missing)
          .required("summary")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_oncall_handover", Toolset.ANALYSIS, AccessTier.READ)
        .title("Get on-call handover")
        .description(
            "Handover for a schedule, team or user (default you) over your current shift if on call, else the last ended one: alerts and how they ended, still open, your teams' incidents, overrides, who is next, paste-ready summary.")
        .input(Input.of(Params.SCHEDULE, Params.TEAM, USER, FROM, UNTIL))
        .output(RESULT.schema())
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
      Window window = given.orElseGet(() -> defaultWindow(subject, scope, now, fan));
      List<ScheduleShift> covered = covered(subject, scope, window);
      Set<Long> scheduleIds = scheduleIds(subject, scope, covered);
      List<EscalationPolicy> policies = policies(subject, scope, scheduleIds);
      Activity activity =
          activity(call, fan, subject, scope, window, covered, scheduleIds, policies);
      Result result = new Result(subject, window, activity, fan.missing());
      return Output.sections(
          RESULT.view(result),
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

  /** The one selector given; none (null): the key's own user. */
  private static Param<String> selector(Args args) {
    List<Param<String>> given = SELECTORS.stream().filter(args::has).toList();
    if (given.size() > 1) {
      throw new ToolInputException(
          "Give at most one of schedule, team or user, not "
              + String.join(" and ", given.stream().map(Param::name).toList())
              + ".");
    }
    return given.isEmpty() ? null : given.get(0);
  }

  private static Subject subject(IlertCall call, Param<String> selector) {
    if (selector == null
        || (selector == USER
            && Names.SELF.contains(call.args().get(USER).trim().toLowerCase(Locale.ROOT)))) {
      User me = call.lookups().currentUser(call.ctx());
      String name = Views.fullName(me.firstName(), me.lastName());
      return new Subject("user", me.id(), name == null ? "user " + me.id() : name, null);
    }
    String value = call.args().get(selector);
    String kind = selector.name();
    switch (kind) {
      case "schedule" -> {
        long id = call.names().schedule(call.ctx(), value);
        Schedule s = call.lookups().schedule(call.ctx(), id);
        return new Subject(kind, id, s.name(), s);
      }
      case "team" -> {
        long id = call.names().team(call.ctx(), value);
        return new Subject(kind, id, call.lookups().team(call.ctx(), id).name(), null);
      }
      default -> {
        long id = call.names().user(call.ctx(), value);
        User u = call.lookups().user(call.ctx(), id);
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
    List<Schedule> all = call.lookups().schedules(call.ctx());
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
        fan.add("escalation_policies", () -> call.lookups().escalationPolicies(call.ctx()));
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

  /**
   * A user on call now hands over the shift they are in, up to now; anyone else (and a schedule or
   * team, whose outgoing person hands over) the last shift that ended.
   */
  private static Window defaultWindow(Subject subject, Scope scope, Instant now, FanOut fan) {
    if (subject.kind().equals("user")) {
      for (Map.Entry<Schedule, List<Shift>> e : scope.shifts().entrySet()) {
        for (Shift s : e.getValue()) {
          if (mine(subject, s) && !s.start().isAfter(now) && s.end().isAfter(now)) {
            ScheduleShift current = new ScheduleShift(e.getKey(), s);
            return new Window(
                s.start(),
                now,
                "the current shift (on call now): "
                    + current.who()
                    + " in "
                    + e.getKey().name()
                    + " until "
                    + Times.iso(s.end())
                    + "; shown up to now");
          }
        }
      }
    }
    return lastEnded(subject, scope, now, fan);
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
        "the last ended shift"
            + (subject.kind().equals("user") ? " (not on call now)" : "")
            + ": "
            + last.who()
            + " in "
            + last.schedule().name());
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
  private static Activity activity(
      IlertCall call,
      FanOut fan,
      Subject subject,
      Scope scope,
      Window window,
      List<ScheduleShift> covered,
      Set<Long> scheduleIds,
      List<EscalationPolicy> policies) {
    List<Schedule> schedules =
        scope.shifts().keySet().stream().filter(s -> scheduleIds.contains(s.id())).toList();
    Set<Long> teamIds = subjectTeams(subject, scope);
    FanOut.Part<List<Service>> services =
        teamIds.isEmpty() ? null : fan.add("services", () -> call.lookups().services(call.ctx()));
    HandoverActivity activity =
        HandoverActivity.read(
            call,
            fan,
            window.from(),
            window.until(),
            policies.stream().map(EscalationPolicy::id).toList(),
            schedules);
    List<ScheduleShift> next = next(scope, scheduleIds, window);
    IncidentScope incidentScope =
        IncidentScope.of(teamIds, services == null ? null : services.value().orElse(null));
    List<Incident> incidents = incidentScope.filter(activity.incidents());
    Set<Long> raised = new HashSet<>();
    activity.alerts().forEach(a -> raised.add(a.id()));
    List<Alert> openEarlier =
        activity.open().stream().filter(a -> !raised.contains(a.id())).toList();
    return new Activity(
        HandoverViews.summary(
            subject.label(),
            window.from(),
            window.until(),
            covered,
            activity.alerts(),
            activity.open(),
            openEarlier.size(),
            incidents,
            activity.overrides().size(),
            next),
        covered,
        policies,
        activity.alerts(),
        // Each alert once: open alerts raised in the window are in "alerts" with their status;
        // "open_alerts" holds those still open that were raised outside the window.
        openEarlier,
        incidents,
        incidentScope.describe(),
        activity.overrides(),
        next);
  }

  /** The subject's teams: a user's, the team itself, or the schedule's. */
  private static Set<Long> subjectTeams(Subject subject, Scope scope) {
    Set<Long> ids = new HashSet<>();
    switch (subject.kind()) {
      case "user" -> ids.addAll(scope.userTeams());
      case "team" -> ids.add(subject.id());
      default -> {
        if (subject.schedule() != null && subject.schedule().teams() != null) {
          subject.schedule().teams().forEach(t -> ids.add(idOf(t.id())));
        }
      }
    }
    return ids;
  }

  /**
   * Which incidents concern the subject: those affecting a service of its teams or naming one of
   * its teams. Without teams (or when the services could not be read) incidents are not scoped, and
   * the result says so.
   */
  private record IncidentScope(Set<Long> teams, Set<Long> services) {
    static IncidentScope of(Set<Long> teams, List<Service> all) {
      if (teams.isEmpty() || all == null) {
        return new IncidentScope(Set.of(), null);
      }
      Set<Long> services = new HashSet<>();
      all.stream()
          .filter(
              s -> s.teams() != null && s.teams().stream().anyMatch(t -> teams.contains(t.id())))
          .forEach(s -> services.add(s.id()));
      return new IncidentScope(teams, services);
    }

    List<Incident> filter(List<Incident> incidents) {
      return services == null ? incidents : incidents.stream().filter(this::concerns).toList();
    }

    private boolean concerns(Incident i) {
      boolean byService =
          i.affectedServices() != null
              && i.affectedServices().stream()
                  .anyMatch(a -> a.service() != null && services.contains(a.service().id()));
      boolean byTeam =
          i.affectedTeams() != null
              && i.affectedTeams().stream().anyMatch(t -> teams.contains(t.id()));
      return byService || byTeam;
    }

    String describe() {
      return services == null
          ? "all incidents in the window (the subject's teams are unknown)"
          : "incidents affecting the "
              + services.size()
              + " services of the subject's "
              + teams.size()
              + " team(s), or naming one of those teams";
    }
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
}
