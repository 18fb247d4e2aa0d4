package org.ilertmcp.emulator.http;

import org.ilertmcp.emulator.domain.Role;

/** What a route needs from the caller's API key. */
public enum Access {
  /** Integration-key endpoints (events, heartbeats): no Authorization header at all. */
  INTEGRATION,
  /** Any valid key. */
  READ,
  /** Alert responders: accept, resolve, assign, responders, alert actions. */
  RESPOND,
  /** Incidents, overrides, maintenance windows and other configuration. */
  MANAGE,
  /** Account administration (creating users). */
  ADMIN;

  /** Whether a role may use a route of this access level. */
  public boolean allows(Role role) {
    return switch (this) {
      case INTEGRATION, READ -> true;
      case RESPOND -> role.canRespond();
      case MANAGE -> role.canManage();
      case ADMIN -> role == Role.ADMIN;
    };
  }
}
