package org.ilertmcp.server;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.RequestStates;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.server.catalog.RequestAccess;
import org.ilertmcp.server.catalog.ToolAdapter;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.github.GitHubSettings;
import org.ilertmcp.server.observe.ToolCalls;
import org.ilertmcp.server.prompts.IlertCompletions;
import org.ilertmcp.server.prompts.IlertPrompts;
import org.ilertmcp.server.resources.IlertResources;
import org.ilertmcp.server.resources.ResourceReader;
import org.ilertmcp.server.resources.ResourceWatcher;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.Lookups;
import org.ilertmcp.server.tool.ToolServices;
import org.ilertmcp.server.tool.output.TextFormat;

/** Assembles the ilert MCP server from configuration: the selected catalogue and its runtime. */
public final class IlertMcpServer {
  public static final String NAME = "ilert-mcp";
  public static final String VERSION = "0.1.0";

  private final McpServer server;
  private final List<IlertTool> tools;
  private final ToolAdapter adapter;

  private IlertMcpServer(McpServer server, List<IlertTool> tools, ToolAdapter adapter) {
    this.server = server;
    this.tools = tools;
    this.adapter = adapter;
  }

  /** Builds the server; throws {@link IllegalArgumentException} for an invalid selection. */
  public static IlertMcpServer create(ServerSettings settings, IlertClient client, Clock clock) {
    return create(settings, client, clock, ToolCalls.logOnly());
  }

  /** The same, with tool calls logged, measured and audited by {@code calls}. */
  public static IlertMcpServer create(
      ServerSettings settings, IlertClient client, Clock clock, ToolCalls calls) {
    List<IlertTool> catalog = ToolCatalog.all();
    List<IlertTool> selected = settings.selection().apply(catalog);
    Set<String> offered = names(selected);
    ToolServices services =
        ToolServices.builder(client, clock)
            .maxResultTokens(settings.maxResultTokens())
            .callTimeout(settings.callTimeout())
            .longCallTimeout(settings.analysisTimeout())
            .lookupTtl(settings.lookupTtl())
            .textFormat(settings.textFormat())
            .github(
                settings.github() == null
                    ? null
                    : new GitHubClient(settings.github(), NAME + "/" + VERSION))
            .build();
    ToolAdapter adapter =
        new ToolAdapter(
            services,
            settings.selection().ceiling(),
            calls,
            settings
                .writes()
                .guard(
                    writeTools(catalog),
                    settings.requestStateSecret() == null
                        ? RequestStates.randomSecret()
                        : settings.requestStateSecret(),
                    clock));
    McpServer.Builder builder =
        McpServer.builder(new ServerInfo(NAME, VERSION, "ilert MCP server", null, List.of()))
            .instructions(Instructions.text(offered))
            .toolAccess(
                new RequestAccess(
                    settings.selection().ceiling(),
                    RequestAccess.index(catalog),
                    offered,
                    services.roles()));
    // Every tool's output is checked against its schema by the tests (the test sandbox checks
    // each call); re-checking each result in production cost a schema walk per call.
    builder.validateStructuredOutput(false);
    builder.requestStateTtl(settings.writes().ttl()).clock(clock);
    if (settings.requestStateSecret() != null) {
      builder.requestStateSecret(settings.requestStateSecret());
    }
    // Every tool is registered; those outside the selection are neither listed nor callable, and
    // a call by name is refused with the reason (tier or toolset) instead of "unknown tool".
    catalog.forEach(tool -> builder.tool(adapter.adapt(tool)));
    ResourceReader reader = new ResourceReader(adapter);
    IlertResources.all(reader).forEach(builder::resource);
    IlertResources.templates(reader).forEach(builder::resourceTemplate);
    builder.subscriptionListener(
        new ResourceWatcher(reader, settings.resourcePollInterval(), ResourceWatcher.MAX_PER_KEY));
    IlertPrompts.all(reader, offered).forEach(builder::prompt);
    builder.completions(new IlertCompletions(services));
    return new IlertMcpServer(builder.build(), selected, adapter);
  }

  /** The ilert client this server uses for {@code baseUrl}, shared by all callers. */
  public static IlertClient client(URI baseUrl, int requestsPerMinute) {
    return client(baseUrl, requestsPerMinute, RequestObserver.NONE);
  }

  /** The same, telling {@code observer} of every exchange with ilert (for metrics). */
  public static IlertClient client(URI baseUrl, int requestsPerMinute, RequestObserver observer) {
    return IlertClient.builder()
        .baseUrl(baseUrl)
        .userAgent(NAME + "/" + VERSION)
        .requestsPerMinute(requestsPerMinute)
        .observer(observer)
        .build();
  }

  /** The tools that change ilert: those {@code --confirm} may name. */
  private static Set<String> writeTools(List<IlertTool> tools) {
    return names(tools.stream().filter(t -> !t.spec().annotations().readOnlyHint()).toList());
  }

