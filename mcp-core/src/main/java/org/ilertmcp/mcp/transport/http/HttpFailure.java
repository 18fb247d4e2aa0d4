package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;

/** A request refused before or instead of dispatch: an HTTP status and a JSON-RPC error. */
final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final int code;
  private final transient JsonNode id;
  private final transient JsonNode data;
  private final int retryAfterSeconds;

  HttpFailure(int status, int code, String message, JsonNode id) {
    this(status, code, message, id, null, 0);
  }

  private HttpFailure(
      int status, int code, String message, JsonNode id, JsonNode data, int retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.id = id;
    this.data = data;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A refusal that tells the client when to try again ({@code Retry-After}). */
  static HttpFailure retryLater(int status, int code, String message, int retryAfterSeconds) {
    return new HttpFailure(
        status,
        code,
        message,
        null,
        Json.object().put("retryAfterSeconds", retryAfterSeconds),
        retryAfterSeconds);
  }

  /** {@code e} answered with {@code status}, keeping its code, message and data. */
  static HttpFailure of(int status, McpException e, JsonNode id) {
    return new HttpFailure(status, e.code(), e.getMessage(), id, e.data(), 0);
  }

  /** The same refusal naming the request {@code requestId}, unless it names one already. */
  HttpFailure withId(JsonNode requestId) {
    if (id != null || requestId == null) {
      return this;
    }
    return new HttpFailure(status, code, getMessage(), requestId, data, retryAfterSeconds);
  }

  /** A fixed name for why the request was refused, for metrics. */
  String reason() {
    String message = getMessage();
    return switch (status) {
      case 401 -> "unauthorized";
      case 403 ->
          message.startsWith("Host")
              ? "host_not_allowed"
              : message.startsWith("Origin") ? "origin_not_allowed" : "session_of_another_key";
      case 404 -> "session_not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 413 -> "body_too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "too_many_sessions_of_key";
      case 503 -> code == ErrorCodes.UNAVAILABLE ? "shutting_down" : "too_many_sessions";
      default ->
          switch (code) {
            case ErrorCodes.SESSION_ERROR -> "session_id_missing";
            case ErrorCodes.PARSE_ERROR -> "parse_error";
            case ErrorCodes.HEADER_MISMATCH -> "header_mismatch";
            case ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION -> "unsupported_protocol_version";
            case ErrorCodes.INVALID_PARAMS -> "invalid_request_metadata";
            default -> "invalid_request";
          };
    };
  }

  int status() {
    return status;
  }

  void send(Response response, Callback callback) {
    response.setStatus(status);
    if (status == 401) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
    }
    if (retryAfterSeconds > 0) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfterSeconds));
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    byte[] body = Json.writeBytes(JsonRpc.error(id, code, getMessage(), data));
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
