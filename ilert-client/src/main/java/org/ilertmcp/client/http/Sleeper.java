package org.ilertmcp.client.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a wait passes time: {@link #SYSTEM} sleeps the thread, measured on the monotonic clock. A
 * client can be handed another one, so that retry delays, {@code Retry-After} and pacing waits are
 * decided exactly as in production but take no real time (tests of what a caller sees after ilert
 * throttles it).
 */
public interface Sleeper {
  /** Real time: {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
          Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
      };

  /**
   * @return a sleeper whose time passes only when it sleeps, at once
   */
  static Virtual virtual() {
    return new Virtual();
  }

  /**
   * @return a monotonic time in nanoseconds; only differences between two readings count
   */
  long nanoTime();

  /**
   * Lets {@code nanos} pass on {@link #nanoTime()}.
   *
   * @param nanos how long, positive
   * @throws InterruptedException when the thread is interrupted (the caller was cancelled)
   */
  void sleep(long nanos) throws InterruptedException;

  /** Time that passes only by sleeping, at once; it remembers how much has passed. */
  final class Virtual implements Sleeper {
    private final AtomicLong now = new AtomicLong();

    private Virtual() {}

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      now.addAndGet(Math.max(0, nanos));
    }

    /**
     * @return the time slept so far
     */
    public Duration slept() {
      return Duration.ofNanos(now.get());
    }
  }
}
