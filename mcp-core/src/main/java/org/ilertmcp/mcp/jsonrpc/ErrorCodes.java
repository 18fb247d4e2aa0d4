package org.ilertmcp.mcp.jsonrpc;

/** JSON-RPC 2.0 and MCP error codes used on the wire. */
public final class ErrorCodes {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;

  /** Implementation-defined: the HTTP request carried no usable credential. */
  public static final int UNAUTHORIZED = -32001;

  /** Implementation-defined: the session is unknown, expired, or bound to another credential. */
  public static final int SESSION_ERROR = -32000;

  /** Implementation-defined: the request was refused by a transport limit (size, sessions). */
  public static final int LIMIT_EXCEEDED = -32003;

  /**
   * Implementation-defined: a service this server relies on failed, was too slow or refused the
   * request (rate limit, outage, unusable answer); the message says what to do.
   */
  public static final int UPSTREAM_ERROR = -32004;

  /** MCP: the requested resource does not exist. */
  public static final int RESOURCE_NOT_FOUND = -32002;

  private ErrorCodes() {}
}
