package org.ilertmcp.server.tool;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.tool.output.TextFormat;

/**
 * What every tool call shares, built once per server: the ilert client, name resolution with its
 * cache, the result budget, deadlines, the business clock and the optional GitHub client. What
 * belongs to one request lives in {@link IlertCall}.
 */
public final class ToolServices {
  /**
   * Default deadline of a long-running (analysis) tool call: a client that gives up at 60 s (the
   * TypeScript SDK's default) still gets the partial result.
   */
  public static final Duration DEFAULT_LONG_CALL_TIMEOUT = Duration.ofSeconds(45);

  private final IlertClient client;
  private final Lookups lookups;
  private final Names names;
  private final KeyRoles roles;
  private final Clock clock;
  private final int maxResultTokens;
  private final TextFormat textFormat;
  private final Duration callTimeout;
  private final Duration longCallTimeout;
  private final GitHubClient github;

  private ToolServices(Builder b) {
    this.client = Objects.requireNonNull(b.client);
    this.clock = Objects.requireNonNull(b.clock);
    this.lookups = new Lookups(client, b.lookupTtl);
    this.names = new Names(lookups);
    this.roles = new KeyRoles(lookups);
    this.maxResultTokens = b.maxResultTokens;
    this.textFormat = b.textFormat;
    this.callTimeout = b.callTimeout;
    this.longCallTimeout = b.longCallTimeout;
    this.github = b.github;
  }

  /** Services on {@code client} with the defaults: 8,000 tokens, 20 s, 45 s, no GitHub. */
  public static Builder builder(IlertClient client, Clock clock) {
    return new Builder(client, clock);
  }

  public IlertClient client() {
    return client;
  }

  /** Slow-changing objects (users, teams, services, ...), cached briefly per key. */
  public Lookups lookups() {
    return lookups;
  }

  /** Id-or-name resolution over {@link #lookups()}. */
  public Names names() {
    return names;
  }

  /** Each key's ilert role, read once and kept briefly: what the tool list offers the key. */
  public KeyRoles roles() {
    return roles;
  }

  /** The business clock (fixed in tests, shifted in sandbox); deadlines use the system clock. */
  public Clock clock() {
    return clock;
  }

  /** The budget of one tool call's whole result (text block and structured content), in tokens. */
  public int maxResultTokens() {
    return maxResultTokens;
  }

  /** How a result's text block renders its structured content. */
  public TextFormat textFormat() {
    return textFormat;
  }

  /**
   * The share of the result budget the structured content may take: the rest is the text block's
   * ({@link TextFormat#structuredTokens}).
   */
  public int structuredTokens() {
    return textFormat.structuredTokens(maxResultTokens);
  }

  /** Deadline of the ilert calls behind one tool call. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The deadline of a tool call: the longer one for a {@linkplain ToolSpec#longRunning()} tool. */
  public Duration timeout(ToolSpec spec) {
    return spec.longRunning() ? longCallTimeout : callTimeout;
  }

  /** The GitHub client for recent changes; empty when the server was started without GitHub. */
  public Optional<GitHubClient> github() {
    return Optional.ofNullable(github);
  }

  /** Builds {@link ToolServices}. */
  public static final class Builder {
    private final IlertClient client;
    private final Clock clock;
    private int maxResultTokens = 8000;
    private TextFormat textFormat = TextFormat.JSON;
    private Duration callTimeout = Duration.ofSeconds(20);
    private Duration longCallTimeout = DEFAULT_LONG_CALL_TIMEOUT;
    private GitHubClient github;
    private Duration lookupTtl = Lookups.DEFAULT_TTL;

    private Builder(IlertClient client, Clock clock) {
      this.client = client;
      this.clock = clock;
    }

    public Builder maxResultTokens(int value) {
      this.maxResultTokens = value;
      return this;
    }

    public Builder textFormat(TextFormat value) {
      this.textFormat = Objects.requireNonNull(value);
      return this;
    }

    public Builder callTimeout(Duration value) {
      this.callTimeout = value;
      return this;
    }

    /** Deadline of a long-running (analysis) tool call. */
    public Builder longCallTimeout(Duration value) {
      this.longCallTimeout = value;
      return this;
    }

    /** Reads recent changes from GitHub with this client; null: not at all. */
    public Builder github(GitHubClient value) {
      this.github = value;
      return this;
    }

    /** How long looked-up users, teams, services etc. are reused per key; zero: not at all. */
    public Builder lookupTtl(Duration value) {
      this.lookupTtl = value;
      return this;
    }

    public ToolServices build() {
      return new ToolServices(this);
    }
  }
}
