package org.ilertmcp.client;

import java.time.Duration;

/**
 * How the client retries. GETs are retried on network failures, timeouts, 429 and 5xx; writes only
 * on 429 and when the request provably was not sent. Every wait stays inside the call's deadline.
 *
 * @param maxRetries retries after the first attempt (0 disables retries)
 * @param baseDelay first backoff delay; doubled per retry
 * @param maxDelay cap of one backoff delay
 * @param rateLimitDelay first delay after a 429 without {@code Retry-After}; doubled per retry
 * @param jitter fraction (0..1) of each delay that is randomised
 */
public record RetrySettings(
    int maxRetries, Duration baseDelay, Duration maxDelay, Duration rateLimitDelay, double jitter) {

  /** Validates the values. */
  public RetrySettings {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0");
    }
    if (baseDelay.isNegative() || maxDelay.isNegative() || rateLimitDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1");
    }
  }

  /**
   * 3 retries, 500 ms doubling up to 8 s, 2 s after a bare 429, 50% jitter.
   *
   * @return the defaults
   */
  public static RetrySettings defaults() {
    return new RetrySettings(
        3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(2), 0.5);
  }

  /**
   * @return settings that never retry
   */
  public static RetrySettings none() {
    return new RetrySettings(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
  }
}
