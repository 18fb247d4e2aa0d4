package org.ilertmcp.emulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertStatus;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.EscalationRule;
import org.ilertmcp.emulator.domain.Priority;
import org.ilertmcp.emulator.domain.Responder;
import org.ilertmcp.emulator.domain.Role;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.User;

/**
 * Moves PENDING alerts through their escalation policy's levels as time passes.
 *
 * <p>Each level notifies its users, the users on call in its schedules at that moment, and the
 * members of its teams; a level with nobody to notify is skipped at once. After {@code
 * escalationTimeout} minutes without acceptance the next level follows; repeating policies start
 * over up to {@code frequency} times. A LOW alert notifies only the first level. Time is passed in
 * explicitly, so the same code replays history (demo data) and catches up lazily on every request.
 */
public final class EscalationEngine {
  private final Store store;
  private final OnCallCalculator onCall;
  private final Timeline timeline;

  /** An engine over {@code store}. */
  public EscalationEngine(Store store, OnCallCalculator onCall, Timeline timeline) {
    this.store = store;
    this.onCall = onCall;
    this.timeline = timeline;
  }

  /** Starts escalation of a freshly created alert at {@code at}. */
  public void start(Alert alert, Instant at) {
    EscalationPolicy policy = store.policies().get(alert.policyId());
    alert.escalationLevel(-1);
    alert.repetitions(0);
    alert.escalationStopped(false);
    alert.nextEscalation(at.plus(Duration.ofMinutes(policy == null ? 0 : policy.delayMin())));
    advance(alert, at);
  }

  /** Advances every open alert up to {@code now}. */
  public void catchUp(Instant now) {
    for (Long id : new ArrayList<>(store.openAlerts())) {
      store.alert(id).ifPresent(a -> advance(a, now));
    }
  }

  /** Applies every escalation step due at or before {@code now}. */
  public void advance(Alert alert, Instant now) {
    EscalationPolicy policy = store.policies().get(alert.policyId());
    int guard = 0;
    while (due(alert, now) && guard++ < 1000) {
      Instant at = alert.nextEscalation();
      if (policy == null || policy.rules().isEmpty()) {
        alert.nextEscalation(null);
        return;
      }
      if (alert.escalationLevel() >= 0 && alert.priority() == Priority.LOW) {
        alert.nextEscalation(null);
        return;
      }
      int next = alert.escalationLevel() + 1;
      if (next >= policy.rules().size()) {
        if (!policy.repeating() || alert.repetitions() >= policy.frequency()) {
          alert.nextEscalation(null);
          return;
        }
        alert.repetitions(alert.repetitions() + 1);
        next = 0;
      }
      if (nobodyReachable(policy, at)) {
        timeline.log(
            alert,
            at,
            "NobodyOnCallLogEntry",
            Timeline.NOTIFICATIONS,
            "Nobody is on call in escalation policy " + policy.name(),
            Map.of());
        alert.escalationLevel(next);
        alert.nextEscalation(null);
        return;
      }
      enterLevel(alert, policy, next, at);
    }
  }

  private boolean due(Alert alert, Instant now) {
    return alert.status() == AlertStatus.PENDING
        && !alert.escalationStopped()
        && alert.nextEscalation() != null
        && !alert.nextEscalation().isAfter(now);
  }

  private void enterLevel(Alert alert, EscalationPolicy policy, int level, Instant at) {
    alert.escalationLevel(level);
    List<User> targets = targets(policy.rules().get(level), at);
    if (targets.isEmpty()) {
      timeline.log(
          alert,
          at,
          "NobodyOnCallLogEntry",
          Timeline.NOTIFICATIONS,
          "Nobody on call at escalation level " + (level + 1) + ", skipping to the next level",
          Map.of("level", Integer.toString(level + 1)));
      alert.nextEscalation(at);
      return;
    }
    boolean first = level == 0 && alert.repetitions() == 0;
    timeline.log(
        alert,
        at,
        first ? "AlertAssignedBySystemLogEntry" : "AlertEscalatedToLevelLogEntry",
        Timeline.UPDATES,
        (first ? "Alert assigned to " : "Alert escalated to level " + (level + 1) + ": ")
            + names(targets),
        Map.of("level", Integer.toString(level + 1)));
    alert.responders().removeIf(r -> "PENDING".equals(r.status()));
    for (User user : targets) {
      alert.responders().add(new Responder(user.id(), "PENDING", null));
      timeline.notify(alert, user, at);
    }
    boolean more =
        alert.priority() == Priority.HIGH
            && (level + 1 < policy.rules().size()
                || (policy.repeating() && alert.repetitions() < policy.frequency()));
    int timeout = policy.rules().get(level).escalationTimeout();
    alert.nextEscalation(more ? at.plus(Duration.ofMinutes(timeout)) : null);
  }

  /** The users a rule reaches at {@code at}: direct users, on-call users, team members. */
  public List<User> targets(EscalationRule rule, Instant at) {
    Set<Long> ids = new LinkedHashSet<>(rule.userIds());
    for (Long scheduleId : rule.scheduleIds()) {
      Schedule schedule = store.schedules().get(scheduleId);
      if (schedule != null) {
        onCall.userAt(schedule, at, true).ifPresent(ids::add);
      }
    }
    for (Long teamId : rule.teamIds()) {
      Team team = store.teams().get(teamId);
      if (team != null) {
        team.members().forEach(m -> ids.add(m.userId()));
      }
    }
    List<User> users = new ArrayList<>();
    for (Long id : ids) {
      store
          .user(id)
          .filter(u -> u.role() != Role.STAKEHOLDER && u.role() != Role.GUEST)
          .ifPresent(users::add);
    }
    return users;
  }

  /** The user the next escalation step would notify first, if any. */
  public Optional<User> nextEscalationUser(Alert alert) {
    EscalationPolicy policy = store.policies().get(alert.policyId());
    if (policy == null || alert.nextEscalation() == null || policy.rules().isEmpty()) {
      return Optional.empty();
    }
    int next = (alert.escalationLevel() + 1) % policy.rules().size();
    return targets(policy.rules().get(next), alert.nextEscalation()).stream().findFirst();
  }

  private boolean nobodyReachable(EscalationPolicy policy, Instant at) {
    return policy.rules().stream().allMatch(r -> targets(r, at).isEmpty());
  }

  private static String names(List<User> users) {
    return String.join(", ", users.stream().map(User::fullName).toList());
  }
}
