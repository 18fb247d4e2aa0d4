package org.ilertmcp.client;

import java.time.Duration;

/**
 * Told of every exchange with ilert and of the per-key pacing, for metrics. Called on the calling
 * thread; implementations must be quick, thread-safe and must not throw. It never sees a key, a
 * query string or a body.
 */
public interface RequestObserver {
  /** Hears nothing. */
  RequestObserver NONE = new RequestObserver() {};

  /**
   * One attempt of a request finished.
   *
   * @param method the HTTP method
   * @param path the path with ids filled in, without the query string
   * @param status the HTTP status, or 0 when no response arrived (timeout, broken connection)
   * @param attempt 1 for the first attempt, 2 and up for retries
   * @param duration from sending to the answer or the failure
   */
  default void exchanged(String method, String path, int status, int attempt, Duration duration) {}

  /** The per-key pacing made a request wait {@code waited} before it was sent. */
  default void paced(Duration waited) {}

  /** The per-key pacing refused a request: no permit would come before the call's deadline. */
  default void refused() {}
}
