package org.ilertmcp.server.tool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.RetryBudget;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.http.WaitReason;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.ToolInputException;

/**
 * One tool call: the request (credential, deadline, arguments, access tier, progress and cancel)
 * plus the server-wide {@link ToolServices} it runs with.
 */
public final class IlertCall {
  /** The header that selects ilert's team context for a request. */
  public static final String TEAM_CONTEXT_HEADER = "X-ILERT-Team-Context";

  private final ToolServices services;
  private final RequestContext request;
  private final CallContext context;
  private final Args args;
  private final AccessTier tier;

  /**
   * @param timeout the deadline of the ilert calls behind this call, from now
   * @param tier the request's effective access tier (the server's ceiling, lowered by the request)
   */
  public IlertCall(
      ToolServices services, RequestContext request, Args args, Duration timeout, AccessTier tier) {
    this.services = services;
    this.request = request;
    this.args = args;
    this.tier = tier;
    this.context = credentials(request, timeout);
  }

  /**
   * The caller's credential and team context as the ilert client takes them, with a deadline {@code
   * timeout} from now and one {@link RetryBudget} for all of the call's requests.
   *
   * @throws ToolInputException when the request carries no API key
   */
  public static CallContext credentials(RequestContext request, Duration timeout) {
    String authorization =
        request
            .credential()
            .orElseThrow(
                () ->
                    new ToolInputException(
                        "No ilert API key: send Authorization: Bearer <ilert API key>."));
    return new CallContext(
        authorization,
        request.header(TEAM_CONTEXT_HEADER).orElse(null),
        // Deadlines run on the system clock, which the ilert client checks them against; the
        // business clock may be fixed (tests) or shifted (sandbox).
        Instant.now().plus(timeout),
        (reason, waited, left) -> request.stillWorking(waiting(reason, waited, left)),
        // all ilert requests of one call share its retries: at most 3 attempts of any request
        // and at most 2 retries in total, however many requests an analysis makes
        RetryBudget.perCall());
  }

  /** What a progress notice says while the call waits, in words a person understands. */
  static String waiting(WaitReason reason, Duration waited, Duration left) {
    long in = Math.max(1, (left.toMillis() + 999) / 1000);
    return switch (reason) {
      case PACING ->
          "waiting for this server's pacing of the API key to ilert's limit; sending in ~"
              + in
              + " s";
      case RETRY_DELAY -> "ilert asked to wait; retrying in ~" + in + " s";
      case RESPONSE ->
          "waiting for ilert's answer (" + Math.max(0, waited.toSeconds()) + " s so far)";
    };
  }

  public RequestContext request() {
    return request;
  }

  public ToolServices services() {
    return services;
  }

  public IlertClient client() {
    return services.client();
  }

  public CallContext ctx() {
    return context;
  }

  public Args args() {
    return args;
  }

  /** Slow-changing objects of this call's key, cached briefly. */
  public Lookups lookups() {
    return services.lookups();
  }

  public Names names() {
    return services.names();
  }

  /**
   * The token budget of this call's structured content: the server's result budget covers the whole
   * result, so the text block's share is set aside ({@link ToolServices#structuredTokens}).
   */
  public int maxResultTokens() {
    return services.structuredTokens();
  }

  /**
   * The business clock as this call reads it: stopped at the call's start, so every "now" in one
   * call (an argument's, a default's, a tool's check) is the same instant.
   */
  public Clock clock() {
    return args.clock();
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
    return services.github();
  }
}
