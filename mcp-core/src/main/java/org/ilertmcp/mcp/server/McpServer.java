package org.ilertmcp.mcp.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.prompt.Prompt;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.ResourceTemplate;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import org.ilertmcp.mcp.tool.Tool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transport-neutral MCP dispatcher: lifecycle, tools, resources, prompts, completions, logging,
 * progress, cancellation and ping. Transports hand it one message at a time with an {@link
 * Inbound}; it returns the response (or {@code null} when none is due).
 */
public final class McpServer {
  /** The logging MDC key of the request being served. */
  public static final String CORRELATION_ID = "correlation_id";

  private static final Logger LOG = LoggerFactory.getLogger(McpServer.class);

  /** Default of {@link Builder#maxConcurrentCalls}. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 64;

  private final ServerInfo info;
  private final String instructions;
  private final ToolMethods tools;
  private final ResourceMethods resources;
  private final PromptMethods prompts;
  private final ClientRequests clientRequests = new ClientRequests();
  private final boolean toolsListChanged;
  private final boolean promptsListChanged;
  private final Duration clientInputTimeout;
  private final ListenStreams listens;
  private final ModernMethods modern;
  private final Map<InFlight, List<Call>> inFlight = new ConcurrentHashMap<>();
  private final Set<McpSession> sessions = ConcurrentHashMap.newKeySet();
  private final SecureRandom random = new SecureRandom();
  private final Workers workers;

  /**
   * Requests being served, by client state and JSON-RPC id. In stateless mode two clients with the
   * same credential share a state and may reuse an id, hence a list per key.
   */
  private record InFlight(McpSession session, String id) {}

  private McpServer(Builder b) {
    this.info = b.info;
    this.instructions = b.instructions;
    this.tools = new ToolMethods(b.tools, b.toolAccess, b.pageSize, b.validateOutput);
    this.resources =
        new ResourceMethods(b.resources, b.templates, b.subscriptionListener, b.pageSize);
    this.prompts = new PromptMethods(b.prompts, b.completions, b.pageSize);
    this.toolsListChanged = b.toolsListChanged;
    this.promptsListChanged = b.promptsListChanged;
    this.clientInputTimeout = b.clientInputTimeout;
    this.listens = new ListenStreams(this, resources);
    this.workers = new Workers(b.maxConcurrentCalls, this::describeCall);
    RequestStates states =
        new RequestStates(
            b.requestStateSecret == null ? RequestStates.randomSecret() : b.requestStateSecret,
            b.requestStateTtl,
            b.clock);
    this.modern =
        new ModernMethods(
            info,
            instructions,
            tools,
            resources,
            prompts,
            states,
            b.cacheHints,
            this::capabilities);
  }

  public static Builder builder(ServerInfo info) {
    return new Builder(info);
  }

  public ServerInfo info() {
    return info;
  }

  /** The registered tools, in catalogue order. */
  public List<Tool> tools() {
    return tools.all();
  }

  /**
   * Serves one request and hands its response to {@code reply}, exactly once; {@code null} when no
   * response is due (see {@link #handleRequest}). Requests that may wait on another service ({@link
   * #runsOnWorker}) run on a bounded pool of {@code maxConcurrentCalls} workers and the caller's
   * thread returns at once; when every worker is busy the answer is an immediate busy error with a
   * retry hint, never a queue. Everything else ({@code ping}, {@code initialize}, the list methods)
   * is answered on the caller's thread, so it never waits behind tool calls.
   */
  public void serve(ObjectNode request, Inbound inbound, Consumer<ObjectNode> reply) {
    String method = request.get("method").stringValue();
    if (!runsOnWorker(method)) {
      reply.accept(handleRequest(request, inbound));
      return;
    }
    workers.submit(request, reply, () -> handleRequest(request, inbound));
  }

  /** Whether {@code method} may wait on another service and so runs on the worker pool. */
  public static boolean runsOnWorker(String method) {
    return switch (method) {
      case "tools/call",
          "resources/read",
          "resources/subscribe",
          "prompts/get",
          "completion/complete" ->
          true;
      default -> false;
    };
  }

  /** What an unfinished request is, for the answer it gets when it cannot finish. */
  private Workers.Kind describeCall(ObjectNode request) {
    if (!"tools/call".equals(request.get("method").stringValue())) {
      return Workers.Kind.READ;
    }
    String name = Json.string(request.get("params"), "name");
    return tools.mayChange(name) ? Workers.Kind.WRITE : Workers.Kind.READ;
  }

  /**
   * Stops taking requests for the worker pool, lets running ones finish for up to {@code grace},
   * then answers each one still running with an error that says whether it may have changed
   * something, and cancels it. Returns once every request has been answered.
   */
  public void drain(Duration grace) {
    workers.drain(grace, this::cancelAll);
  }

