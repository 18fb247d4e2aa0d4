package org.ilertmcp.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The one failure type of the client. It never carries the caller's credential: the message holds
 * the kind, method, path, HTTP status, ilert's error {@code code} and message, and the request id.
 */
public final class IlertApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final int status;
  private final String errorCode;
  private final String ilertMessage;
  private final String requestId;
  private final Duration retryAfter;
  private final boolean requestNotSent;

  /**
   * Creates an exception.
   *
   * @param kind the failure kind
   * @param status the HTTP status, or 0 when no response arrived
   * @param errorCode ilert's {@code code} field (e.g. {@code KEY_ERROR}), or null
   * @param ilertMessage ilert's {@code message} field or a description of the failure
   * @param requestId the response's request or correlation id, or null
   * @param retryAfter the server's {@code Retry-After}, or null
   * @param requestNotSent true when the request provably never reached ilert
   * @param operation method and path, e.g. {@code GET /alerts/1}, for the message
   * @param cause the underlying exception, or null
   */
  public IlertApiException(
      ErrorKind kind,
      int status,
      String errorCode,
      String ilertMessage,
      String requestId,
      Duration retryAfter,
      boolean requestNotSent,
      String operation,
      Throwable cause) {
    super(describe(kind, status, errorCode, ilertMessage, requestId, operation), cause);
    this.kind = kind;
    this.status = status;
    this.errorCode = errorCode;
    this.ilertMessage = ilertMessage;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
    this.requestNotSent = requestNotSent;
  }

  private static String describe(
      ErrorKind kind,
      int status,
      String errorCode,
      String ilertMessage,
      String requestId,
      String operation) {
    StringBuilder sb = new StringBuilder(kind.name());
    if (operation != null) {
      sb.append(" on ").append(operation);
    }
    if (status > 0) {
      sb.append(": HTTP ").append(status);
    }
    if (errorCode != null) {
      sb.append(' ').append(errorCode);
    }
    if (ilertMessage != null && !ilertMessage.isBlank()) {
      sb.append(": ").append(ilertMessage);
    }
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }

  /**
   * @return the failure kind
   */
  public ErrorKind kind() {
    return kind;
  }

  /**
   * @return the HTTP status, or 0 when no response arrived
   */
  public int status() {
    return status;
  }

  /**
   * @return ilert's error {@code code}, e.g. {@code KEY_ERROR} or {@code QUOTA_EXCEEDED}
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * @return ilert's human-readable message or a description of the failure
   */
  public Optional<String> ilertMessage() {
    return Optional.ofNullable(ilertMessage);
  }

  /**
   * @return the request or correlation id from the response headers
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * @return the server's {@code Retry-After} (ilert usually sends none)
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether this client's own pacing of the key (not ilert) refused the call: ilert never saw the
   * request. The message says the pace; {@link #retryAfter()} when a permit is expected.
   *
   * @return true for a refusal by the client-side limiter
   */
  public boolean limitedByClient() {
    return kind == ErrorKind.RATE_LIMITED && status == 0;
  }

  /**
   * Whether the request provably never reached ilert (connect failure, client-side limiter,
   * deadline passed before sending). Only then may a write be repeated safely.
   *
   * @return true when the request was not sent
   */
  public boolean requestNotSent() {
    return requestNotSent;
  }

  /**
   * Whether a write that failed this way may still have been applied: its request was sent and its
   * answer was lost (no answer, a broken connection, a 5xx, an unreadable success). A refusal ilert
   * answered (4xx, 429) was not applied.
   *
   * @return true when the write's effect is unknown
   */
  public boolean mayHaveBeenApplied() {
    boolean lost =
        switch (kind) {
          case NETWORK, TIMEOUT, SERVER_ERROR, MALFORMED_RESPONSE -> true;
          default -> false;
        };
    return lost && !requestNotSent;
  }
}
