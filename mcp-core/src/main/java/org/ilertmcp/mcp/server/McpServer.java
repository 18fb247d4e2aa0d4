package org.ilertmcp.mcp.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

  private final ServerInfo info;
  private final String instructions;
  private final ToolMethods tools;
  private final ResourceMethods resources;
  private final PromptMethods prompts;
  private final ClientRequests clientRequests = new ClientRequests();
  private final Map<InFlight, List<Call>> inFlight = new ConcurrentHashMap<>();
  private final Set<McpSession> sessions = ConcurrentHashMap.newKeySet();
  private final SecureRandom random = new SecureRandom();

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
   * Serves one request; returns its response, or {@code null} if the client cancelled it. While it
   * runs, the logging MDC holds a fresh {@value #CORRELATION_ID} that an internal error's message
   * names, so the client's reference finds the request's log lines.
   */
  public ObjectNode handleRequest(ObjectNode request, Inbound inbound) {
    JsonNode id = request.get("id");
    String method = request.get("method").stringValue();
    JsonNode params = request.get("params");
    Call call = new Call(inbound, id, params, clientRequests);
    InFlight key = new InFlight(inbound.session(), idKey(id));
    inFlight.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(call);
    inbound.session().touch();
    String reference = reference();
    String previous = MDC.get(CORRELATION_ID);
    MDC.put(CORRELATION_ID, reference);
    try {
      JsonNode result = dispatch(method, params, call, inbound);
      return call.isCancelled() ? null : JsonRpc.result(id, result);
    } catch (CancelledException e) {
      return null;
    } catch (McpException e) {
      return call.isCancelled() ? null : JsonRpc.error(id, e);
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
  }

  /** Tells every session that can be notified that the resource list changed. */
  public void notifyResourceListChanged() {
    ObjectNode message = JsonRpc.notification("notifications/resources/list_changed", null);
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
      case "resources/subscribe" -> resources.subscribe(params, inbound.session(), call);
      case "resources/unsubscribe" -> resources.unsubscribe(params, inbound.session());
      case "prompts/list" -> prompts.list(params);
      case "prompts/get" -> prompts.get(params, call);
      case "completion/complete" -> prompts.complete(params, call);
      default -> throw McpException.methodNotFound(method);
    };
  }

  private ObjectNode initialize(JsonNode params, Inbound inbound) {
    String requested = Json.string(params, "protocolVersion");
    if (requested == null) {
      throw McpException.invalidParams("initialize needs params.protocolVersion");
    }
    ObjectNode capabilities = Json.objectOrNull(params, "capabilities");
    ObjectNode clientInfo = Json.objectOrNull(params, "clientInfo");
    String version = ProtocolVersions.negotiate(requested);
    inbound
        .session()
        .initialize(
            version,
            capabilities == null ? Json.object() : capabilities,
            clientInfo == null ? Json.object() : clientInfo);
    ObjectNode result = Json.object().put("protocolVersion", version);
    result.set("capabilities", capabilities());
    result.set("serverInfo", info.toJson());
    Json.putIfPresent(result, "instructions", instructions);
    return result;
  }

  /** The capabilities advertised to clients: only what is registered and implemented. */
  public ObjectNode capabilities() {
    ObjectNode caps = Json.object();
    caps.set("logging", Json.object());
    if (!tools.all().isEmpty()) {
      caps.set("tools", Json.object().put("listChanged", false));
    }
    if (resources.any()) {
      caps.set("resources", Json.object().put("subscribe", true).put("listChanged", true));
    }
    if (prompts.any()) {
      caps.set("prompts", Json.object().put("listChanged", false));
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
    if (!requestId.isString() && !requestId.isIntegralNumber()) {
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

  /** A request id as a map key without serializing it: ids are strings or integers. */
  private static String idKey(JsonNode id) {
    return id.isString() ? "s:" + id.stringValue() : "n:" + id.asString();
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

    public McpServer build() {
      return new McpServer(this);
    }
  }
}
