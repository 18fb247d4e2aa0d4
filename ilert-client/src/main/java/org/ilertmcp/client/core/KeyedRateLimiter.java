package org.ilertmcp.client.core;

import dev.failsafe.RateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One bursty Failsafe rate limiter per API key, keyed on the key's fingerprint (never the key).
 * Permits come in windows of {@link #WINDOW}, {@code perMinute / 7} per window: a tool call's
 * handful of requests goes out at once, and since any rolling minute overlaps at most seven
 * windows, a key never exceeds {@code perMinute} in any minute. Callers wait for a permit up to
 * their deadline instead of failing. Internal to the client.
 */
public final class KeyedRateLimiter {
  /** Upper bound on remembered keys; past it the map starts afresh (limiters are cheap). */
  private static final int MAX_KEYS = 10_000;

  /** Length of one permit window. */
  public static final Duration WINDOW = Duration.ofSeconds(10);

  /** Windows a rolling minute can overlap: 60 s / {@link #WINDOW} + 1. */
  private static final int WINDOWS_PER_MINUTE_OVERLAP = 7;

  private final int perMinute;
  private final ConcurrentMap<String, RateLimiter<Object>> limiters = new ConcurrentHashMap<>();

  /**
   * @param perMinute permits per key and minute; 0 disables limiting
   */
  public KeyedRateLimiter(int perMinute) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("perMinute must be >= 0");
    }
    this.perMinute = perMinute;
  }

  /**
   * Waits for a permit for {@code keyFingerprint}, at most {@code maxWait}.
   *
   * @param keyFingerprint the credential's fingerprint
   * @param maxWait longest acceptable wait
   * @return whether a permit was acquired
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean acquire(String keyFingerprint, Duration maxWait) throws InterruptedException {
    if (perMinute == 0) {
      return true;
    }
    if (limiters.size() > MAX_KEYS) {
      limiters.clear();
    }
    RateLimiter<Object> limiter =
        limiters.computeIfAbsent(
            keyFingerprint,
            k -> RateLimiter.burstyBuilder(permitsPerWindow(perMinute), WINDOW).build());
    return limiter.tryAcquirePermit(maxWait.isNegative() ? Duration.ZERO : maxWait);
  }

  /**
   * @param perMinute the per-minute limit
   * @return permits per {@link #WINDOW} that keep every rolling minute within the limit
   */
  public static int permitsPerWindow(int perMinute) {
    return Math.max(1, perMinute / WINDOWS_PER_MINUTE_OVERLAP);
  }

  /**
   * @return the configured permits per minute (0 = unlimited)
   */
  public int perMinute() {
    return perMinute;
  }
}
