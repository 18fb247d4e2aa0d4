package org.ilertmcp.mcp.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@link RequestContext} of one request being served. */
final class Call implements RequestContext {
  private final Inbound inbound;
  private final JsonNode requestId;
  private final JsonNode progressToken;
  private final ClientRequests clientRequests;
  private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;
  private double lastProgress = Double.NEGATIVE_INFINITY;

  Call(Inbound inbound, JsonNode requestId, JsonNode params, ClientRequests clientRequests) {
    this.inbound = inbound;
    this.requestId = requestId;
    ObjectNode meta = Json.objectOrNull(params, "_meta");
    JsonNode token = meta == null ? null : meta.get("progressToken");
    this.progressToken =
        token != null && (token.isString() || token.isIntegralNumber()) ? token : null;
    this.clientRequests = clientRequests;
  }

  @Override
  public Optional<String> credential() {
    return inbound.credential();
  }

  @Override
  public Optional<String> sessionId() {
    return inbound.session().id();
  }

  @Override
  public Session session() {
    return inbound.session();
  }

  @Override
  public String protocolVersion() {
    return inbound.protocolVersion();
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

  @Override
  public void log(LogLevel level, String logger, String message) {
    if (cancelled || level.compareTo(inbound.session().logLevel()) < 0) {
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
    return clientRequests.call(
        inbound.outbound(), inbound.session().credentialHash(), method, params, timeout, this);
  }

  @Override
  public void closeStreamForPolling() {
    inbound.outbound().closeForPolling();
  }
}
