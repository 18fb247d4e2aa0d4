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
   * Sleeps for {@code duration}, telling {@code listener} at the start of a wait longer than its
   * {@linkplain WaitListener#interval() interval} and at least once per interval after.
   *
   * @param duration how long to wait
   * @param reason what the wait is for
   * @param listener who is told
   * @throws InterruptedException when the thread is interrupted (the caller was cancelled)
   */
  public static void sleep(Duration duration, WaitReason reason, WaitListener listener)
      throws InterruptedException {
    long total = Math.max(0, duration.toNanos());
    long interval = Math.max(1, listener.interval().toNanos());
    long start = System.nanoTime();
    long waited = 0;
    while (waited < total) {
      if (total >= interval) {
        listener.waiting(reason, Duration.ofNanos(waited), Duration.ofNanos(total - waited));
      }
      long slice = Math.min(total - waited, interval);
      Thread.sleep(slice / 1_000_000, (int) (slice % 1_000_000));
      waited = System.nanoTime() - start;
    }
  }
}
