package org.ilertmcp.server.tools.analysis.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamMember;
import org.ilertmcp.server.tool.output.Views;

/**
 * Who each level of a policy reaches at an instant, from what ilert answered: direct users, the
 * shift of each schedule covering the instant (ilert's own resolution of layers, restrictions,
 * overrides and time zones), and team members. A schedule or team whose read failed is unresolved
 * rather than empty, so the level is not reported as skipped on a guess.
 */
final class PagingTargets implements PagingSimulation.Reach {
  /** Roles ilert does not page. */
  private static final Set<String> NOT_PAGED = Set.of("STAKEHOLDER", "GUEST");

  private final List<EscalationRule> rules;
  private final Map<Long, Optional<List<Shift>>> shifts;
  private final Map<Long, String> scheduleNames;
  private final Map<Long, Optional<Team>> teams;

  /**
   * @param shifts each schedule's shifts over the simulated window; empty when the read failed
   * @param scheduleNames display names of the schedules
   * @param teams each team as read; empty when the read failed
   */
  PagingTargets(
      List<EscalationRule> rules,
      Map<Long, Optional<List<Shift>>> shifts,
      Map<Long, String> scheduleNames,
      Map<Long, Optional<Team>> teams) {
    this.rules = rules;
    this.shifts = shifts;
    this.scheduleNames = scheduleNames;
    this.teams = teams;
  }

  @Override
  public PagingSimulation.Reached at(int index, Instant at) {
    EscalationRule rule = rules.get(index);
    Map<Long, PagingSimulation.Target> people = new LinkedHashMap<>();
    List<String> unresolved = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (UserRel u : list(rule.users())) {
      add(people, u.id(), Views.fullName(u.firstName(), u.lastName()), "user");
    }
    for (ScheduleRel s : list(rule.schedules())) {
      schedule(s.id(), at, people, unresolved, empty);
    }
    for (TeamRel t : list(rule.teams())) {
      team(t, people, unresolved, empty);
    }
    String reason =
        empty.isEmpty() ? "the level names no user, schedule or team" : String.join("; ", empty);
    return new PagingSimulation.Reached(List.copyOf(people.values()), unresolved, reason);
  }

  private void schedule(
      Long id,
      Instant at,
      Map<Long, PagingSimulation.Target> people,
      List<String> unresolved,
      List<String> empty) {
    String name = scheduleNames.getOrDefault(id, "schedule " + id);
    Optional<List<Shift>> read = shifts.getOrDefault(id, Optional.empty());
    if (read.isEmpty()) {
      unresolved.add("schedule " + id + " (its shifts could not be read; see missing)");
      return;
    }
    Optional<Shift> covering =
        read.get().stream()
            .filter(s -> s.user() != null && !s.start().isAfter(at) && s.end().isAfter(at))
            .findFirst();
    if (covering.isEmpty()) {
      empty.add("nobody is on call in schedule " + name + " at " + at);
      return;
    }
    User u = covering.get().user();
    add(people, u.id(), Views.fullName(u.firstName(), u.lastName()), "schedule " + name);
  }

  private void team(
      TeamRel rel,
      Map<Long, PagingSimulation.Target> people,
      List<String> unresolved,
      List<String> empty) {
    Optional<Team> read = teams.getOrDefault(rel.id(), Optional.empty());
    if (read.isEmpty()) {
      unresolved.add("team " + rel.id() + " (its members could not be read; see missing)");
      return;
    }
    Team team = read.get();
    int pageable = 0;
    for (TeamMember m : list(team.members())) {
      User u = m.user();
      if (u != null && u.id() != null && !NOT_PAGED.contains(String.valueOf(u.role()))) {
        add(people, u.id(), Views.fullName(u.firstName(), u.lastName()), "team " + team.name());
        pageable++;
      }
    }
    if (pageable == 0) {
      empty.add("team " + team.name() + " has no members who can be paged");
    }
  }

  private static void add(
      Map<Long, PagingSimulation.Target> people, Long id, String name, String via) {
    if (id != null) {
      people.putIfAbsent(id, new PagingSimulation.Target(id, name, via));
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}
