package org.ilertmcp.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.ilertmcp.server.github.GitHubSettings;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.output.TextFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator with its demo organisation plus the ilert MCP server with every tool (admin
 * ceiling), called in-process through the protocol dispatcher — so argument validation, access
 * checks apply as over HTTP — and every successful result is checked against its tool's output
 * schema here, the check production leaves out.
 */
public final class Sandbox implements AutoCloseable {
  public static final String ADMIN = "demo-admin-key";
  public static final String USER = "demo-user-key";
  public static final String RESPONDER = "demo-responder-key";
  public static final String STAKEHOLDER = "demo-stakeholder-key";

  private final IlertEmulator emulator;
  private final IlertMcpServer server;
  private final AtomicLong ids = new AtomicLong();
  private final OutputSchemas outputSchemas = new OutputSchemas();

  private Sandbox(IlertEmulator emulator, IlertMcpServer server) {
    this.emulator = emulator;
    this.server = server;
  }

  /**
   * The client's retry policy with its real attempt count but no backoff: tests of how a tool
   * reports 429s and outages assert what the caller sees, not how long the client waits (the
   * client's own tests cover the delays), so they need not sleep through seconds of backoff.
   */
  public static final RetrySettings RETRY_WITHOUT_WAITING =
      new RetrySettings(
          RetrySettings.defaults().maxRetries(), Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);

