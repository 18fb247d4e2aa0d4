package org.ilertmcp.emulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.AlertStatus;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.Priority;
import org.ilertmcp.emulator.domain.Responder;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.User;

/**
 * The alert state machine and the Events API rules. Every change writes the log entries ilert would
 * show on the alert's timeline. Callers hold the store lock.
 */
public final class AlertService {
  private static final long ALERT_ID_BASE = 1_000_001L;

  private final Store store;
  private final EscalationEngine escalation;
  private final OnCallCalculator onCall;
  private final Timeline timeline;

  /** A service over {@code store}. */
  public AlertService(
      Store store, EscalationEngine escalation, OnCallCalculator onCall, Timeline timeline) {
    this.store = store;
    this.escalation = escalation;
    this.onCall = onCall;
    this.timeline = timeline;
  }

  /** Applies an event received at {@code at} on {@code source}. */
  public EventOutcome onEvent(AlertSource source, EventInput event, Instant at) {
    String key = normalise(event.alertKey());
    Optional<Alert> open = key == null ? Optional.empty() : latestOpen(source.id(), key);
    switch (event.eventType()) {
      case "ALERT":
        return alertEvent(source, event, key, open, at);
      case "ACCEPT":
        if (open.isEmpty()) {
          return new EventOutcome("NO_OPEN_ALERT_WITH_KEY", null);
        }
        sourceEvent(open.get(), at, "ACCEPT event received: " + nullToEmpty(event.summary()));
        accept(open.get(), null, at);
        return new EventOutcome("ALERT_ACCEPTED", open.get());
      case "RESOLVE":
        if (open.isEmpty()) {
          return new EventOutcome("NO_OPEN_ALERT_WITH_KEY", null);
        }
        sourceEvent(open.get(), at, "RESOLVE event received: " + nullToEmpty(event.summary()));
        resolve(open.get(), null, at);
        return new EventOutcome("ALERT_RESOLVED", open.get());
      default:
        Optional<Alert> target = key == null ? Optional.empty() : latestWithKey(source.id(), key);
        if (target.isEmpty()) {
          return new EventOutcome("NO_OPEN_ALERT_WITH_KEY", null);
        }
        List<String> comments =
            event.comments().isEmpty() ? List.of(nullToEmpty(event.summary())) : event.comments();
        for (String comment : comments) {
          timeline.log(
              target.get(),
              at,
              "AlertCommentAddedLogEntry",
              Timeline.UPDATES,
              "Comment added: " + comment,
              Map.of("comment", comment));
        }
        return new EventOutcome("COMMENT_ADDED", target.get());
    }
  }

  private EventOutcome alertEvent(
      AlertSource source, EventInput event, String key, Optional<Alert> open, Instant at) {
    Optional<Alert> group = open.or(() -> groupByCreationMode(source, event, at));
    if (group.isPresent()) {
      sourceEvent(group.get(), at, "Event added to alert: " + nullToEmpty(event.summary()));
      return new EventOutcome("EVENT_ADDED_TO_ALERT", group.get());
    }
    long policyId = routedPolicy(source, event.routingKey());
    Priority priority = event.priority() != null ? event.priority() : sourcePriority(source);
    Alert alert =
        new Alert(
            store.nextId("alert", ALERT_ID_BASE),
            source.id(),
            policyId,
            at,
            event.summary(),
            event.details(),
            event.alertKey() == null ? null : event.alertKey().trim(),
            priority);
    alert.severity(event.severity());
    alert.labels().putAll(event.labels());
    alert.links().addAll(event.links());
    alert.images().addAll(event.images());
    alert.customDetails(event.customDetails());
    store.putAlert(alert);
    timeline.log(
        alert,
        at,
        "AlertReceivedLogEntry",
        Timeline.SOURCE_EVENTS,
        "New alert received from " + source.name() + ": " + event.summary(),
        Map.of("alertSourceId", Long.toString(source.id())));
    escalation.start(alert, at);
    return new EventOutcome("NEW_ALERT_CREATED", alert);
  }

  /** Creates a manual alert; with explicit responders only they are notified, no escalation. */
  public Alert createManual(
      AlertSource source,
      Long policyId,
      String summary,
      String details,
      Priority priority,
      List<User> responders,
      User creator,
      Instant at) {
    Alert alert =
        new Alert(
            store.nextId("alert", ALERT_ID_BASE),
            source.id(),
            policyId != null ? policyId : source.escalationPolicyId(),
            at,
            summary,
            details,
            null,
            priority != null ? priority : sourcePriority(source));
    store.putAlert(alert);
    timeline.log(
        alert,
        at,
        "AlertCreatedByUserLogEntry",
        Timeline.UPDATES,
        "Alert created by " + creator.fullName(),
        Map.of("userId", Long.toString(creator.id())));
    if (responders.isEmpty()) {
      escalation.start(alert, at);
    } else {
      alert.escalationStopped(true);
      for (User user : responders) {
        alert.responders().add(new Responder(user.id(), "PENDING", null));
        timeline.notify(alert, user, at);
      }
    }
    return alert;
  }

