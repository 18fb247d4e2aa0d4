package org.ilertmcp.mcp.server;

import tools.jackson.databind.node.ObjectNode;

/**
 * Where a transport delivers messages that belong to one request while it runs: notifications and
 * server-to-client requests. The final response is returned by the dispatcher instead.
 */
public interface Outbound {

  /** Sends a notification or request related to the current request. */
  void send(ObjectNode message);

  /**
   * Ends the current response stream early so the client reconnects later (SEP-1699 polling);
   * messages sent afterwards are kept for the client's resumption. A no-op where unsupported.
   */
  default void closeForPolling() {}

  /** An outbound that drops everything, for contexts that cannot carry notifications. */
  Outbound NONE = message -> {};
}
