package org.ilertmcp.emulator.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.Incident;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Notification;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.User;

/**
 * All emulator state. One lock guards everything: requests are short, and a single lock keeps the
 * escalation catch-up, state changes and reads consistent without per-entity locking. Callers run
 * their work through {@link #locked(Supplier)}; every accessor assumes the lock is held.
 */
public final class Store {
  private final Object lock = new Object();
  private final Map<String, Long> counters = new HashMap<>();
  private final Map<Long, User> users = new LinkedHashMap<>();
  private final Map<String, Long> apiKeys = new LinkedHashMap<>();
  private final Map<Long, Team> teams = new LinkedHashMap<>();
  private final Map<Long, Schedule> schedules = new LinkedHashMap<>();
  private final Map<Long, EscalationPolicy> policies = new LinkedHashMap<>();
  private final Map<Long, AlertSource> sources = new LinkedHashMap<>();
  private final Map<Long, Service> services = new LinkedHashMap<>();
  private final TreeMap<Long, Alert> alerts = new TreeMap<>();
  private final Set<Long> openAlerts = new LinkedHashSet<>();
  private final Map<Long, List<LogEntry>> logEntries = new HashMap<>();
  private final Map<Long, List<Notification>> notifications = new HashMap<>();
  private final Map<Long, List<ActionResult>> actionResults = new HashMap<>();
  private final Map<Long, Incident> incidents = new LinkedHashMap<>();
  private final Documents documents = new Documents();

  /** Runs {@code work} under the store lock. */
  public <T> T locked(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  /** Runs {@code work} under the store lock. */
  public void locked(Runnable work) {
    synchronized (lock) {
      work.run();
    }
  }

  /**
   * The next id of a kind. Counters start at distinct bases so ids of different kinds are easy to
   * tell apart in logs and tests.
   */
  public long nextId(String kind, long base) {
    long next = counters.getOrDefault(kind, base - 1) + 1;
    counters.put(kind, next);
    return next;
  }

  /** A deterministic UUID-shaped string id, for the resources ilert gives string ids. */
  public String nextStringId(String kind) {
    long n = nextId(kind, 1);
    int salt = Math.abs(kind.hashCode()) & 0xffff;
    return String.format("%08x-%04x-4000-8000-%012x", 0x11e27000 + salt, salt, n);
  }

  public Map<Long, User> users() {
    return users;
  }

  public Map<String, Long> apiKeys() {
    return apiKeys;
  }

  public Map<Long, Team> teams() {
    return teams;
  }

  public Map<Long, Schedule> schedules() {
    return schedules;
  }

  public Map<Long, EscalationPolicy> policies() {
    return policies;
  }

  public Map<Long, AlertSource> sources() {
    return sources;
  }

  public Map<Long, Service> services() {
    return services;
  }

  /** Alerts by id, ascending. */
  public TreeMap<Long, Alert> alerts() {
    return alerts;
  }

  /** Ids of PENDING or ACCEPTED alerts, the only ones escalation and event grouping look at. */
  public Set<Long> openAlerts() {
    return openAlerts;
  }

  public Map<Long, Incident> incidents() {
    return incidents;
  }

  public Documents documents() {
    return documents;
  }

  /** The log of an alert (live list). */
  public List<LogEntry> log(long alertId) {
    return logEntries.computeIfAbsent(alertId, k -> new ArrayList<>());
  }

  /** The notifications of an alert (live list). */
  public List<Notification> notifications(long alertId) {
    return notifications.computeIfAbsent(alertId, k -> new ArrayList<>());
  }

  /** The alert-action results of an alert (live list). */
  public List<ActionResult> actionResults(long alertId) {
    return actionResults.computeIfAbsent(alertId, k -> new ArrayList<>());
  }

  /** Adds or replaces an alert and keeps the open-alert index in step. */
  public void putAlert(Alert alert) {
    alerts.put(alert.id(), alert);
    reindex(alert);
  }

  /** Updates the open-alert index after a status change. */
  public void reindex(Alert alert) {
    if (alert.status().open()) {
      openAlerts.add(alert.id());
    } else {
      openAlerts.remove(alert.id());
    }
  }

  public Optional<User> user(long id) {
    return Optional.ofNullable(users.get(id));
  }

  public Optional<Alert> alert(long id) {
    return Optional.ofNullable(alerts.get(id));
  }

  /** The user owning an API key, if the key is known. */
  public Optional<User> userByKey(String key) {
    Long id = apiKeys.get(key);
    return id == null ? Optional.empty() : user(id);
  }
}
