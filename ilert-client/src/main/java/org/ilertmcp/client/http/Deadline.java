package org.ilertmcp.client.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which a whole call, including waits and retries, must be answered, on the clock it
 * is measured against.
 *
 * @param at the instant
 * @param clock the clock
 */
public record Deadline(Instant at, Clock clock) {

  /**
   * @param timeout time from now
   * @param clock the clock
   * @return a deadline {@code timeout} after the clock's now
   */
  public static Deadline in(Duration timeout, Clock clock) {
    return new Deadline(clock.instant().plus(timeout), clock);
  }

  /**
   * @return the time left, never negative
   */
  public Duration remaining() {
    Duration d = Duration.between(clock.instant(), at);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * @param duration a wait or an amount of work
   * @return whether it fits before the deadline
   */
  public boolean allows(Duration duration) {
    return remaining().compareTo(duration) > 0;
  }

  /**
   * @return whether no time is left
   */
  public boolean passed() {
    return remaining().isZero();
  }
}
