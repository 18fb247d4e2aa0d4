package org.ilertmcp.mcp.transport.http;

import java.time.Duration;

/**
 * What the HTTP transport reports for metrics: refused requests, sessions and open SSE streams.
 * Called on request threads; implementations must be quick and thread-safe. Every default does
 * nothing.
 */
public interface HttpObserver {
  /** Reports nothing. */
  HttpObserver NONE = new HttpObserver() {};

  /**
   * A request refused before dispatch.
   *
   * @param status the HTTP status sent
   * @param reason one of a fixed set of names ({@code host_not_allowed}, {@code unauthorized},
   *     {@code session_not_found}, ...), safe as a metric label
   */
  default void rejected(int status, String reason) {}

  /** A session began ({@code initialize} in session mode). */
  default void sessionOpened() {}

  /** A session ended (DELETE, idle expiry, shutdown) after {@code lifetime}. */
  default void sessionClosed(Duration lifetime) {}

  /** An SSE response began: a standalone GET stream or a POST answered as a stream. */
  default void streamOpened() {}

  /** An SSE response ended. */
  default void streamClosed() {}
}
