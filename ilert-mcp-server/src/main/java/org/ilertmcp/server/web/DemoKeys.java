package org.ilertmcp.server.web;

/**
 * The sandbox's demo keys as the banner and the landing page both present them: which key the
 * configurations use, and what each role may do through this server.
 */
public final class DemoKeys {
  /**
   * The role whose demo key the shown configurations use: the least privileged one that can run the
   * whole on-call flow (read, accept and resolve alerts, open and update incidents, overrides).
   */
  public static final String FLOW_ROLE = "USER";

  private DemoKeys() {}

  /**
   * What a demo user of {@code role} may do through this server: read; respond to alerts (accept,
   * resolve, assign, escalate, comment); incidents and their status updates, schedule overrides and
   * maintenance windows; admin (configuration, with {@code --access admin}).
   */
  public static String mayDo(String role) {
    return switch (role) {
      case "ADMIN" -> "read, respond to alerts, incidents + status updates, overrides, admin";
      case "USER" -> "read, respond to alerts, incidents + status updates, overrides";
      case "RESPONDER" -> "read, respond to alerts";
      default -> "read";
    };
  }
}
