package org.ilertmcp.emulator.domain;

/** The alert state machine: PENDING to ACCEPTED to RESOLVED, or PENDING to RESOLVED. */
public enum AlertStatus {
  PENDING,
  ACCEPTED,
  RESOLVED;

  /** Whether the alert still counts as open (events with its key group into it). */
  public boolean open() {
    return this != RESOLVED;
  }
}
