package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;

/**
 * Replaces Jetty's HTML error pages (unknown paths, malformed HTTP) with a JSON-RPC envelope that
 * names only the status, never an exception.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final String mcpPath;

  /**
   * @param mcpPath the MCP endpoint, named in the answer to an unknown path
   */
  JsonErrorHandler(String mcpPath) {
    this.mcpPath = mcpPath;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    String message =
        status == 404
            ? "Not found; MCP clients connect to " + mcpPath + "."
            : "HTTP error " + status;
    int code = status >= 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.INVALID_REQUEST;
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    byte[] body = Json.writeBytes(JsonRpc.error(null, code, message, null));
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