  /** Accepts an alert; {@code user} null means the source (an ACCEPT event). */
  public Alert accept(Alert alert, User user, Instant at) {
    if (alert.status() == AlertStatus.RESOLVED) {
      throw new ApiException(400, "ALERT_ALREADY_RESOLVED", "alert " + alert.id() + " is resolved");
    }
    if (alert.status() == AlertStatus.ACCEPTED && user == null) {
      return alert;
    }
    alert.status(AlertStatus.ACCEPTED);
    if (alert.acceptedOn() == null) {
      alert.acceptedOn(at);
    }
    alert.escalationStopped(true);
    alert.nextEscalation(null);
    if (user != null) {
      alert.acceptedBy(user.id());
      alert.responders().removeIf(r -> r.userId() == user.id());
      alert.responders().add(new Responder(user.id(), "ACCEPTED", at));
    }
    timeline.log(
        alert,
        at,
        "UserResponseLogEntry",
        Timeline.UPDATES,
        "Alert accepted by " + (user == null ? "alert source" : user.fullName()),
        Map.of("response", "ACCEPT"));
    store.reindex(alert);
    return alert;
  }

  /** Resolves an alert; {@code user} null means the source or the system. */
  public Alert resolve(Alert alert, User user, Instant at) {
    if (alert.status() == AlertStatus.RESOLVED) {
      throw new ApiException(400, "ALERT_ALREADY_RESOLVED", "alert " + alert.id() + " is resolved");
    }
    alert.status(AlertStatus.RESOLVED);
    alert.resolvedOn(at);
    alert.nextEscalation(null);
    alert.escalationStopped(true);
    if (user != null) {
      alert.resolvedBy(user.id());
    }
    timeline.log(
        alert,
        at,
        "UserResponseLogEntry",
        Timeline.UPDATES,
        "Alert resolved by " + (user == null ? "alert source" : user.fullName()),
        Map.of("response", "RESOLVE"));
    store.reindex(alert);
    return alert;
  }

  /** Reassigns to one user: that user becomes the only pending responder and is notified. */
  public Alert assignToUser(Alert alert, User target, User by, Instant at) {
    requireOpen(alert);
    alert.responders().removeIf(r -> "PENDING".equals(r.status()) || r.userId() == target.id());
    alert.responders().add(new Responder(target.id(), "PENDING", null));
    alert.escalationStopped(true);
    alert.nextEscalation(null);
    timeline.log(
        alert,
        at,
        "AlertAssignedByUserLogEntry",
        Timeline.UPDATES,
        by.fullName() + " assigned the alert to " + target.fullName(),
        Map.of("userId", Long.toString(target.id())));
    timeline.notify(alert, target, at);
    return alert;
  }

  /** Reassigns to a policy: escalation starts over at its first level. */
  public Alert assignToPolicy(Alert alert, EscalationPolicy policy, User by, Instant at) {
    requireOpen(alert);
    alert.policyId(policy.id());
    alert.status(AlertStatus.PENDING);
    timeline.log(
        alert,
        at,
        "AlertAssignedToPolicyLogEntry",
        Timeline.UPDATES,
        by.fullName() + " assigned the alert to escalation policy " + policy.name(),
        Map.of("policyId", Long.toString(policy.id())));
    escalation.start(alert, at);
    return alert;
  }

  /** Reassigns to whoever is on call in a schedule now; 400 if nobody is. */
  public Alert assignToSchedule(Alert alert, Schedule schedule, User by, Instant at) {
    requireOpen(alert);
    Long userId =
        onCall
            .userAt(schedule, at, true)
            .orElseThrow(
                () ->
                    new ApiException(
                        400, "NOBODY_ON_CALL", "nobody is on call in schedule " + schedule.id()));
    User target = store.user(userId).orElseThrow();
    timeline.log(
        alert,
        at,
        "AlertAssignedToScheduleLogEntry",
        Timeline.UPDATES,
        by.fullName() + " assigned the alert to schedule " + schedule.name(),
        Map.of("scheduleId", Long.toString(schedule.id())));
    return assignToUser(alert, target, by, at);
  }

  /** Adds a responder; 405 if already present (as on ilert). */
  public Responder addResponder(Alert alert, User user, User by, Instant at) {
    if (alert.responders().stream().anyMatch(r -> r.userId() == user.id())) {
      throw new ApiException(
          405, "RESPONDER_ALREADY_PRESENT", "user " + user.id() + " is already a responder");
    }
    Responder responder = new Responder(user.id(), "PENDING", null);
    alert.responders().add(responder);
    timeline.log(
        alert,
        at,
        "AlertAssignedByUserLogEntry",
        Timeline.UPDATES,
        by.fullName() + " added responder " + user.fullName(),
        Map.of("userId", Long.toString(user.id())));
    if (alert.status().open()) {
      timeline.notify(alert, user, at);
    }
    return responder;
  }

