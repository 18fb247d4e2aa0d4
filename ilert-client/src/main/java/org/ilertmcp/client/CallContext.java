package org.ilertmcp.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.ilertmcp.client.http.WaitListener;

/**
 * Everything one call needs from its caller: the {@code Authorization} value, an optional {@code
 * team-context}, an optional deadline, who hears of long waits, and optionally the retries the
 * whole call may make. One client instance serves many callers and stores none of these. {@link
 * #toString()} never shows the credential.
 *
 * @param authorization the full {@code Authorization} header value (e.g. {@code Bearer il1...}), or
 *     null for endpoints authenticated by an integration key in the body
 * @param teamContext the {@code team-context} header value ({@code 0} all teams, {@code -1} my
 *     teams, or a team id), or null for none
 * @param deadline the instant by which the call, including waits and retries, must finish; null
 *     means the client's default call timeout
 * @param waitListener told at least every few seconds while the call waits for the per-key pacing,
 *     a retry delay or a slow answer (e.g. to send progress notifications); never null
 * @param retryBudget the retries shared by every request sent with this context and its copies (see
 *     {@link RetryBudget}), or null to let each request retry on its own
 */
public record CallContext(
    String authorization,
    String teamContext,
    Instant deadline,
    WaitListener waitListener,
    RetryBudget retryBudget) {

  /** Team context value for all teams. */
  public static final String ALL_TEAMS = "0";

  /** Team context value for the caller's teams. */
  public static final String MY_TEAMS = "-1";

  /** Validates that header values cannot inject other headers. */
  public CallContext {
    waitListener = waitListener == null ? WaitListener.NONE : waitListener;
    if (authorization != null && !isHeaderSafe(authorization)) {
      throw new IllegalArgumentException("authorization contains control characters");
    }
    if (teamContext != null && !isHeaderSafe(teamContext)) {
      throw new IllegalArgumentException("teamContext contains control characters");
    }
  }

  /**
   * A context whose requests each retry on their own.
   *
   * @param authorization the {@code Authorization} value, or null
   * @param teamContext the {@code team-context} value, or null
   * @param deadline the deadline, or null for the client's default
   * @param waitListener who hears of long waits
   */
  public CallContext(
      String authorization, String teamContext, Instant deadline, WaitListener waitListener) {
    this(authorization, teamContext, deadline, waitListener, null);
  }

  /**
   * A context whose waits nobody hears of.
   *
   * @param authorization the {@code Authorization} value, or null
   * @param teamContext the {@code team-context} value, or null
   * @param deadline the deadline, or null for the client's default
   */
  public CallContext(String authorization, String teamContext, Instant deadline) {
    this(authorization, teamContext, deadline, WaitListener.NONE);
  }

  /**
   * A context for an ilert user API key.
   *
   * @param apiKey the key without the {@code Bearer } prefix
   * @return a context without team context and with the default deadline
   */
  public static CallContext bearer(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    return new CallContext("Bearer " + apiKey.strip(), null, null);
  }

  /**
   * A context without credentials, for the events, deployment-events and series endpoints.
   *
   * @return a context with no credential
   */
  public static CallContext anonymous() {
    return new CallContext(null, null, null);
  }

  /**
   * @param value the team context ({@link #ALL_TEAMS}, {@link #MY_TEAMS} or a team id)
   * @return a copy with that team context
   */
  public CallContext withTeamContext(String value) {
    return new CallContext(authorization, value, deadline, waitListener, retryBudget);
  }

  /**
   * @param value the deadline
   * @return a copy with that deadline
   */
  public CallContext withDeadline(Instant value) {
    return new CallContext(authorization, teamContext, value, waitListener, retryBudget);
  }

  /**
   * @param value who hears of long waits
   * @return a copy with that listener
   */
  public CallContext withWaitListener(WaitListener value) {
    return new CallContext(authorization, teamContext, deadline, value, retryBudget);
  }

  /**
   * @param value the retries the whole call may make, shared by this context's copies
   * @return a copy with that budget
   */
  public CallContext withRetryBudget(RetryBudget value) {
    return new CallContext(authorization, teamContext, deadline, waitListener, value);
  }

  /**
   * The same call without credential or team context, for the endpoints authenticated by an
   * integration key in the body; the deadline, listener and retry budget stay.
   *
   * @return a copy without credential and team context
   */
  public CallContext withoutCredential() {
    return new CallContext(null, null, deadline, waitListener, retryBudget);
  }

  /**
   * @param timeout how long from now the call may take
   * @return a copy whose deadline is now plus {@code timeout}
   */
  public CallContext withTimeout(Duration timeout) {
    return withDeadline(Instant.now().plus(timeout));
  }

  /**
   * A stable, non-reversible fingerprint of the credential, safe to log and to key caches and
   * limiters on.
   *
   * @return 16 hex characters of the SHA-256 of the credential, or {@code anonymous}
   */
  public String keyFingerprint() {
    if (authorization == null) {
      return "anonymous";
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(authorization.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "CallContext[key="
        + keyFingerprint()
        + ", teamContext="
        + teamContext
        + ", deadline="
        + deadline
        + "]";
  }

  private static boolean isHeaderSafe(String value) {
    return value.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
