package org.ilertmcp.emulator.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Notification;
import org.ilertmcp.emulator.domain.User;

/** Writes an alert's log entries and notifications, so every change leaves a trace. */
public final class Timeline {
  /** Log filter groups, as in ilert's LogFilterType. */
  public static final String UPDATES = "ALERT_UPDATES";

  public static final String SOURCE_EVENTS = "ALERT_SOURCE_EVENTS";
  public static final String NOTIFICATIONS = "NOTIFICATIONS";
  public static final String CONNECTOR_EVENTS = "CONNECTOR_EVENTS";

  private final Store store;

  /** A timeline writing into {@code store}. */
  public Timeline(Store store) {
    this.store = store;
  }

  /** Appends a log entry. */
  public LogEntry log(
      Alert alert, Instant at, String type, String filter, String text, Map<String, String> vars) {
    LogEntry entry =
        new LogEntry(store.nextId("log", 1), alert.id(), at, type, text, List.of(filter), vars);
    store.log(alert.id()).add(entry);
    return entry;
  }

  /**
   * Notifies a user: HIGH alerts by push and SMS, LOW alerts by e-mail (the defaults of ilert's
   * notification preferences), each with a NotificationLogEntry.
   */
  public void notify(Alert alert, User user, Instant at) {
    List<String> methods =
        alert.priority() == org.ilertmcp.emulator.domain.Priority.HIGH
            ? List.of("PUSH", "SMS")
            : List.of("EMAIL");
    for (String method : methods) {
      String target =
          switch (method) {
            case "SMS" -> user.phone();
            case "EMAIL" -> user.email();
            default -> "device of " + user.username();
          };
      Notification n =
          new Notification(
              store.nextId("notification", 1),
              alert.id(),
              user.id(),
              method,
              target,
              alert.summary(),
              at,
              "SUCCESS",
              null);
      store.notifications(alert.id()).add(n);
      log(
          alert,
          at,
          "NotificationLogEntry",
          NOTIFICATIONS,
          "Notified " + user.fullName() + " via " + method,
          Map.of("userId", Long.toString(user.id()), "method", method));
    }
  }
}
