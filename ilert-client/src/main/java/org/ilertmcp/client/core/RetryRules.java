package org.ilertmcp.client.core;

import java.time.Duration;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.http.Backoff;

/** Which failures are retried and how long to wait. Pure functions, tested on their own. */
public final class RetryRules {
  private RetryRules() {}

  /**
   * A read is retried on network failures, timeouts, 429 and 5xx. A write is retried only when
   * ilert provably did not process it: a 429, or a connection that was never made. A write is never
   * applied twice.
   *
   * @param request the request
   * @param failure the failure of the last attempt
   * @return whether another attempt may be made
   */
  public static boolean shouldRetry(ApiRequest request, IlertApiException failure) {
    if (failure.status() == 429) {
      return true;
    }
    if (failure.status() == 0 && failure.kind() == ErrorKind.RATE_LIMITED) {
      return false; // the client-side limiter already waited as long as the deadline allows
    }
    boolean transportFailure =
        failure.kind() == ErrorKind.NETWORK || failure.kind() == ErrorKind.TIMEOUT;
    if (transportFailure && failure.status() == 0 && failure.requestNotSent()) {
      return true;
    }
    if (!request.idempotentRead()) {
      return false;
    }
    return transportFailure || failure.kind() == ErrorKind.SERVER_ERROR;
  }

  /**
   * The wait before retry number {@code retry}: the server's {@code Retry-After} when given,
   * otherwise exponential backoff (from {@link RetrySettings#rateLimitDelay()} after a 429) capped
   * at {@link RetrySettings#maxDelay()}, with up to {@link RetrySettings#jitter()} of it removed at
   * random so that many callers do not retry in step.
   *
   * @param settings the settings
   * @param retry 1 for the first retry
   * @param failure the failure being retried
   * @return the delay
   */
  public static Duration delay(RetrySettings settings, int retry, IlertApiException failure) {
    if (failure.retryAfter().isPresent()) {
      return failure.retryAfter().get();
    }
    Duration base = failure.status() == 429 ? settings.rateLimitDelay() : settings.baseDelay();
    return Backoff.delay(base, settings.maxDelay(), settings.jitter(), retry);
  }
}
