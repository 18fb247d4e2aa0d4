package org.ilertmcp.emulator.http;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.ilertmcp.emulator.engine.ApiException;

/**
 * ilert's per-API-key limit: fixed one-minute windows, 429 with an error body and no Retry-After
 * once a key exceeds its requests per minute (REFERENCE.md §1.9, §14.3). Off when the limit is 0.
 */
public final class KeyRateLimiter {
  private record Window(long minute, int count) {}

  private final int perMinute;
  private final Map<String, Window> windows = new HashMap<>();

  /** A limiter allowing {@code perMinute} requests per key and minute; 0 disables it. */
  public KeyRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Counts one request of {@code key} at {@code now}; throws 429 above the limit. */
  public synchronized void acquire(String key, Instant now) {
    if (perMinute <= 0) {
      return;
    }
    long minute = now.getEpochSecond() / 60;
    Window w = windows.get(key);
    int count = w == null || w.minute() != minute ? 1 : w.count() + 1;
    windows.put(key, new Window(minute, count));
    if (count > perMinute) {
      throw new ApiException(
          429, "TOO_MANY_REQUESTS", "rate limit of " + perMinute + " requests per minute exceeded");
    }
  }
}
