package org.ilertmcp.server.confirm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The operator's settings for writes: which need a person's confirmation ({@code --confirm}),
 * whether the two-step token may stand in for a person ({@code --confirm-tokens}), how long a
 * confirmation stays open ({@code --confirm-ttl}, also the expiry of 2026-07-28 request states),
 * and how long idempotency keys are remembered ({@code --idempotency-window}).
 *
 * @param confirm the {@code --confirm} values: default, none, all or tool names
 * @param tokens whether a client without elicitation may confirm with a token
 * @param ttl how long a confirmation request or token is accepted
 * @param idempotencyWindow how long a creating write's key is remembered
 */
public record WriteSafety(
    List<String> confirm, boolean tokens, Duration ttl, Duration idempotencyWindow) {
  /** Default validity of a confirmation request or token. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

  public WriteSafety {
    confirm = List.copyOf(confirm);
  }

  /** The default: the default policy, no tokens, ten minutes, keys kept a day. */
  public static WriteSafety defaults() {
    return new WriteSafety(List.of("default"), false, DEFAULT_TTL, IdempotencyKeys.DEFAULT_WINDOW);
  }

  /** A copy with another {@code --confirm}. */
  public WriteSafety withConfirm(List<String> values) {
    return new WriteSafety(values, tokens, ttl, idempotencyWindow);
  }

  /** A copy that allows (or not) the two-step token. */
  public WriteSafety withTokens(boolean value) {
    return new WriteSafety(confirm, value, ttl, idempotencyWindow);
  }

  /** A copy where confirmations stay open for {@code value}. */
  public WriteSafety withTtl(Duration value) {
    return new WriteSafety(confirm, tokens, value, idempotencyWindow);
  }

  /**
   * The guard of one server.
   *
   * @param writeTools names of the tools that change ilert, to check {@code --confirm} against
   * @param secret the request-state secret the tokens derive their key from
   * @throws IllegalArgumentException for an unknown tool in {@code --confirm}
   */
  public WriteGuard guard(Set<String> writeTools, byte[] secret, Clock clock) {
    return new WriteGuard(
        ConfirmPolicy.parse(confirm, writeTools),
        tokens ? new ConfirmationTokens(secret, ttl, clock) : null,
        new IdempotencyKeys(idempotencyWindow));
  }
}
