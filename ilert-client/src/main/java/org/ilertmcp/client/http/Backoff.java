package org.ilertmcp.client.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter. A pure function, shared by every client of this project. */
public final class Backoff {
  private Backoff() {}

  /**
   * The wait before retry number {@code retry}: {@code base} doubled per retry, capped at {@code
   * max} (or {@code base} when that is larger), with up to {@code jitter} of it removed at random
   * so that many callers do not retry in step.
   *
   * @param base first delay
   * @param max cap of one delay
   * @param jitter fraction (0..1) of the delay that is randomised
   * @param retry 1 for the first retry
   * @return the delay
   */
  public static Duration delay(Duration base, Duration max, double jitter, int retry) {
    long cap = Math.max(max.toMillis(), base.toMillis());
    long ms = Math.min(cap, base.toMillis() << Math.min(Math.max(retry - 1, 0), 20));
    long cut = (long) (ms * jitter * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(ms - cut);
  }
}
