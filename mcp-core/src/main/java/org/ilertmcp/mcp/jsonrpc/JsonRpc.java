package org.ilertmcp.mcp.jsonrpc;

import java.math.BigDecimal;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Builders and classification for JSON-RPC 2.0 messages. */
public final class JsonRpc {
  public static final String VERSION = "2.0";

  /** Longest error message on the wire; longer ones are cut (they echo the client's input). */
  public static final int MAX_ERROR_MESSAGE = 1000;

  /** Largest error {@code data} on the wire, serialized; larger data is left out. */
  public static final int MAX_ERROR_DATA_BYTES = 4096;

  /** Most characters of the client's input an error message repeats. */
  public static final int INPUT_EXCERPT = 100;

  /** Most digits a numeric id may have. */
  private static final int MAX_ID_DIGITS = 40;

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
    if (!validId(id)) {
      throw McpException.invalidRequest("id must be a string or an integer");
    }
  }

  /**
   * Whether {@code id} is a request id MCP allows: a string, or a number with an integral value
   * ({@code 7}, {@code 1e3}, {@code 1.0}), including one kept as sent by {@link Json#parseMessage}.
   */
  public static boolean validId(JsonNode id) {
    if (id == null) {
      return false;
    }
    if (id.isString()) {
      return true;
    }
    if (Json.isExactNumber(id)) {
      return integral(Json.exactNumber(id));
    }
    if (!id.isNumber() || (id.isFloatingPointNumber() && !Double.isFinite(id.asDouble()))) {
      return false;
    }
    return integral(id.decimalValue());
  }

  /**
   * The id an error about {@code message} carries: its id when that is valid, else {@code null} (a
   * missing or invalid id, or no JSON object at all), as JSON-RPC 2.0 asks.
   */
  public static JsonNode replyId(JsonNode message) {
    JsonNode id = message instanceof ObjectNode ? message.get("id") : null;
    return validId(id) ? id : null;
  }

  /**
   * A valid id as a map key: strings by their text, numbers by their value, so that {@code 1e3} and
   * {@code 1000} name the same request.
   */
  public static String idKey(JsonNode id) {
    if (id.isString()) {
      return "s:" + id.stringValue();
    }
    BigDecimal value = Json.isExactNumber(id) ? Json.exactNumber(id) : id.decimalValue();
    return "n:" + value.stripTrailingZeros().toPlainString();
  }

  /** An integral value of at most {@value #MAX_ID_DIGITS} digits (no 1e999999999). */
  private static boolean integral(BigDecimal value) {
    if (value == null) {
      return false;
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 && v.precision() - v.scale() <= MAX_ID_DIGITS;
  }

  public static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode out = Json.object();
    out.put("jsonrpc", VERSION);
    out.set("id", id);
    out.set("result", result);
    return out;
  }

  /**
   * An error response. The message is cut to {@value #MAX_ERROR_MESSAGE} characters and {@code
   * data} larger than {@value #MAX_ERROR_DATA_BYTES} bytes is left out, so an error stays small
   * whatever input it describes.
   */
  public static ObjectNode error(JsonNode id, int code, String message, JsonNode data) {
    ObjectNode error = Json.object();
    error.put("code", code);
    error.put("message", excerpt(message, MAX_ERROR_MESSAGE));
    if (data != null && Json.writeBytes(data).length <= MAX_ERROR_DATA_BYTES) {
      error.set("data", data);
    }
    ObjectNode out = Json.object();
    out.put("jsonrpc", VERSION);
    out.set("id", id == null ? NullNode.getInstance() : id);
    out.set("error", error);
    return out;
  }

  /**
   * {@code text} if it has at most {@code max} characters, else its start and how much was left
   * out: how an error repeats what the client sent.
   */
  public static String excerpt(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "… (" + (text.length() - end) + " more characters)";
  }

  /** {@code text} cut to {@value #INPUT_EXCERPT} characters, see {@link #excerpt(String, int)}. */
  public static String excerpt(String text) {
    return excerpt(text, INPUT_EXCERPT);
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
