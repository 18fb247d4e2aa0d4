package org.ilertmcp.emulator.engine;

/**
 * A request the emulator refuses, rendered as ilert's error body {@code {status, message, code}}.
 * The message is for the API caller, so it never carries internals.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /** A refusal with an HTTP status, an ilert error code and a human message. */
  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** 400 with code {@code BAD_REQUEST}. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, "BAD_REQUEST", message);
  }

  /** 404 with code {@code NOT_FOUND}. */
  public static ApiException notFound(String message) {
    return new ApiException(404, "NOT_FOUND", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