  /**
   * Changes how many requests run at once on the worker pool (see {@link
   * Builder#maxConcurrentCalls}); the HTTP transport applies its configured limit with it.
   */
  public void maxConcurrentCalls(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
    }
    workers.resize(max);
  }

  /** Requests running on the worker pool now. */
  public int runningCalls() {
    return workers.running();
  }

  private void cancelAll() {
    inFlight.values().forEach(calls -> calls.forEach(Call::cancel));
  }

  /**
   * Serves one request; returns its response, or {@code null} when none is due: the client
   * cancelled it, or it stays open as a stream ({@code subscriptions/listen}). A request whose
   * {@code params._meta} declares a protocol version is served statelessly under the 2026-07-28
   * rules; any other under the rules of the session's revision. While it runs, the logging MDC
   * holds a fresh {@value #CORRELATION_ID} that an internal error's message names, so the client's
   * reference finds the request's log lines.
   */
  public ObjectNode handleRequest(ObjectNode request, Inbound inbound) {
    JsonNode id = request.get("id");
    String method = request.get("method").stringValue();
    JsonNode params = request.get("params");
    RequestMeta meta = null;
    if (RequestMeta.declared(params)) {
      try {
        meta = RequestMeta.parse(params);
        meta.requireSupported();
      } catch (McpException e) {
        return JsonRpc.error(id, e);
      }
    }
    Call call = new Call(inbound, id, params, clientRequests, meta, clientInputTimeout);
    String idKey = idKey(id);
    if (meta != null && ModernMethods.LISTEN.equals(method)) {
      return listen(id, idKey, params, call, inbound);
    }
    InFlight key = new InFlight(inbound.session(), idKey);
    inFlight.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(call);
    inbound.session().touch();
    if (meta != null) {
      inbound.outbound().onClientGone(call::cancel);
    }
    String reference = reference();
    String previous = MDC.get(CORRELATION_ID);
    MDC.put(CORRELATION_ID, reference);
    try {
      JsonNode result =
          meta == null
              ? dispatch(method, params, call, inbound)
              : modern.dispatch(method, params, call);
      return call.isCancelled() ? null : JsonRpc.result(id, result);
    } catch (CancelledException e) {
      return null;
    } catch (McpException e) {
      return call.isCancelled() ? null : JsonRpc.error(id, meta == null ? e : modern.error(e));
    } catch (RuntimeException e) {
      return call.isCancelled() ? null : internalError(id, method, e, reference);
    } finally {
      if (previous == null) {
        MDC.remove(CORRELATION_ID);
      } else {
        MDC.put(CORRELATION_ID, previous);
      }
      inFlight.computeIfPresent(
          key,
          (k, calls) -> {
            calls.remove(call);
            return calls.isEmpty() ? null : calls;
          });
    }
  }

  private ObjectNode listen(
      JsonNode id, String idKey, JsonNode params, Call call, Inbound inbound) {
    try {
      listens.open(idKey, params, call, inbound, capabilities());
      return null;
    } catch (McpException e) {
      return JsonRpc.error(id, e);
    } catch (RuntimeException e) {
      return internalError(id, ModernMethods.LISTEN, e, reference());
    }
  }

  /** Handles a notification from the client. */
  public void handleNotification(ObjectNode notification, Inbound inbound) {
    String method = notification.get("method").stringValue();
    JsonNode params = notification.get("params");
    inbound.session().touch();
    switch (method) {
      case "notifications/initialized" -> inbound.session().markInitialized();
      case "notifications/cancelled" -> cancel(inbound.session(), params);
      default -> LOG.debug("Ignoring notification {}", method);
    }
  }

  /** Routes a client's response to a request this server sent. */
  public void handleResponse(ObjectNode response, Inbound inbound) {
    if (!clientRequests.complete(
        response.get("id"), inbound.session().credentialHash(), response)) {
      LOG.debug("Dropping a response nobody waits for");
    }
  }

  /** Registers a session so list-change notifications reach it. */
  public void sessionOpened(McpSession session) {
    sessions.add(session);
  }

  /** Ends a session: cancels its in-flight requests and drops its subscriptions. */
  public void sessionClosed(McpSession session) {
    sessions.remove(session);
    inFlight.forEach(
        (key, calls) -> {
          if (key.session() == session) {
            calls.forEach(Call::cancel);
          }
        });
    session.markClosed();
    resources.sessionClosed(session);
    listens.closeAll(session);
  }

  /** Tells every session that can be notified that the resource list changed. */
  public void notifyResourceListChanged() {
    notifyAll(ListenStreams.RESOURCES_CHANGED);
  }

  /** Tells every session that the tool list changed (advertised with {@code toolsListChanged}). */
  public void notifyToolListChanged() {
    notifyAll(ListenStreams.TOOLS_CHANGED);
  }

  /** Tells every session that the prompt list changed (see {@code promptsListChanged}). */
  public void notifyPromptListChanged() {
    notifyAll(ListenStreams.PROMPTS_CHANGED);
  }

  private void notifyAll(String method) {
    ObjectNode message = JsonRpc.notification(method, null);
    sessions.forEach(session -> session.notify(message));
  }

  /** Tells every session subscribed to {@code uri} that it changed. */
  public void notifyResourceUpdated(String uri) {
    sessions.forEach(session -> session.notifyResourceUpdated(uri));
  }

  private JsonNode dispatch(String method, JsonNode params, Call call, Inbound inbound) {
    return switch (method) {
      case "initialize" -> initialize(params, inbound);
      case "ping" -> Json.object();
      case "logging/setLevel" -> setLevel(params, inbound.session());
      case "tools/list" -> tools.list(params, call);
      case "tools/call" -> tools.call(params, call);
      case "resources/list" -> resources.list(params);
      case "resources/templates/list" -> resources.listTemplates(params);
      case "resources/read" -> resources.read(params, call);
      case "resources/subscribe" -> subscribe(params, inbound.session(), call);
      case "resources/unsubscribe" -> resources.unsubscribe(params, inbound.session());
      case "prompts/list" -> prompts.list(params);
      case "prompts/get" -> prompts.get(params, call);
      case "completion/complete" -> prompts.complete(params, call);
      default -> throw McpException.methodNotFound(method);
    };
  }

  private ObjectNode subscribe(JsonNode params, McpSession session, Call call) {
    if (!session.canPush()) {
      throw new McpException(
          ErrorCodes.METHOD_NOT_FOUND,
          "resources/subscribe is not offered in stateless mode: no stream outlives a request to"
              + " carry updates. Read the resource again to see changes, or connect to a server in"
              + " session mode.");
    }
    return resources.subscribe(params, session, call);
  }

  private ObjectNode initialize(JsonNode params, Inbound inbound) {
    String requested = Json.string(params, "protocolVersion");
    if (requested == null) {
      throw McpException.invalidParams("initialize needs params.protocolVersion");
    }
    ObjectNode clientCapabilities = Json.objectOrNull(params, "capabilities");
    ObjectNode clientInfo = Json.objectOrNull(params, "clientInfo");
    String version = ProtocolVersions.negotiate(requested);
    inbound
        .session()
        .initialize(
            version,
            clientCapabilities == null ? Json.object() : clientCapabilities,
            clientInfo == null ? Json.object() : clientInfo);
    ObjectNode result = Json.object().put("protocolVersion", version);
    ObjectNode capabilities = capabilities();
    if (!inbound.session().canPush() && capabilities.get("resources") instanceof ObjectNode r) {
      r.put("subscribe", false);
    }
    result.set("capabilities", capabilities);
    result.set("serverInfo", info.toJson());
    Json.putIfPresent(result, "instructions", instructions);
    return result;
  }

  /** The capabilities advertised to clients: only what is registered and implemented. */
  public ObjectNode capabilities() {
    ObjectNode caps = Json.object();
    caps.set("logging", Json.object());
    if (!tools.all().isEmpty()) {
      caps.set("tools", Json.object().put("listChanged", toolsListChanged));
    }
    if (resources.any()) {
      caps.set("resources", Json.object().put("subscribe", true).put("listChanged", true));
    }
    if (prompts.any()) {
      caps.set("prompts", Json.object().put("listChanged", promptsListChanged));
    }
    if (prompts.completes()) {
      caps.set("completions", Json.object());
    }
    return caps;
  }

  private static ObjectNode setLevel(JsonNode params, McpSession session) {
    String level = Json.string(params, "level");
    session.logLevel(
        LogLevel.fromWire(level)
            .orElseThrow(
                () ->
                    McpException.invalidParams(
                        "Unknown log level; use debug, info, notice, warning, error, critical,"
                            + " alert or emergency")));
    return Json.object();
  }

  private void cancel(McpSession session, JsonNode params) {
    JsonNode requestId = params == null ? null : params.get("requestId");
    if (requestId == null) {
      return;
    }
    if (!JsonRpc.validId(requestId)) {
      return;
    }
    if (listens.cancel(session, idKey(requestId))) {
      return;
    }
    List<Call> calls = inFlight.get(new InFlight(session, idKey(requestId)));
    if (calls == null) {
      return;
    }
    if (calls.size() == 1) {
      calls.get(0).cancel();
    } else if (calls.size() > 1) {
      // Only in stateless mode: which client sent it cannot be told, so cancel none.
      LOG.warn("Ignoring an ambiguous cancellation: {} requests share its id", calls.size());
    }
  }

  private static String idKey(JsonNode id) {
    return JsonRpc.idKey(id);
  }

  private String reference() {
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private ObjectNode internalError(
      JsonNode id, String method, RuntimeException e, String reference) {
    LOG.error("Internal error {} while serving {}", reference, method, e);
    return JsonRpc.error(
        id, ErrorCodes.INTERNAL_ERROR, "Internal error (reference " + reference + ")", null);
  }

  /** Collects the server's features; everything is optional except the server info. */
  public static final class Builder {
    private final ServerInfo info;
    private String instructions;
    private final List<Tool> tools = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<ResourceTemplate> templates = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private Completion.Provider completions;
    private ToolAccess toolAccess = ToolAccess.ALLOW_ALL;
    private SubscriptionListener subscriptionListener = SubscriptionListener.NONE;
    private int pageSize = 100;
    private boolean validateOutput = true;
    private boolean toolsListChanged;
    private boolean promptsListChanged;
    private byte[] requestStateSecret;
    private Duration requestStateTtl = Duration.ofMinutes(10);
    private Duration clientInputTimeout = Duration.ofMinutes(5);
    private CacheHints cacheHints = CacheHints.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private int maxConcurrentCalls = DEFAULT_MAX_CONCURRENT_CALLS;

    private Builder(ServerInfo info) {
      this.info = info;
    }

    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    public Builder tools(List<Tool> tools) {
      this.tools.addAll(tools);
      return this;
    }

    public Builder tool(Tool tool) {
      this.tools.add(tool);
      return this;
    }

    public Builder resource(Resource resource) {
      this.resources.add(resource);
      return this;
    }

    public Builder resourceTemplate(ResourceTemplate template) {
      this.templates.add(template);
      return this;
    }

    public Builder prompt(Prompt prompt) {
      this.prompts.add(prompt);
      return this;
    }

    public Builder completions(Completion.Provider provider) {
      this.completions = provider;
      return this;
    }

    public Builder toolAccess(ToolAccess access) {
      this.toolAccess = access;
      return this;
    }

    public Builder subscriptionListener(SubscriptionListener listener) {
      this.subscriptionListener = listener;
      return this;
    }

    /** Items per page of the list methods (default 100). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be positive");
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Whether structured tool results are checked against the output schema (default on). */
    public Builder validateStructuredOutput(boolean validate) {
      this.validateOutput = validate;
      return this;
    }

    /**
     * Advertise {@code tools.listChanged}: the application calls {@link #notifyToolListChanged}.
     */
    public Builder toolsListChanged(boolean listChanged) {
      this.toolsListChanged = listChanged;
      return this;
    }

    /**
     * Advertise {@code prompts.listChanged}: the application calls {@link
     * #notifyPromptListChanged}.
     */
    public Builder promptsListChanged(boolean listChanged) {
      this.promptsListChanged = listChanged;
      return this;
    }

    /**
     * The secret that signs multi-round-trip request states (at least 32 bytes). Replicas sharing
     * it continue each other's requests; without one, a random per-process secret is used.
     */
    public Builder requestStateSecret(byte[] secret) {
      if (secret.length < RequestStates.MIN_SECRET_BYTES) {
        throw new IllegalArgumentException(
            "the request-state secret needs at least " + RequestStates.MIN_SECRET_BYTES + " bytes");
      }
      this.requestStateSecret = secret.clone();
      return this;
    }

    /** How long a client has to answer an input request in 2026-07-28 (default 10 minutes). */
    public Builder requestStateTtl(Duration ttl) {
      this.requestStateTtl = ttl;
      return this;
    }

    /** How long a 2025-11-25 handler waits for the client's answer (default 5 minutes). */
    public Builder clientInputTimeout(Duration timeout) {
      this.clientInputTimeout = timeout;
      return this;
    }

    /** Caching hints on 2026-07-28 list, read and discover results. */
    public Builder cacheHints(CacheHints hints) {
      this.cacheHints = hints;
      return this;
    }

    /**
     * Most requests served at once on the worker pool (tool calls, resource reads, prompts,
     * completions); one more gets a busy error at once. Default {@value
     * #DEFAULT_MAX_CONCURRENT_CALLS}.
     */
    public Builder maxConcurrentCalls(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
      }
      this.maxConcurrentCalls = max;
      return this;
    }

    /** The clock request states expire on (the server's clock, so tests can move it). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public McpServer build() {
      return new McpServer(this);
    }
  }
}