  private static Set<String> names(List<IlertTool> tools) {
    return tools.stream().map(t -> t.spec().name()).collect(Collectors.toSet());
  }

  public McpServer mcp() {
    return server;
  }

  public List<IlertTool> tools() {
    return tools;
  }

  public ToolAdapter adapter() {
    return adapter;
  }

  /**
   * Settings of the tool layer.
   *
   * @param selection which tools, and the access ceiling
   * @param maxResultTokens result budget per tool call
   * @param callTimeout deadline of the ilert calls behind one tool call
   * @param resourcePollInterval how often a subscribed resource is read again to detect changes
   * @param analysisTimeout deadline of the ilert calls behind one long-running (analysis) tool call
   * @param github where analysis tools read recent changes from GitHub; null when not configured
   * @param requestStateSecret signs 2026-07-28 multi-round-trip request states; replicas that share
   *     it continue each other's requests; null draws a random secret per process
   * @param writes confirmation policy, tokens, confirmation expiry and idempotency window
   * @param lookupTtl how long looked-up users, teams, services etc. are reused per key (zero: not)
   * @param textFormat how a result's text block renders its structured content
   */
  public record ServerSettings(
      ToolSelection selection,
      int maxResultTokens,
      Duration callTimeout,
      Duration resourcePollInterval,
      Duration analysisTimeout,
      GitHubSettings github,
      byte[] requestStateSecret,
      WriteSafety writes,
      Duration lookupTtl,
      TextFormat textFormat) {

    /** Default resource poll interval. */
    public static final Duration DEFAULT_RESOURCE_POLL = Duration.ofSeconds(15);

    /**
     * The smallest result budget every tool keeps to: cut to its bones (every list emptied, long
     * texts shortened), an evidence bundle such as {@code investigate_alert} still takes about
     * 2,000 tokens with its text block, so a smaller budget could not be kept.
     */
    public static final int MIN_RESULT_TOKENS = 2500;

    /** Default deadline of an analysis tool call. */
    public static final Duration DEFAULT_ANALYSIS_TIMEOUT = ToolServices.DEFAULT_LONG_CALL_TIMEOUT;

    public ServerSettings(ToolSelection selection, int maxResultTokens, Duration callTimeout) {
      this(
          selection, maxResultTokens, callTimeout, DEFAULT_RESOURCE_POLL, DEFAULT_ANALYSIS_TIMEOUT);
    }

    /** Settings whose text blocks are JSON. */
    public ServerSettings(
        ToolSelection selection,
        int maxResultTokens,
        Duration callTimeout,
        Duration resourcePollInterval,
        Duration analysisTimeout,
        GitHubSettings github,
        byte[] requestStateSecret,
        WriteSafety writes,
        Duration lookupTtl) {
      this(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          requestStateSecret,
          writes,
          lookupTtl,
          TextFormat.JSON);
    }

    /** A copy whose text blocks render as {@code value}. */
    public ServerSettings withTextFormat(TextFormat value) {
      return new ServerSettings(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          requestStateSecret,
          writes,
          lookupTtl,
          value);
    }

    /** Settings with the default lookup cache. */
    public ServerSettings(
        ToolSelection selection,
        int maxResultTokens,
        Duration callTimeout,
        Duration resourcePollInterval,
        Duration analysisTimeout,
        GitHubSettings github,
        byte[] requestStateSecret,
        WriteSafety writes) {
      this(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          requestStateSecret,
          writes,
          Lookups.DEFAULT_TTL);
    }

    /** A copy whose lookups live {@code value} per key (zero: no caching). */
    public ServerSettings withLookupTtl(Duration value) {
      return new ServerSettings(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          requestStateSecret,
          writes,
          value,
          textFormat);
    }

    /** Settings without GitHub. */
    public ServerSettings(
        ToolSelection selection,
        int maxResultTokens,
        Duration callTimeout,
        Duration resourcePollInterval,
        Duration analysisTimeout) {
      this(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          null,
          null,
          WriteSafety.defaults());
    }

    /** A copy that reads recent changes from GitHub with {@code value} (null: not at all). */
    public ServerSettings withGitHub(GitHubSettings value) {
      return new ServerSettings(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          value,
          requestStateSecret,
          writes,
          lookupTtl,
          textFormat);
    }

    /** A copy that signs request states with {@code secret} (null: a random one per process). */
    public ServerSettings withRequestStateSecret(byte[] secret) {
      return new ServerSettings(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          secret,
          writes,
          lookupTtl,
          textFormat);
    }

    /** A copy with these write settings (confirmation, tokens, idempotency). */
    public ServerSettings withWrites(WriteSafety value) {
      return new ServerSettings(
          selection,
          maxResultTokens,
          callTimeout,
          resourcePollInterval,
          analysisTimeout,
          github,
          requestStateSecret,
          value,
          lookupTtl,
          textFormat);
    }
  }
}
