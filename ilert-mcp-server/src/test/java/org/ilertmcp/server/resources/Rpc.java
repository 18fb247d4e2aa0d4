package org.ilertmcp.server.resources;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.testing.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Any JSON-RPC method against the sandbox's dispatcher, with a demo key, in-process. */
public final class Rpc {
  private static final AtomicLong IDS = new AtomicLong();

  private Rpc() {}

  /** The JSON-RPC response ({@code result} or {@code error}). */
  public static JsonNode call(Sandbox sandbox, String key, String method, String paramsJson) {
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", IDS.incrementAndGet());
    request.put("method", method);
    request.set("params", Json.parse(paramsJson));
    Optional<String> credential = Optional.of("Bearer " + key);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    return sandbox
        .server()
        .mcp()
        .handleRequest(request, Inbound.of(session, credential, Outbound.NONE));
  }

  /** The {@code result}, failing on a protocol error. */
  public static JsonNode result(Sandbox sandbox, String key, String method, String paramsJson) {
    JsonNode response = call(sandbox, key, method, paramsJson);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  /** resources/read of one URI: the parsed JSON of its single text content. */
  public static JsonNode read(Sandbox sandbox, String key, String uri) {
    JsonNode contents =
        result(sandbox, key, "resources/read", "{\"uri\":\"" + uri + "\"}").path("contents");
    if (contents.size() != 1) {
      throw new AssertionError("expected one content for " + uri + ": " + contents);
    }
    JsonNode content = contents.get(0);
    if (!uri.equals(content.path("uri").asString())
        || !"application/json".equals(content.path("mimeType").asString())) {
      throw new AssertionError("unexpected content header for " + uri + ": " + content);
    }
    return Json.parse(content.path("text").asString());
  }
}
