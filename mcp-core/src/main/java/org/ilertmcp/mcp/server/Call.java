package org.ilertmcp.mcp.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.InputRequest;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link RequestContext} of one request being served. In the 2025-11-25 era it speaks for the
 * session; in the 2026-07-28 era ({@code meta != null}) everything about the client comes from the
 * request itself, and client input travels as {@code input_required} results.
 */
final class Call implements RequestContext {
  private final Inbound inbound;
  private final JsonNode requestId;
  private final JsonNode progressToken;
  private final ClientRequests clientRequests;
  private final RequestMeta meta;
  private final Session view;
  private final Duration clientInputTimeout;
  private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;
  private volatile InputRound round;
  private double lastProgress = Double.NEGATIVE_INFINITY;

  Call(
      Inbound inbound,
      JsonNode requestId,
      JsonNode params,
      ClientRequests clientRequests,
      RequestMeta meta,
      Duration clientInputTimeout) {
    this.inbound = inbound;
    this.requestId = requestId;
    ObjectNode metaNode = Json.objectOrNull(params, "_meta");
    JsonNode token = metaNode == null ? null : metaNode.get("progressToken");
    this.progressToken =
        token != null && (token.isString() || token.isIntegralNumber()) ? token : null;
    this.clientRequests = clientRequests;
    this.meta = meta;
    this.view = meta == null ? inbound.session() : requestView(inbound.session(), meta);
    this.clientInputTimeout = clientInputTimeout;
  }

  /** A session-shaped view of what a stateless request says about its client. */
  private static Session requestView(McpSession connection, RequestMeta meta) {
    McpSession view = new McpSession(null, connection.credentialHash(), meta.protocolVersion());
    view.initialize(meta.protocolVersion(), meta.clientCapabilities(), meta.clientInfo());
    meta.logLevel().ifPresent(view::logLevel);
    return view;
  }

  /** Lets this request ask for client input through multi-round-trip results (2026-07-28). */
  void allowInput(InputRound round) {
    this.round = round;
  }

  InputRound round() {
    return round;
  }

  @Override
  public Optional<String> credential() {
    return inbound.credential();
  }

  @Override
  public Optional<String> sessionId() {
    return view.id();
  }

  @Override
  public Session session() {
    return view;
  }

  @Override
  public String protocolVersion() {
    return meta == null ? inbound.protocolVersion() : meta.protocolVersion();
  }

  @Override
  public Optional<String> header(String name) {
    return inbound.headers().apply(name);
  }

  @Override
  public Optional<String> queryParameter(String name) {
    return inbound.queryParameters().apply(name);
  }

  @Override
  public JsonNode requestId() {
    return requestId;
  }

  @Override
  public synchronized void progress(double progress, Double total, String message) {
    if (progressToken == null || cancelled || progress <= lastProgress) {
      return;
    }
    lastProgress = progress;
    ObjectNode params = Json.object();
    params.set("progressToken", progressToken);
    params.put("progress", progress);
    Json.putIfPresent(params, "total", total);
    Json.putIfPresent(params, "message", message);
    inbound.outbound().send(JsonRpc.notification("notifications/progress", params));
  }

  /** How far a still-working notice moves progress on: far below the handler's own steps. */
  private static final double NOTICE_STEP = 0.001;

  @Override
  public void stillWorking(String message) {
    double next;
    synchronized (this) {
      next = Math.max(lastProgress, 0) + NOTICE_STEP;
    }
    progress(next, null, message);
  }

  @Override
  public void log(LogLevel level, String logger, String message) {
    // 2026-07-28: no log notifications unless this request asked for them.
    LogLevel threshold = meta == null ? view.logLevel() : meta.logLevel().orElse(null);
    if (cancelled || threshold == null || level.compareTo(threshold) < 0) {
      return;
    }
    ObjectNode params = Json.object().put("level", level.wireName());
    Json.putIfPresent(params, "logger", logger);
    params.put("data", message);
    inbound.outbound().send(JsonRpc.notification("notifications/message", params));
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancelledException();
    }
  }

  @Override
  public void onCancel(Runnable action) {
    cancelActions.add(action);
    if (cancelled && cancelActions.remove(action)) {
      action.run();
    }
  }

  void cancel() {
    cancelled = true;
    for (Runnable action : cancelActions) {
      if (cancelActions.remove(action)) {
        action.run();
      }
    }
  }

  @Override
  public JsonNode requestFromClient(String method, ObjectNode params, Duration timeout) {
    if (meta != null) {
      throw McpException.invalidRequest(
          "2026-07-28 has no server-to-client requests; ask with input() instead");
    }
    return clientRequests.call(
        inbound.outbound(), inbound.session().credentialHash(), method, params, timeout, this);
  }

  @Override
  public boolean clientSupports(String capability) {
    return view.clientCapabilities().has(capability);
  }

  @Override
  public Map<String, JsonNode> input(Map<String, InputRequest> requests) {
    for (InputRequest request : requests.values()) {
      if (!clientSupports(request.capability())) {
        throw McpException.missingCapability(request.capability());
      }
    }
    if (meta != null) {
      InputRound current = round;
      if (current == null) {
        throw McpException.invalidRequest(
            "Only tools/call, prompts/get and resources/read can ask the client for input");
      }
      return current.answer(requests);
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    requests.forEach(
        (key, request) -> {
          ObjectNode params = request.params().deepCopy();
          if (!ProtocolVersions.V2025_11_25.equals(view.protocolVersion())) {
            params.remove("mode"); // form mode is the only mode before 2025-11-25
          }
          JsonNode answer =
              clientRequests.call(
                  inbound.outbound(),
                  inbound.session().credentialHash(),
                  request.method(),
                  params,
                  clientInputTimeout,
                  this);
          request.checkAnswer(key, answer);
          answers.put(key, answer);
        });
    return answers;
  }

  @Override
  public void closeStreamForPolling() {
    inbound.outbound().closeForPolling();
  }
}
