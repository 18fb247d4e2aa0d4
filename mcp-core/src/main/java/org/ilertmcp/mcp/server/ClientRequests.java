package org.ilertmcp.mcp.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Requests this server sends to clients (sampling, elicitation), awaiting their responses. Ids are
 * unguessable so a response is routed without a session, and only a caller with the same credential
 * may answer.
 */
final class ClientRequests {
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private record Pending(String credentialHash, CompletableFuture<ObjectNode> response) {}

  /** Sends a request through {@code send} and waits for its result. */
  JsonNode call(
      Outbound outbound,
      String credentialHash,
      String method,
      ObjectNode params,
      Duration timeout,
      RequestContext context) {
    String id = newId();
    Pending entry = new Pending(credentialHash, new CompletableFuture<>());
    pending.put(id, entry);
    context.onCancel(() -> entry.response().cancel(false));
    try {
      outbound.send(JsonRpc.request(StringNode.valueOf(id), method, params));
      ObjectNode response = entry.response().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return unwrap(method, response);
    } catch (TimeoutException e) {
      throw new McpException(
          ErrorCodes.INTERNAL_ERROR, "The client did not answer " + method + " in time");
    } catch (java.util.concurrent.CancellationException e) {
      throw new CancelledException();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      throw new McpException(ErrorCodes.INTERNAL_ERROR, "The client could not answer " + method);
    } finally {
      pending.remove(id);
    }
  }

  /** Routes a client's response; returns false when nothing waits for it. */
  boolean complete(JsonNode id, String credentialHash, ObjectNode response) {
    if (id == null || !id.isString()) {
      return false;
    }
    Pending entry = pending.get(id.stringValue());
    if (entry == null || !entry.credentialHash().equals(credentialHash)) {
      return false;
    }
    return entry.response().complete(response);
  }

  private static JsonNode unwrap(String method, ObjectNode response) {
    JsonNode error = response.get("error");
    if (error != null) {
      String message = Json.string(error, "message");
      throw new McpException(
          ErrorCodes.INTERNAL_ERROR,
          "The client refused " + method + (message == null ? "" : ": " + message));
    }
    JsonNode result = response.get("result");
    return result == null ? Json.object() : result;
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return "s-" + HexFormat.of().formatHex(bytes);
  }
}
