package org.ilertmcp.mcp.jsonrpc;

import tools.jackson.databind.JsonNode;

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
    return new McpException(ErrorCodes.METHOD_NOT_FOUND, "Method not found: " + method);
  }
}
