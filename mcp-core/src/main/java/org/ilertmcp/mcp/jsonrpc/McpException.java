package org.ilertmcp.mcp.jsonrpc;

import java.util.List;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A protocol-level failure that becomes a JSON-RPC error envelope. Its message is sent to the
 * client as is, so it must never carry internal detail.
 */
public final class McpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient JsonNode data;

  public McpException(int code, String message) {
    this(code, message, null);
  }

  public McpException(int code, String message, JsonNode data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public int code() {
    return code;
  }

  public JsonNode data() {
    return data;
  }

  public static McpException invalidParams(String message) {
    return new McpException(ErrorCodes.INVALID_PARAMS, message);
  }

  public static McpException invalidRequest(String message) {
    return new McpException(ErrorCodes.INVALID_REQUEST, message);
  }

  public static McpException methodNotFound(String method) {
    return new McpException(
        ErrorCodes.METHOD_NOT_FOUND, "Method not found: " + JsonRpc.excerpt(method));
  }

  /** The client did not declare {@code capability}, which serving the request needs. */
  public static McpException missingCapability(String capability) {
    ObjectNode data = Json.object();
    data.putObject("requiredCapabilities").putObject(capability);
    return new McpException(
        ErrorCodes.MISSING_CLIENT_CAPABILITY,
        "This request needs the client capability \"" + capability + "\", which it did not declare",
        data);
  }

  /** The request speaks a protocol version this server does not; lists those it does. */
  public static McpException unsupportedVersion(String requested, List<String> supported) {
    ObjectNode data = Json.object();
    ArrayNode list = data.putArray("supported");
    supported.forEach(list::add);
    Json.putIfPresent(data, "requested", requested);
    return new McpException(
        ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
        "Unsupported protocol version "
            + (requested == null ? "(none)" : requested)
            + "; supported: "
            + String.join(", ", supported),
        data);
  }
}
