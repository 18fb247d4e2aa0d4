package org.ilertmcp.client;

/** Why an ilert call failed. Each case maps to one way a caller should react. */
public enum ErrorKind {
  /** The connection failed or broke; see {@link IlertApiException#requestNotSent()}. */
  NETWORK,
  /** The connect timeout, the request timeout or the call's deadline passed. */
  TIMEOUT,
  /**
   * HTTP 429 from ilert, or the client's own per-key pacing could not send the request before the
   * call's deadline ({@link IlertApiException#limitedByClient()}).
   */
  RATE_LIMITED,
  /** HTTP 401 or 403: missing, unknown or revoked key ({@code KEY_ERROR}) or missing scope. */
  AUTH,
  /** HTTP 404: the entity does not exist or is not visible to this key. */
  NOT_FOUND,
  /** HTTP 409 or 412 (stale {@code If-Match}) or 405 (e.g. responder already on the alert). */
  CONFLICT,
  /** HTTP 402: the feature is not in the plan or a quota is used up. */
  PLAN,
  /** HTTP 400 or another 4xx: the request was invalid. */
  BAD_REQUEST,
  /** HTTP 5xx. */
  SERVER_ERROR,
  /**
   * A success status whose body is empty, cut off or not the expected JSON where an object or list
   * was expected. A write may have been applied.
   */
  MALFORMED_RESPONSE;

  /**
   * Maps an HTTP error status to a kind.
   *
   * @param status an HTTP status of 400 or above
   * @return the kind
   */
  public static ErrorKind ofStatus(int status) {
    switch (status) {
      case 401:
      case 403:
        return AUTH;
      case 402:
        return PLAN;
      case 404:
        return NOT_FOUND;
      case 405:
      case 409:
      case 412:
        return CONFLICT;
      case 429:
        return RATE_LIMITED;
      default:
        return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    }
  }
}