  /** Every toolset, admin ceiling. */
  public static final ToolSelection ALL =
      new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.ADMIN);

  /**
   * Writes apply at once: tool tests check what a tool does; the confirmation policy has its own
   * tests ({@code confirm} package), which start a sandbox with {@link #withWrites}.
   */
  public static final WriteSafety NO_CONFIRMATION =
      WriteSafety.defaults().withConfirm(List.of("none"));

  /** A sandbox on the real clock with all toolsets and the admin ceiling. */
  public static Sandbox start() {
    return start(Clock.systemUTC(), ALL);
  }

  /** The same on a clock fixed at {@code now} (the demo organisation is generated around it). */
  public static Sandbox at(Instant now) {
    return start(Clock.fixed(now, ZoneOffset.UTC), ALL);
  }

  public static Sandbox start(Clock clock, ToolSelection selection) {
    return start(clock, selection, (GitHubSettings) null);
  }

  /** The same, with the server reading recent changes from GitHub as {@code github} says. */
  public static Sandbox start(Clock clock, ToolSelection selection, GitHubSettings github) {
    return start(clock, selection, github, NO_CONFIRMATION, b -> b.requestsPerMinute(0));
  }

  /** A sandbox on the real clock, all tools, with these write settings (confirmation, tokens). */
  public static Sandbox withWrites(WriteSafety writes) {
    return start(Clock.systemUTC(), ALL, null, writes, b -> b.requestsPerMinute(0));
  }

  /**
   * A sandbox on the real clock with all toolsets whose ilert client {@code client} configures
   * further (e.g. with the default per-key limit and an observer).
   */
  public static Sandbox startWith(UnaryOperator<IlertClient.Builder> client) {
    return start(Clock.systemUTC(), ALL, null, NO_CONFIRMATION, client);
  }

  /** A sandbox on {@code clock} with these write settings (confirmation, tokens). */
  public static Sandbox start(Clock clock, ToolSelection selection, WriteSafety writes) {
    return start(clock, selection, null, writes, b -> b.requestsPerMinute(0));
  }

  private static Sandbox start(
      Clock clock,
      ToolSelection selection,
      GitHubSettings github,
      WriteSafety writes,
      UnaryOperator<IlertClient.Builder> configure) {
    return start(clock, selection, github, writes, configure, TextFormat.JSON, 8000);
  }

  /** A sandbox on the real clock, all tools, whose result text blocks render as {@code format}. */
  public static Sandbox withTextFormat(TextFormat format) {
    return withResultBudget(8000, format);
  }

  /** The same, with results cut to {@code maxResultTokens}. */
  public static Sandbox withResultBudget(int maxResultTokens, TextFormat format) {
    return start(
        Clock.systemUTC(),
        ALL,
        null,
        NO_CONFIRMATION,
        b -> b.requestsPerMinute(0),
        format,
        maxResultTokens);
  }

  private static Sandbox start(
      Clock clock,
      ToolSelection selection,
      GitHubSettings github,
      WriteSafety writes,
      UnaryOperator<IlertClient.Builder> configure,
      TextFormat format,
      int maxResultTokens) {
    IlertEmulator emulator =
        IlertEmulator.builder().port(0).clock(clock).demoOrganisation(true).build().start();
    IlertClient client =
        configure
            .apply(IlertClient.builder().baseUrl(emulator.baseUrl()).retry(RETRY_WITHOUT_WAITING))
            .build();
    IlertMcpServer server =
        IlertMcpServer.create(
            new IlertMcpServer.ServerSettings(selection, maxResultTokens, Duration.ofSeconds(20))
                .withGitHub(github)
                .withWrites(writes)
                .withTextFormat(format),
            client,
            clock);
    return new Sandbox(emulator, server);
  }

  public IlertEmulator emulator() {
    return emulator;
  }

  public IlertMcpServer server() {
    return server;
  }

  /**
   * Calls a tool with a demo key; returns the JSON-RPC response ({@code result} or {@code error}).
   */
  public JsonNode call(String key, String tool, String argumentsJson) {
    ObjectNode params = Json.object().put("name", tool);
    params.set("arguments", Json.parse(argumentsJson));
    JsonNode response = request(key, "tools/call", params);
    outputSchemas.check(server, tool, response);
    return response;
  }

  /** Sends one JSON-RPC request with a demo key; returns the response. */
  public JsonNode request(String key, String method, ObjectNode params) {
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", ids.incrementAndGet());
    request.put("method", method);
    request.set("params", params);
    McpSession session =
        new McpSession(
            null, McpSession.hash(Optional.of("Bearer " + key)), ProtocolVersions.V2025_11_25);
    return server
        .mcp()
        .handleRequest(request, Inbound.of(session, Optional.of("Bearer " + key), Outbound.NONE));
  }

  /** The names {@code tools/list} offers {@code key} (every page). */
  public List<String> toolNames(String key) {
    List<String> names = new ArrayList<>();
    String cursor = null;
    do {
      ObjectNode params = Json.object();
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonNode result = request(key, "tools/list", params).path("result");
      result.path("tools").forEach(t -> names.add(t.path("name").asString()));
      cursor = result.path("nextCursor").isString() ? result.path("nextCursor").asString() : null;
    } while (cursor != null);
    return names;
  }

  /** Calls a tool and returns its {@code result} (failing if the call was a protocol error). */
  public ToolCall result(String key, String tool, String argumentsJson) {
    JsonNode response = call(key, tool, argumentsJson);
    if (response.has("error")) {
      throw new AssertionError("protocol error from " + tool + ": " + response.get("error"));
    }
    return new ToolCall(response.get("result"));
  }

  /** A tool result: structured content, its text, and whether it is an error. */
  public record ToolCall(JsonNode result) {
    public boolean isError() {
      return result.path("isError").asBoolean(false);
    }

    public JsonNode structured() {
      return result.path("structuredContent");
    }

    public String text() {
      return result.path("content").path(0).path("text").asString("");
    }
  }

  /**
   * Adds a fault rule to the emulator after forgetting every cached lookup, so the reads the test
   * aims the fault at go to ilert and meet it.
   */
  public FaultRule injectFault(FaultRule rule) {
    clearLookups();
    return emulator.faults().add(rule);
  }

  /**
   * Forgets every cached lookup, so the next read goes to ilert (tests that inject faults into
   * reads call this first).
   */
  public void clearLookups() {
    server.adapter().services().lookups().clear();
  }

  @Override
  public void close() {
    emulator.close();
  }
}
