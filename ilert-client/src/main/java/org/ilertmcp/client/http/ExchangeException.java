package org.ilertmcp.client.http;

/**
 * Why one HTTP exchange produced no complete response. Each client maps it to its own failure type;
 * the message names neither a URL nor a credential.
 */
public final class ExchangeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The ways an exchange fails. */
  public enum Kind {
    /** No connection was made (refused, unreachable, connect timeout): the request was not sent. */
    NOT_CONNECTED,
    /** No complete answer by the request timeout or the call's deadline; it may have been sent. */
    TIMED_OUT,
    /** The connection broke before any answer; the request may have been processed. */
    BROKEN,
    /** The answer's status and headers arrived but its body was cut off. */
    TRUNCATED,
    /** The waiting thread was interrupted (the caller was cancelled). */
    INTERRUPTED
  }

  private final Kind kind;
  private final int status;

  /**
   * @param kind what happened
   * @param status the response status for {@link Kind#TRUNCATED}, else 0
   * @param message a short description without URL or credential
   * @param cause the underlying exception, or null
   */
  public ExchangeException(Kind kind, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  /**
   * @return what happened
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return the response status when the body was cut off, else 0
   */
  public int status() {
    return status;
  }

  /**
   * @return whether the request provably never reached the server
   */
  public boolean requestNotSent() {
    return kind == Kind.NOT_CONNECTED;
  }
}