  /** Removes a responder; 404 if the user is not one. */
  public void removeResponder(Alert alert, long userId, User by, Instant at) {
    if (!alert.responders().removeIf(r -> r.userId() == userId)) {
      throw ApiException.notFound("user " + userId + " is not a responder of this alert");
    }
    timeline.log(
        alert,
        at,
        "AlertAssignedByUserLogEntry",
        Timeline.UPDATES,
        by.fullName() + " removed responder " + userId,
        Map.of("userId", Long.toString(userId)));
  }

  /**
   * Runs a manual alert action and records its result. The emulator calls no third party; an action
   * whose webhook URL contains "fail" fails, so failure handling can be exercised.
   */
  public ActionResult runAction(
      Alert alert,
      String actionId,
      String connectorId,
      String name,
      boolean succeeds,
      User actor,
      Instant at) {
    ActionResult result =
        new ActionResult(
            store.nextStringId("action-result"),
            actionId,
            connectorId,
            alert.id(),
            succeeds,
            actor.id(),
            at);
    store.actionResults(alert.id()).add(result);
    timeline.log(
        alert,
        at,
        succeeds ? "AlertActionSuccessLogEntry" : "AlertActionFailLogEntry",
        Timeline.CONNECTOR_EVENTS,
        "Alert action '" + name + "' run by " + actor.fullName() + (succeeds ? "" : " failed"),
        Map.of("alertActionId", actionId));
    return result;
  }

  private void requireOpen(Alert alert) {
    if (alert.status() == AlertStatus.RESOLVED) {
      throw new ApiException(400, "ALERT_ALREADY_RESOLVED", "alert " + alert.id() + " is resolved");
    }
  }

  private void sourceEvent(Alert alert, Instant at, String text) {
    timeline.log(alert, at, "AlertReceivedLogEntry", Timeline.SOURCE_EVENTS, text, Map.of());
  }

  private Optional<Alert> latestOpen(long sourceId, String key) {
    return store.openAlerts().stream()
        .map(id -> store.alerts().get(id))
        .filter(a -> a.sourceId() == sourceId && key.equals(normalise(a.alertKey())))
        .max(Comparator.comparing(Alert::reportTime).thenComparing(Alert::id));
  }

  private Optional<Alert> latestWithKey(long sourceId, String key) {
    return latestOpen(sourceId, key)
        .or(
            () ->
                store.alerts().descendingMap().values().stream()
                    .filter(a -> a.sourceId() == sourceId && key.equals(normalise(a.alertKey())))
                    .findFirst());
  }

  private Optional<Alert> groupByCreationMode(AlertSource source, EventInput event, Instant at) {
    String mode = source.alertCreation() == null ? "" : source.alertCreation();
    List<Alert> open =
        store.openAlerts().stream()
            .map(id -> store.alerts().get(id))
            .filter(a -> a.sourceId() == source.id())
            .sorted(Comparator.comparing(Alert::reportTime).reversed())
            .toList();
    switch (mode) {
      case "ONE_PENDING_ALERT_ALLOWED":
        return open.stream().filter(a -> a.status() == AlertStatus.PENDING).findFirst();
      case "ONE_OPEN_ALERT_ALLOWED":
        return open.stream().findFirst();
      case "ONE_ALERT_PER_EMAIL_SUBJECT":
        return open.stream().filter(a -> a.summary().equals(event.summary())).findFirst();
      case "ONE_ALERT_GROUPED_PER_WINDOW":
        Duration window =
            Duration.parse(
                source.alertGroupingWindow() == null ? "PT5M" : source.alertGroupingWindow());
        return open.stream().filter(a -> !a.reportTime().plus(window).isBefore(at)).findFirst();
      default:
        return Optional.empty();
    }
  }

  private long routedPolicy(AlertSource source, String routingKey) {
    if (routingKey != null && !routingKey.isBlank()) {
      for (EscalationPolicy policy : store.policies().values()) {
        if (routingKey.trim().equalsIgnoreCase(policy.routingKey())) {
          return policy.id();
        }
      }
    }
    return source.escalationPolicyId();
  }

  private static Priority sourcePriority(AlertSource source) {
    return "LOW".equals(source.alertPriorityRule()) ? Priority.LOW : Priority.HIGH;
  }

  /** Trimmed, lower-cased alert key, or null when blank (ilert compares keys this way). */
  public static String normalise(String alertKey) {
    if (alertKey == null || alertKey.isBlank()) {
      return null;
    }
    return alertKey.trim().toLowerCase(Locale.ROOT);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
