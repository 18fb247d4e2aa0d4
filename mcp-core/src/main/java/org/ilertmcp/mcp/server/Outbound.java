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

  /**
   * Runs {@code action} once if the client goes away before the request is answered (2026-07-28
   * HTTP: closing the response stream cancels the request). Never runs where a transport cannot
   * tell.
   */
  default void onClientGone(Runnable action) {}

  /**
   * Keeps the request open after the dispatcher returns without a response, for a stream that lives
   * until the client leaves ({@code subscriptions/listen}). Returns whether the transport can.
   */
  default boolean hold() {
    return false;
  }

  /** An outbound that drops everything, for contexts that cannot carry notifications. */
  Outbound NONE = message -> {};
}
