package org.ilertmcp.emulator.domain;

/** Alert priority; a LOW alert notifies only the first escalation level. */
public enum Priority {
  HIGH,
  LOW
}
