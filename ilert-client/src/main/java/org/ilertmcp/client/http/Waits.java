package org.ilertmcp.client.http;

import java.time.Duration;

/** Waits that tell a {@link WaitListener} how they are going. */
public final class Waits {
  /**
   * Longest stretch a wait goes on without telling its listener: half of the ten seconds within
   * which MCP clients that reset their timeout on progress expect to hear something.
   */
  public static final Duration NOTICE_INTERVAL = Duration.ofSeconds(5);

  private Waits() {}

  /**
   * Lets {@code duration} pass on {@code sleeper}, telling {@code listener} at the start of a wait
   * longer than its {@linkplain WaitListener#interval() interval} and at least once per interval
   * after.
   *
   * @param sleeper how time passes
   * @param duration how long to wait
   * @param reason what the wait is for
   * @param listener who is told
   * @throws InterruptedException when the thread is interrupted (the caller was cancelled)
   */
  public static void sleep(
      Sleeper sleeper, Duration duration, WaitReason reason, WaitListener listener)
      throws InterruptedException {
    long total = Math.max(0, duration.toNanos());
    long interval = Math.max(1, listener.interval().toNanos());
    long start = sleeper.nanoTime();
    long waited = 0;
    while (waited < total) {
      if (total >= interval) {
        listener.waiting(reason, Duration.ofNanos(waited), Duration.ofNanos(total - waited));
      }
      sleeper.sleep(Math.min(total - waited, interval));
      waited = sleeper.nanoTime() - start;
    }
  }
}
