package org.ilertmcp.server.github;

import java.time.Duration;
import java.util.Optional;

/**
 * A GitHub read that failed, by {@link Kind}. The message is one short clause fit for a result's
 * {@code missing} list: no token, no URL, no stack trace.
 */
public final class GitHubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a read failed; each kind says whether the other reads of the repository can succeed. */
  public enum Kind {
    /** 401: the token is not valid. */
    TOKEN_REJECTED(true),
    /** 403: the token may not read the repository. */
    FORBIDDEN(true),
    /** 429, or 403 with no rate limit left. */
    RATE_LIMITED(true),
    /** 404: no such repository, or not visible to the token. */
    NOT_FOUND(true),
    /** 3xx: the repository moved (redirects are never followed, so the token stays put). */
    MOVED(true),
    /** 409: the repository has no commits. */
    EMPTY_REPOSITORY(false),
    /** 5xx. */
    SERVER_ERROR(false),
    /** Another 4xx. */
    REFUSED(false),
    /** No complete answer within the request timeout or the caller's deadline. */
    TIMEOUT(true),
    /** No connection, or it broke before an answer. */
    UNREACHABLE(true),
    /** A success whose body is cut off, not JSON, or not a list. */
    MALFORMED(false),
    /** The caller's deadline left no time to ask. */
    NO_TIME(true),
    /** The caller was cancelled. */
    CANCELLED(true);

    private final boolean wholeRepository;

    Kind(boolean wholeRepository) {
      this.wholeRepository = wholeRepository;
    }
  }

  private final Kind kind;
  private final transient Duration retryAfter;

  /**
   * @param kind why the read failed
   * @param reason short, safe reason
   * @param retryAfter GitHub's {@code Retry-After}, or null
   */
  public GitHubException(Kind kind, String reason, Duration retryAfter) {
    super(reason, null, false, false);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** GitHub's {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether every other read of the same repository would fail alike (the token was refused, the
   * repository is not visible, GitHub cannot be reached in time), so they need not be tried.
   */
  public boolean wholeRepository() {
    return kind.wholeRepository;
  }
}
