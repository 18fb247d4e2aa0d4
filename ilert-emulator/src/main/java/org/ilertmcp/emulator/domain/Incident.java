package org.ilertmcp.emulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A status-page incident. Mutable: every update appends to the history and bumps the version the
 * ETag is derived from.
 */
public final class Incident {
  private final long id;
  private final Instant createdAt;
  private String summary;
  private String status;
  private String message;
  private boolean sendNotification;
  private Instant updatedAt;
  private Instant resolvedOn;
  private List<AffectedService> affectedServices = List.of();
  private final List<IncidentUpdate> history = new ArrayList<>();
  private final List<Subscriber> privateSubscribers = new ArrayList<>();
  private final List<ImpactChange> impacts = new ArrayList<>();
  private int version;

  /** A new incident created at {@code createdAt}. */
  public Incident(long id, Instant createdAt) {
    this.id = id;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String summary() {
    return summary;
  }

  public String status() {
    return status;
  }

  public String message() {
    return message;
  }

  public boolean sendNotification() {
    return sendNotification;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant resolvedOn() {
    return resolvedOn;
  }

  public List<AffectedService> affectedServices() {
    return affectedServices;
  }

  /** The update history, oldest first. */
  public List<IncidentUpdate> history() {
    return List.copyOf(history);
  }

  public List<Subscriber> privateSubscribers() {
    return privateSubscribers;
  }

  /** The affected services after each create/update, oldest first (drives service outages). */
  public List<ImpactChange> impacts() {
    return List.copyOf(impacts);
  }

  /** The affected services as of one update. */
  public record ImpactChange(java.time.Instant at, List<AffectedService> services) {}

  /** Monotonic version, the source of the ETag. */
  public int version() {
    return version;
  }

  /** The weak ETag clients send back in {@code If-Match}. */
  public String etag() {
    return "W/\"" + id + "-" + version + "\"";
  }

  /** Applies a create or update and records it in the history. */
  public void apply(
      String newSummary,
      String newStatus,
      String newMessage,
      boolean notify,
      List<AffectedService> services,
      IncidentUpdate update) {
    this.summary = newSummary;
    this.status = newStatus;
    this.message = newMessage;
    this.sendNotification = notify;
    this.affectedServices = List.copyOf(services);
    this.updatedAt = update.createdAt();
    if ("RESOLVED".equals(newStatus) && resolvedOn == null) {
      resolvedOn = update.createdAt();
    } else if (!"RESOLVED".equals(newStatus)) {
      resolvedOn = null;
    }
    history.add(update);
    impacts.add(new ImpactChange(update.createdAt(), this.affectedServices));
    version++;
  }
}
