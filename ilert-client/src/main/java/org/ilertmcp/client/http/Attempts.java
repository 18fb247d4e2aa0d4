package org.ilertmcp.client.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a remote call in at most {@link #MAX_ATTEMPTS} attempts inside one deadline. After a failed
 * attempt a {@link RetryRule} decides whether and after which delay to try again; a delay that does
 * not leave time for another attempt before the deadline ends the call at once with the last
 * failure, so the caller can say when to retry instead of waiting in vain.
 */
public final class Attempts {
  /** Most attempts of one call: the first and two retries. */
  public static final int MAX_ATTEMPTS = 3;

  /** Least time worth starting another attempt with. */
  public static final Duration MIN_ATTEMPT_TIME = Duration.ofMillis(50);

  private Attempts() {}

  /**
   * Decides about a retry.
   *
   * @param <E> the failure type
   */
  @FunctionalInterface
  public interface RetryRule<E extends RuntimeException> {
    /**
     * @param failure the failure of the last attempt
     * @param attempt the number of that attempt, from 1
     * @return the delay before the next attempt, or empty to give up
     */
    Optional<Duration> delayAfter(E failure, int attempt);
  }

  /**
   * Runs {@code attempt} until it succeeds, {@code rule} gives up, {@code maxAttempts} (at most
   * {@link #MAX_ATTEMPTS}) are used, or the next attempt would not fit before {@code deadline}.
   * Failures of another type than {@code failureType} end the call at once.
   *
   * @param maxAttempts attempts allowed, 1 to {@link #MAX_ATTEMPTS}
   * @param deadline the call's deadline
   * @param listener told during long delays
   * @param failureType the failure type {@code rule} judges
   * @param rule decides about retries
   * @param attempt one attempt
   * @param <T> the result type
   * @param <E> the failure type
   * @return the first successful result
   */
  public static <T, E extends RuntimeException> T run(
      int maxAttempts,
      Deadline deadline,
      WaitListener listener,
      Class<E> failureType,
      RetryRule<E> rule,
      Supplier<T> attempt) {
    int allowed = Math.max(1, Math.min(maxAttempts, MAX_ATTEMPTS));
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (RuntimeException failure) {
        if (!failureType.isInstance(failure)
            || n >= allowed
            || Thread.currentThread().isInterrupted()) {
          throw failure;
        }
        Optional<Duration> delay = rule.delayAfter(failureType.cast(failure), n);
        if (delay.isEmpty() || !deadline.allows(delay.get().plus(MIN_ATTEMPT_TIME))) {
          throw failure;
        }
        try {
          Waits.sleep(delay.get(), WaitReason.RETRY_DELAY, listener);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw failure;
        }
      }
    }
  }
}
