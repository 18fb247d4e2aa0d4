package org.ilertmcp.client;

import java.time.Duration;
import org.ilertmcp.client.http.Attempts;

/**
 * How the client retries. GETs are retried on network failures, timeouts, 429 and 5xx; writes only
 * on 429 and when the request provably was not sent. Every wait stays inside the call's deadline,
 * and no call makes more than {@link Attempts#MAX_ATTEMPTS} requests.
 *
 * @param maxRetries retries after the first attempt, 0 (no retries) to {@link #MAX_RETRIES}
 * @param baseDelay first backoff delay; doubled per retry
 * @param maxDelay cap of one backoff delay
 * @param rateLimitDelay first delay after a 429 without {@code Retry-After}; doubled per retry
 * @param jitter fraction (0..1) of each delay that is randomised
 */
public record RetrySettings(
    int maxRetries, Duration baseDelay, Duration maxDelay, Duration rateLimitDelay, double jitter) {

  /** Most retries of one call. */
  public static final int MAX_RETRIES = Attempts.MAX_ATTEMPTS - 1;

  /** Validates the values. */
  public RetrySettings {
    if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
      throw new IllegalArgumentException("maxRetries must be within 0.." + MAX_RETRIES);
    }
    if (baseDelay.isNegative() || maxDelay.isNegative() || rateLimitDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1");
    }
  }

  /**
   * 2 retries, 500 ms doubling up to 8 s, 2 s after a bare 429, 50% jitter.
   *
   * @return the defaults
   */
  public static RetrySettings defaults() {
    return new RetrySettings(
        MAX_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(2), 0.5);
  }

  /**
   * @return settings that never retry
   */
  public static RetrySettings none() {
    return new RetrySettings(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
  }
}
