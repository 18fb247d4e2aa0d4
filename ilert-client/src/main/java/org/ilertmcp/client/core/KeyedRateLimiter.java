package org.ilertmcp.client.core;

import dev.failsafe.RateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One bursty Failsafe rate limiter per API key, keyed on the key's fingerprint (never the key).
 * Permits come in windows of {@link #WINDOW}, {@code perMinute / 2} per window: an agent's run of
 * calls (a dozen analysis calls make a few dozen requests) goes out without waiting, and since any
 * rolling minute overlaps at most two windows, a key never exceeds {@code perMinute} in any minute.
 * Shorter windows would smooth the flow but cap a burst lower (seven 10-second windows: 17 of 120),
 * which made a run of analysis calls wait for permits although the minute's budget was far from
 * spent. Callers wait for a permit up to their deadline instead of failing, and are refused at once
 * when no permit comes in time. Internal to the client.
 */
public final class KeyedRateLimiter {
  /** Upper bound on remembered keys; past it the map starts afresh (limiters are cheap). */
  private static final int MAX_KEYS = 10_000;

  /** Length of one permit window. */
  public static final Duration WINDOW = Duration.ofSeconds(60);

  /** Windows a rolling minute can overlap: 60 s / {@link #WINDOW} + 1. */
  private static final int WINDOWS_PER_MINUTE_OVERLAP = 2;

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
   * Reserves the next permit for {@code keyFingerprint} if it comes within {@code maxWait}. The
   * caller then waits the returned time itself (so it can report the wait) and sends.
   *
   * @param keyFingerprint the credential's fingerprint
   * @param maxWait longest acceptable wait
   * @return the time to wait before sending (zero when unlimited), or null when no permit comes
   *     within {@code maxWait}; nothing is reserved then
   */
  public Duration reserve(String keyFingerprint, Duration maxWait) {
    if (perMinute == 0) {
      return Duration.ZERO;
    }
    if (limiters.size() > MAX_KEYS) {
      limiters.clear();
    }
    RateLimiter<Object> limiter =
        limiters.computeIfAbsent(
            keyFingerprint,
            k -> RateLimiter.burstyBuilder(permitsPerWindow(perMinute), WINDOW).build());
    Duration wait = limiter.tryReservePermit(maxWait.isNegative() ? Duration.ZERO : maxWait);
    return wait.isNegative() ? null : wait;
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
