package org.ilertmcp.emulator.fault;

/** What an injected fault does to a matching request. */
public enum FaultKind {
  /** Wait, then serve the request normally. */
  LATENCY,
  /** Answer 429 with ilert's error body (and Retry-After when configured). */
  RATE_LIMIT,
  /** Answer a 5xx (default 503) with an error body. */
  SERVER_ERROR,
  /** Drop the connection without an HTTP response (TCP reset). */
  CONNECTION_RESET,
  /** Never answer; the connection is dropped after the rule's delay (default 5 minutes). */
  TIMEOUT,
  /** Answer 200 with a complete body that is not valid JSON. */
  MALFORMED_BODY,
  /** Serve the request (a write is applied), then answer its status with an empty body. */
  EMPTY_BODY,
  /**
   * Serve the request (a write is applied), then send its status, headers and part of its body and
   * drop the connection before the declared length is reached.
   */
  TRUNCATED_BODY
}
