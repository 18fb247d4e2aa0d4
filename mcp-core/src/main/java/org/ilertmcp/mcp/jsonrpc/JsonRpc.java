package org.ilertmcp.mcp.jsonrpc;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Builders and classification for JSON-RPC 2.0 messages. */
public final class JsonRpc {
  public static final String VERSION = "2.0";

  private JsonRpc() {}

  /** What a single incoming JSON-RPC message is. */
  public enum Kind {
    REQUEST,
    NOTIFICATION,
    RESPONSE
  }

  /**
   * Classifies a message, rejecting anything that is not a well-formed JSON-RPC 2.0 object.
   *
   * @throws McpException with {@link ErrorCodes#INVALID_REQUEST} when malformed
   */
  public static Kind classify(JsonNode message) {
    if (!(message instanceof ObjectNode)) {
      throw McpException.invalidRequest(
          message != null && message.isArray()
              ? "Batch requests are not supported; send one JSON-RPC message per request"
              : "A JSON-RPC message must be a JSON object");
    }
    if (!VERSION.equals(Json.string(message, "jsonrpc"))) {
      throw McpException.invalidRequest("jsonrpc must be \"2.0\"");
    }
    JsonNode id = message.get("id");
    boolean hasMethod = message.has("method");
    if (hasMethod) {
      if (!message.get("method").isString()) {
        throw McpException.invalidRequest("method must be a string");
      }
      JsonNode params = message.get("params");
      if (params != null && !params.isObject() && !params.isNull()) {
        throw McpException.invalidRequest("params must be an object");
      }
      if (id == null) {
        return Kind.NOTIFICATION;
      }
      requireValidId(id);
      return Kind.REQUEST;
    }
    if (message.has("result") || message.has("error")) {
      if (id == null) {
        throw McpException.invalidRequest("A response must carry an id");
      }
      return Kind.RESPONSE;
    }
    throw McpException.invalidRequest("Not a JSON-RPC request, notification or response");
  }

  private static void requireValidId(JsonNode id) {
    boolean valid = id.isString() || id.isIntegralNumber();
    if (!valid) {
      throw McpException.invalidRequest("id must be a string or an integer");
    }
  }

  public static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode out = Json.object();
    out.put("jsonrpc", VERSION);
    out.set("id", id);
    out.set("result", result);
    return out;
  }

  public static ObjectNode error(JsonNode id, int code, String message, JsonNode data) {
    ObjectNode error = Json.object();
    error.put("code", code);
    error.put("message", message);
    if (data != null) {
      error.set("data", data);
    }
    ObjectNode out = Json.object();
    out.put("jsonrpc", VERSION);
    out.set("id", id == null ? NullNode.getInstance() : id);
    out.set("error", error);
    return out;
  }

  public static ObjectNode error(JsonNode id, McpException e) {
    return error(id, e.code(), e.getMessage(), e.data());
  }

  public static ObjectNode notification(String method, JsonNode params) {
    ObjectNode out = Json.object();
    out.put("jsonrpc", VERSION);
    out.put("method", method);
    if (params != null) {
      out.set("params", params);
    }
    return out;
  }

  public static ObjectNode request(JsonNode id, String method, JsonNode params) {
    ObjectNode out = notification(method, params);
    out.set("id", id);
    return out;
  }
}
