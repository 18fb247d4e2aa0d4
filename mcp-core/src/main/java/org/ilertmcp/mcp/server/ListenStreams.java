package org.ilertmcp.mcp.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code subscriptions/listen} (2026-07-28): a request whose response stream stays open and carries
 * the change notifications the client opted in to, each tagged with the listen request's id. Each
 * stream is a session of its own that receives only what it asked for; it ends when the client
 * closes the stream (HTTP) or cancels the request (stdio), or the connection ends.
 */
final class ListenStreams {
  private static final Logger LOG = LoggerFactory.getLogger(ListenStreams.class);

  /** Most resource URIs one stream may watch; more are left out of the acknowledgement. */
  static final int MAX_RESOURCES_PER_STREAM = 100;

  static final String TOOLS_CHANGED = "notifications/tools/list_changed";
  static final String PROMPTS_CHANGED = "notifications/prompts/list_changed";
  static final String RESOURCES_CHANGED = "notifications/resources/list_changed";
  static final String RESOURCE_UPDATED = "notifications/resources/updated";

  private record Key(McpSession connection, String id) {}

  private final McpServer server;
  private final ResourceMethods resources;
  private final Map<Key, McpSession> open = new ConcurrentHashMap<>();

  ListenStreams(McpServer server, ResourceMethods resources) {
    this.server = server;
    this.resources = resources;
  }

  /**
   * Opens a stream for {@code call}: acknowledges the honoured part of the filter and keeps the
   * request open.
   */
  void open(String idKey, JsonNode params, Call call, Inbound inbound, ObjectNode capabilities) {
    JsonNode filterNode = params == null ? null : params.get("notifications");
    if (filterNode != null && !filterNode.isObject()) {
      throw McpException.invalidParams("params.notifications must be an object");
    }
    ObjectNode filter = filterNode == null ? Json.object() : (ObjectNode) filterNode;
    Outbound out = inbound.outbound();
    if (!out.hold()) {
      throw McpException.invalidRequest("This transport cannot keep a subscription stream open");
    }
    McpSession listener =
        new McpSession(null, inbound.session().credentialHash(), call.protocolVersion());
    listener.initialize(
        call.protocolVersion(), call.session().clientCapabilities(), call.session().clientInfo());
    ObjectNode honoured = Json.object();
    Set<String> wanted = new HashSet<>();
    optIn(
        filter,
        honoured,
        wanted,
        "toolsListChanged",
        TOOLS_CHANGED,
        listChanged(capabilities, "tools"));
    optIn(
        filter,
        honoured,
        wanted,
        "promptsListChanged",
        PROMPTS_CHANGED,
        listChanged(capabilities, "prompts"));
    optIn(
        filter,
        honoured,
        wanted,
        "resourcesListChanged",
        RESOURCES_CHANGED,
        listChanged(capabilities, "resources"));
    List<String> watched = subscribe(listener, filter.get("resourceSubscriptions"), call);
    if (!watched.isEmpty()) {
      ArrayNode uris = honoured.putArray("resourceSubscriptions");
      watched.forEach(uris::add);
      wanted.add(RESOURCE_UPDATED);
    }
    JsonNode id = call.requestId();
    ObjectNode ack = Json.object();
    ack.set("notifications", honoured);
    // Registered before the acknowledgement goes out, so nothing that happens once the client
    // sees it is missed; whatever comes earlier waits until the acknowledgement is written.
    List<ObjectNode> early = new ArrayList<>();
    boolean[] acknowledged = {false};
    listener.notifyOnly(wanted::contains);
    listener.notifier(
        message -> {
          synchronized (early) {
            if (!acknowledged[0]) {
              early.add(message);
              return;
            }
          }
          out.send(tag(message, id));
        });
    Key key = new Key(inbound.session(), idKey);
    open.put(key, listener);
    server.sessionOpened(listener);
    synchronized (early) {
      out.send(tag(JsonRpc.notification("notifications/subscriptions/acknowledged", ack), id));
      early.forEach(message -> out.send(tag(message, id)));
      acknowledged[0] = true;
    }
    out.onClientGone(() -> close(key));
  }

  private List<String> subscribe(McpSession listener, JsonNode uris, Call call) {
    List<String> watched = new ArrayList<>();
    if (uris == null || uris.isNull()) {
      return watched;
    }
    if (!uris.isArray()) {
      throw McpException.invalidParams("notifications.resourceSubscriptions must be an array");
    }
    for (JsonNode node : uris) {
      String uri = node.isString() ? node.stringValue() : null;
      if (uri == null
          || watched.size() >= MAX_RESOURCES_PER_STREAM
          || !resources.exists(uri)
          || !listener.subscribe(uri)) {
        continue;
      }
      try {
        resources.subscribed(listener, uri, call);
        watched.add(uri);
      } catch (RuntimeException e) {
        listener.unsubscribe(uri); // refused (a limit): left out of the acknowledgement
        LOG.debug("Subscription to a resource refused: {}", e.getMessage());
      }
    }
    return watched;
  }

  /** Ends the stream a client cancels by request id (stdio). Returns whether one was open. */
  boolean cancel(McpSession connection, String idKey) {
    return close(new Key(connection, idKey));
  }

  /** Ends every stream opened on a connection that ended. */
  void closeAll(McpSession connection) {
    open.keySet().stream().filter(k -> k.connection() == connection).forEach(this::close);
  }

  private boolean close(Key key) {
    McpSession listener = open.remove(key);
    if (listener == null) {
      return false;
    }
    server.sessionClosed(listener);
    return true;
  }

  private static void optIn(
      ObjectNode filter,
      ObjectNode honoured,
      Set<String> wanted,
      String flag,
      String method,
      boolean offered) {
    if (offered && filter.path(flag).asBoolean(false)) {
      honoured.put(flag, true);
      wanted.add(method);
    }
  }

  private static boolean listChanged(ObjectNode capabilities, String feature) {
    return capabilities.path(feature).path("listChanged").asBoolean(false);
  }

  /** A copy of {@code message} carrying the subscription id in {@code params._meta}. */
  static ObjectNode tag(ObjectNode message, JsonNode id) {
    ObjectNode copy = message.deepCopy();
    ObjectNode params = Json.objectOrNull(copy, "params");
    if (params == null) {
      params = copy.putObject("params");
    }
    ObjectNode meta = Json.objectOrNull(params, "_meta");
    if (meta == null) {
      meta = params.putObject("_meta");
    }
    meta.set(RequestMeta.SUBSCRIPTION_ID, id);
    return copy;
  }
}
