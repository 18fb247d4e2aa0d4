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

  /**
   * Implementation-defined: the server cannot take the request now (every worker busy, or shutting
   * down) or stopped it unfinished; {@code data.retryAfterSeconds} says when to try again.
   */
  public static final int UNAVAILABLE = -32005;

  /**
   * MCP 2025-11-25 and earlier: the requested resource does not exist (-32602 since 2026-07-28).
   */
  public static final int RESOURCE_NOT_FOUND = -32002;

  /** MCP 2026-07-28: the HTTP headers do not match the body, or a required header is missing. */
  public static final int HEADER_MISMATCH = -32020;

  /** MCP 2026-07-28: serving the request needs a capability the client did not declare. */
  public static final int MISSING_CLIENT_CAPABILITY = -32021;

  /** MCP 2026-07-28: the request's protocol version is not one this server speaks. */
  public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

  private ErrorCodes() {}
}
