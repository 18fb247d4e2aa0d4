package org.ilertmcp.emulator.domain;

/** ilert account roles, ordered from most to least privileged. */
public enum Role {
  ADMIN,
  USER,
  RESPONDER,
  STAKEHOLDER,
  GUEST;

  /** Whether this role may act on alerts (accept, resolve, assign, responders, actions). */
  public boolean canRespond() {
    return this == ADMIN || this == USER || this == RESPONDER;
  }

  /** Whether this role may change configuration and incident communication. */
  public boolean canManage() {
    return this == ADMIN || this == USER;
  }
}
