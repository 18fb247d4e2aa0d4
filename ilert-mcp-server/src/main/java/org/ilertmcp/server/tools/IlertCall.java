package org.ilertmcp.server.tools;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.server.catalog.AccessTier;
import org.ilertmcp.server.github.GitHubClient;

/**
 * Everything a tool needs for one call: the ilert client, the caller's credential as a {@link
 * CallContext} with a deadline, typed arguments, name resolution, the result budget and a clock.
 */
public final class IlertCall {
  private final RequestContext request;
  private final IlertClient client;
  private final CallContext context;
  private final Args args;
  private final Names names;
  private final int maxResultTokens;
  private final Clock clock;
  private final AccessTier tier;
  private final GitHubClient github;

  /**
   * @param tier the request's effective access tier (the server's ceiling, lowered by the request)
   * @param github the server's GitHub client, or null when GitHub is not configured
   */
  public IlertCall(
      RequestContext request,
      IlertClient client,
      Args args,
      Names names,
      int maxResultTokens,
      Clock clock,
      Duration callTimeout,
      AccessTier tier,
      GitHubClient github) {
    this.github = github;
    this.request = request;
    this.tier = tier;
    this.client = client;
    this.args = args;
    this.names = names;
    this.maxResultTokens = maxResultTokens;
    this.clock = clock;
    String authorization =
        request
            .credential()
            .orElseThrow(
                () ->
                    new ToolInputException(
                        "No ilert API key: send Authorization: Bearer <ilert API key>."));
    this.context =
        new CallContext(
            authorization,
            request.header("X-ILERT-Team-Context").orElse(null),
            // Deadlines run on the system clock, which the ilert client checks them against; the
            // business clock may be fixed (tests) or shifted (sandbox).
            Instant.now().plus(callTimeout));
  }

  public RequestContext request() {
    return request;
  }

  public IlertClient client() {
    return client;
  }

  public CallContext ctx() {
    return context;
  }

  public Args args() {
    return args;
  }

  public Names names() {
    return names;
  }

  public int maxResultTokens() {
    return maxResultTokens;
  }

  public Clock clock() {
    return clock;
  }

  /** Time left until this call's deadline (never negative). */
  public Duration timeLeft() {
    Duration left = Duration.between(Instant.now(), context.deadline());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * The request's effective access tier, for tools that gate per operation ({@code
   * call_ilert_api}); tools of a fixed tier are gated before they run.
   */
  public AccessTier tier() {
    return tier;
  }

  /** The GitHub client for recent changes; empty when the server was started without GitHub. */
  public Optional<GitHubClient> github() {
    return Optional.ofNullable(github);
  }
}
