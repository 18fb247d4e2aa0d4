package org.ilertmcp.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The retries one call may make across all of its ilert requests, shared by every request sent with
 * the same {@link CallContext} (and its copies), also when they run concurrently. An analysis tool
 * that reads ten things from an ilert that keeps failing thus makes ten requests plus at most
 * {@link #PER_CALL} retries, not ten times three. Each single request still makes at most {@link
 * RetrySettings#MAX_RETRIES} retries.
 */
public final class RetryBudget {
  /** Retries of one call in total, across all of its requests. */
  public static final int PER_CALL = RetrySettings.MAX_RETRIES;

  private final AtomicInteger left;

  private RetryBudget(int retries) {
    this.left = new AtomicInteger(retries);
  }

  /**
   * @return a budget of {@link #PER_CALL} retries, for one call
   */
  public static RetryBudget perCall() {
    return of(PER_CALL);
  }

  /**
   * @param retries the retries the call may make, 0 or more
   * @return a budget of that many retries
   */
  public static RetryBudget of(int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
    return new RetryBudget(retries);
  }

  /**
   * Uses one retry of the budget.
   *
   * @return whether one was left
   */
  public boolean take() {
    return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  /**
   * @return the retries left
   */
  public int left() {
    return left.get();
  }

  @Override
  public String toString() {
    return "RetryBudget[left=" + left() + "]";
  }
}
