package org.ilertmcp.server.github;

/**
 * A GitHub read that failed. The message is one short clause fit for a result's {@code missing}
 * list: no token, no URL, no stack trace.
 */
public final class GitHubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean wholeRepository;

  /**
   * @param reason short, safe reason
   * @param wholeRepository whether every other read of the same repository would fail alike (the
   *     token was refused, the repository is not visible), so they need not be tried
   */
  public GitHubException(String reason, boolean wholeRepository) {
    super(reason, null, false, false);
    this.wholeRepository = wholeRepository;
  }

  public boolean wholeRepository() {
    return wholeRepository;
  }
}
