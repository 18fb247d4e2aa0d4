package org.ilertmcp.mcp.testing;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 2026-07-28 requests over {@link RawHttp}: the per-request {@code _meta} and the mirrored headers
 * a conforming client sends, each of which a test may leave out or falsify.
 */
public final class ModernHttp {
  public static final String VERSION = "2026-07-28";

  private final RawHttp raw;
  private final String authorization;

  public ModernHttp(RawHttp raw, String authorization) {
    this.raw = raw;
    this.authorization = authorization;
  }

  /** A request body with {@code _meta} for a client with {@code capabilities}. */
  public static ObjectNode body(
      Object id, String method, ObjectNode params, ObjectNode capabilities) {
    ObjectNode body = Json.object().put("jsonrpc", "2.0").put("method", method);
    body.set("id", Json.tree(id));
    ObjectNode p = params == null ? Json.object() : params.deepCopy();
    ObjectNode meta = p.has("_meta") ? (ObjectNode) p.get("_meta") : p.putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", VERSION);
    meta.set("io.modelcontextprotocol/clientCapabilities", capabilities);
    meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "raw").put("version", "1");
    body.set("params", p);
    return body;
  }

  /** The headers a conforming client sends for {@code body}. */
  public Map<String, String> headers(ObjectNode body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    headers.put("MCP-Protocol-Version", VERSION);
    String method = body.path("method").asString();
    headers.put("Mcp-Method", method);
    JsonNode params = body.path("params");
    String name =
        switch (method) {
          case "tools/call", "prompts/get" -> params.path("name").asString(null);
          case "resources/read" -> params.path("uri").asString(null);
          default -> null;
        };
    if (name != null) {
      headers.put("Mcp-Name", name);
    }
    return headers;
  }

  /** Sends {@code body} with the conforming headers, changed by {@code overrides}. */
  public HttpResponse<String> post(ObjectNode body, Map<String, String> overrides)
      throws IOException, InterruptedException {
    Map<String, String> headers = headers(body);
    overrides.forEach(
        (name, value) -> {
          headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
          if (value != null) {
            headers.put(name, value);
          }
        });
    return raw.post(Json.write(body), headers);
  }

  public HttpResponse<String> post(ObjectNode body) throws IOException, InterruptedException {
    return post(body, Map.of());
  }

  /** Sends a request for a client without capabilities and returns its JSON-RPC message. */
  public JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
    return RawHttp.message(post(body(1, method, params, Json.object())));
  }
}
