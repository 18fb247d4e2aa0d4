package org.ilertmcp.client.http;

/** What a call is waiting for while it is neither sending nor reading. */
public enum WaitReason {
  /** This process is pacing the credential to the remote API's published request rate. */
  PACING,
  /** The remote API asked to wait ({@code Retry-After}) or a backoff runs before a retry. */
  RETRY_DELAY,
  /** A request is sent and its complete answer has not arrived yet. */
  RESPONSE
}
