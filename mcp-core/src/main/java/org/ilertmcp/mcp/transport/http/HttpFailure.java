package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.mcp.json.Json;
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

  HttpFailure(int status, int code, String message, JsonNode id) {
    this(status, code, message, id, null);
  }

  private HttpFailure(int status, int code, String message, JsonNode id, JsonNode data) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.id = id;
    this.data = data;
  }

  /** {@code e} answered with {@code status}, keeping its code, message and data. */
  static HttpFailure of(int status, McpException e, JsonNode id) {
    return new HttpFailure(status, e.code(), e.getMessage(), id, e.data());
  }

  void send(Response response, Callback callback) {
    response.setStatus(status);
    if (status == 401) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    byte[] body = Json.writeBytes(JsonRpc.error(id, code, getMessage(), data));
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
