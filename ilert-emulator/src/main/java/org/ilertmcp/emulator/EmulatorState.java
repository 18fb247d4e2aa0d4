package org.ilertmcp.emulator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Notification;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.engine.AlertService;
import org.ilertmcp.emulator.engine.EscalationEngine;
import org.ilertmcp.emulator.engine.Store;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read-only access to the emulator's state without going through HTTP, so end-to-end tests of other
 * modules can assert what their calls did. Every read first lets escalation catch up with the
 * clock, like an API request would.
 */
public final class EmulatorState {
  private final Store store;
  private final EscalationEngine escalation;
  private final Clock clock;

  EmulatorState(Store store, EscalationEngine escalation, Clock clock) {
    this.store = store;
    this.escalation = escalation;
    this.clock = clock;
  }

  private <T> T read(java.util.function.Supplier<T> work) {
    return store.locked(
        () -> {
          escalation.catchUp(clock.instant());
          return work.get();
        });
  }

  /** One alert. */
  public Optional<AlertSnapshot> alert(long id) {
    return read(() -> store.alert(id).map(EmulatorState::snapshot));
  }

  /** All alerts, oldest first. */
  public List<AlertSnapshot> alerts() {
    return read(() -> store.alerts().values().stream().map(EmulatorState::snapshot).toList());
  }

  /** Alerts whose key equals {@code alertKey} (trimmed, case-insensitive), oldest first. */
  public List<AlertSnapshot> alertsWithKey(String alertKey) {
    String key = AlertService.normalise(alertKey);
    return read(
        () ->
            store.alerts().values().stream()
                .filter(a -> key != null && key.equals(AlertService.normalise(a.alertKey())))
                .map(EmulatorState::snapshot)
                .toList());
  }

  /** An alert's timeline, oldest first. */
  public List<LogEntry> logEntries(long alertId) {
    return read(() -> List.copyOf(store.log(alertId)));
  }

  /** The notifications sent for an alert. */
  public List<Notification> notifications(long alertId) {
    return read(() -> List.copyOf(store.notifications(alertId)));
  }

  /** Results of alert actions run on an alert. */
  public List<ActionResult> actionResults(long alertId) {
    return read(() -> List.copyOf(store.actionResults(alertId)));
  }

  /** An incident's update history, oldest first (empty if unknown). */
  public List<IncidentUpdate> incidentUpdates(long incidentId) {
    return read(
        () ->
            Optional.ofNullable(store.incidents().get(incidentId))
                .map(Incident::history)
                .orElse(List.of()));
  }

  /** An incident's current status (INVESTIGATING…RESOLVED). */
  public Optional<String> incidentStatus(long incidentId) {
    return read(() -> Optional.ofNullable(store.incidents().get(incidentId)).map(Incident::status));
  }

  /** A service's current status. */
  public Optional<String> serviceStatus(long serviceId) {
    return read(() -> Optional.ofNullable(store.services().get(serviceId)).map(Service::status));
  }

  /**
   * Copies of the stored documents of a configuration collection ({@code maintenance-windows},
   * {@code deployment-pipelines}, {@code deployment-events}, {@code heartbeat-monitors}, …) in
   * insertion order; empty for an unknown collection.
   */
  public List<ObjectNode> documents(String collection) {
    return read(
        () ->
            store.documents().of(collection).values().stream().map(ObjectNode::deepCopy).toList());
  }

  /**
   * Everything a write can change, as text: people, teams, schedules with their overrides,
   * policies, sources, services, alerts with their log, notifications and action results, status
   * updates with their version and subscribers, and every stored document. Equal before and after a
   * call exactly when the call changed nothing (on a fixed clock, where escalation stands still).
   */
  public String fingerprint() {
    return read(
        () -> {
          StringBuilder out = new StringBuilder();
          out.append(store.users()).append('\n').append(store.teams()).append('\n');
          out.append(store.schedules()).append('\n').append(store.policies()).append('\n');
          out.append(store.sources()).append('\n').append(store.services()).append('\n');
          for (Alert a : store.alerts().values()) {
            out.append(snapshot(a)).append(store.log(a.id()));
            out.append(store.notifications(a.id())).append(store.actionResults(a.id()));
            out.append('\n');
          }
          for (Incident i : store.incidents().values()) {
            out.append(i.id()).append(' ').append(i.etag()).append(' ');
            out.append(i.privateSubscribers()).append(i.history()).append('\n');
          }
          store
              .documents()
              .all()
              .forEach((name, docs) -> out.append(name).append(docs).append('\n'));
          return out.toString();
        });
  }

  private static AlertSnapshot snapshot(Alert a) {
    return new AlertSnapshot(
        a.id(),
        a.sourceId(),
        a.policyId(),
        a.status().name(),
        a.priority().name(),
        a.alertKey(),
        a.summary(),
        a.reportTime(),
        a.acceptedOn(),
        a.resolvedOn(),
        a.responders().stream()
            .map(r -> new AlertSnapshot.ResponderSnapshot(r.userId(), r.status()))
            .toList(),
        a.escalationLevel(),
        a.nextEscalation());
  }
}
