package org.ilertmcp.emulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert. Mutable because it moves through the state machine and escalation; only the store and
 * the engine (under the store's lock) change it.
 */
public final class Alert {
  private final long id;
  private final long sourceId;
  private final Instant reportTime;
  private long policyId;
  private String summary;
  private String details;
  private final String alertKey;
  private Priority priority;
  private Integer severity;
  private AlertStatus status = AlertStatus.PENDING;
  private Instant resolvedOn;
  private final List<Responder> responders = new ArrayList<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Image> images = new ArrayList<>();
  private Object customDetails;
  private Instant nextEscalation;
  private int escalationLevel;
  private int repetitions;
  private boolean escalationStopped;
  private Long acceptedBy;
  private Instant acceptedOn;
  private Long resolvedBy;

  /** A new PENDING alert. */
  public Alert(
      long id,
      long sourceId,
      long policyId,
      Instant reportTime,
      String summary,
      String details,
      String alertKey,
      Priority priority) {
    this.id = id;
    this.sourceId = sourceId;
    this.policyId = policyId;
    this.reportTime = reportTime;
    this.summary = summary;
    this.details = details;
    this.alertKey = alertKey;
    this.priority = priority;
  }

  public long id() {
    return id;
  }

  public long sourceId() {
    return sourceId;
  }

  public long policyId() {
    return policyId;
  }

  public void policyId(long value) {
    this.policyId = value;
  }

  public Instant reportTime() {
    return reportTime;
  }

  public String summary() {
    return summary;
  }

  public void summary(String value) {
    this.summary = value;
  }

  public String details() {
    return details;
  }

  public void details(String value) {
    this.details = value;
  }

  public String alertKey() {
    return alertKey;
  }

  public Priority priority() {
    return priority;
  }

  public void priority(Priority value) {
    this.priority = value;
  }

  public Integer severity() {
    return severity;
  }

  public void severity(Integer value) {
    this.severity = value;
  }

  public AlertStatus status() {
    return status;
  }

  public void status(AlertStatus value) {
    this.status = value;
  }

  public Instant resolvedOn() {
    return resolvedOn;
  }

  public void resolvedOn(Instant value) {
    this.resolvedOn = value;
  }

  /** The live responder list (mutated by the engine). */
  public List<Responder> responders() {
    return responders;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public List<Link> links() {
    return links;
  }

  public List<Image> images() {
    return images;
  }

  /** Arbitrary JSON-like custom details (maps, lists, strings, numbers) or null. */
  public Object customDetails() {
    return customDetails;
  }

  public void customDetails(Object value) {
    this.customDetails = value;
  }

  public Instant nextEscalation() {
    return nextEscalation;
  }

  public void nextEscalation(Instant value) {
    this.nextEscalation = value;
  }

  /** The 0-based escalation level currently notified. */
  public int escalationLevel() {
    return escalationLevel;
  }

  public void escalationLevel(int value) {
    this.escalationLevel = value;
  }

  /** How many times the policy has started over (for repeating policies). */
  public int repetitions() {
    return repetitions;
  }

  public void repetitions(int value) {
    this.repetitions = value;
  }

  /** True once escalation must not advance any more (accepted, LOW, explicit responders). */
  public boolean escalationStopped() {
    return escalationStopped;
  }

  public void escalationStopped(boolean value) {
    this.escalationStopped = value;
  }

  public Long acceptedBy() {
    return acceptedBy;
  }

  public void acceptedBy(Long value) {
    this.acceptedBy = value;
  }

  /** When the alert was first accepted, or null. */
  public Instant acceptedOn() {
    return acceptedOn;
  }

  public void acceptedOn(Instant value) {
    this.acceptedOn = value;
  }

  public Long resolvedBy() {
    return resolvedBy;
  }

  public void resolvedBy(Long value) {
    this.resolvedBy = value;
  }
}
