package org.ilertmcp.client.http;

import java.time.Duration;

/**
 * Told while a call waits, at least every {@link #interval()}, so that a caller can keep its own
 * client informed (e.g. as progress notifications). It runs on the waiting thread and must return
 * quickly; it must not throw.
 */
@FunctionalInterface
public interface WaitListener {
  /** A listener that ignores every notice. */
  WaitListener NONE = (reason, waited, left) -> {};

  /**
   * @param reason what the call waits for
   * @param waited how long this wait has lasted so far
   * @param left how much longer it is expected to last at most (the time to the deadline for a
   *     response, the planned delay otherwise)
   */
  void waiting(WaitReason reason, Duration waited, Duration left);

  /**
   * @return the longest stretch a wait goes on without telling this listener; {@link
   *     Waits#NOTICE_INTERVAL} unless overridden
   */
  default Duration interval() {
    return Waits.NOTICE_INTERVAL;
  }
}
