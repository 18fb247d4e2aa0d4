package org.ilertmcp.mcp.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.ResourceTemplate;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code resources/*} methods. */
final class ResourceMethods {
  private final Map<String, Resource> byUri = new LinkedHashMap<>();
  private final List<Resource> resources;
  private final List<ResourceTemplate> templates;
  private final SubscriptionListener listener;
  private final int pageSize;

  ResourceMethods(
      List<Resource> resources,
      List<ResourceTemplate> templates,
      SubscriptionListener listener,
      int pageSize) {
    for (Resource resource : resources) {
      if (byUri.put(resource.uri(), resource) != null) {
        throw new IllegalArgumentException("Duplicate resource: " + resource.uri());
      }
    }
    this.resources = List.copyOf(resources);
    this.templates = List.copyOf(templates);
    this.listener = listener;
    this.pageSize = pageSize;
  }

  boolean any() {
    return !resources.isEmpty() || !templates.isEmpty();
  }

  List<ResourceTemplate> templates() {
    return templates;
  }

  ObjectNode list(JsonNode params) {
    return Pagination.page(resources, params, pageSize, "resources", Resource::toJson);
  }

  ObjectNode listTemplates(JsonNode params) {
    return Pagination.page(
        templates, params, pageSize, "resourceTemplates", ResourceTemplate::toJson);
  }

  ObjectNode read(JsonNode params, RequestContext context) {
    String uri = requireUri(params);
    List<ResourceContents> contents = contents(uri, context);
    ObjectNode result = Json.object();
    ArrayNode array = result.putArray("contents");
    contents.forEach(c -> array.add(c.toJson()));
    return result;
  }

  private List<ResourceContents> contents(String uri, RequestContext context) {
    Resource direct = byUri.get(uri);
    if (direct != null) {
      return direct.reader().read(context);
    }
    for (ResourceTemplate template : templates) {
      Optional<Map<String, String>> variables = template.match(uri);
      if (variables.isPresent()) {
        return template.reader().read(context, uri, variables.get());
      }
    }
    throw notFound(uri);
  }

  ObjectNode subscribe(JsonNode params, McpSession session, RequestContext context) {
    String uri = requireUri(params);
    if (!exists(uri)) {
      throw notFound(uri);
    }
    if (session.subscribe(uri)) {
      try {
        listener.subscribed(session, uri, context);
      } catch (RuntimeException e) {
        // A refused subscription must not stay recorded, or a retry would succeed silently.
        session.unsubscribe(uri);
        throw e;
      }
    }
    return Json.object();
  }

  /** Tells the application about a subscription made outside {@code resources/subscribe}. */
  void subscribed(McpSession session, String uri, RequestContext context) {
    listener.subscribed(session, uri, context);
  }

  ObjectNode unsubscribe(JsonNode params, McpSession session) {
    String uri = requireUri(params);
    if (session.unsubscribe(uri)) {
      listener.unsubscribed(session, uri);
    }
    return Json.object();
  }

  void sessionClosed(McpSession session) {
    listener.sessionClosed(session);
  }

  boolean exists(String uri) {
    return byUri.containsKey(uri) || templates.stream().anyMatch(t -> t.match(uri).isPresent());
  }

  private static String requireUri(JsonNode params) {
    String uri = Json.string(params, "uri");
    if (uri == null || uri.isBlank()) {
      throw McpException.invalidParams("params.uri is required");
    }
    return uri;
  }

  private static McpException notFound(String uri) {
    return new McpException(
        ErrorCodes.RESOURCE_NOT_FOUND,
        "Resource not found",
        Json.object().put("uri", JsonRpc.excerpt(uri, JsonRpc.MAX_ERROR_MESSAGE)));
  }
}
