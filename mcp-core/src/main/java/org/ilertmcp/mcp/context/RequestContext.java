package org.ilertmcp.mcp.context;

import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a tool, resource, prompt or completion handler may know about and do within the
 * request it serves.
 */
public interface RequestContext {

  /** The caller's raw {@code Authorization} value; opaque here, never to be logged. */
  Optional<String> credential();

  /** The session id, when the transport runs with sessions. */
  Optional<String> sessionId();

  /** The session or per-credential client state this request belongs to. */
  Session session();

  /** The protocol revision of this request. */
  String protocolVersion();

  /** An HTTP request header by case-insensitive name (always empty on stdio). */
  Optional<String> header(String name);

  /** A query parameter of the endpoint URL (always empty on stdio). */
  Optional<String> queryParameter(String name);

  /** The JSON-RPC id of the request being served. */
  JsonNode requestId();

  /** Reports progress if the client asked for it; values that do not increase are dropped. */
  void progress(double progress, Double total, String message);

  /** Sends a log notification if {@code level} is at or above the client's chosen level. */
  void log(LogLevel level, String logger, String message);

  /** Whether the client cancelled this request. */
  boolean isCancelled();

  /** Throws {@link CancelledException} if the client cancelled this request. */
  void throwIfCancelled();

  /** Runs {@code action} once when the client cancels this request (at once if it already has). */
  void onCancel(Runnable action);

  /**
   * Sends a request to the client (sampling, elicitation) on this request's stream and waits for
   * its result.
   *
   * @throws org.ilertmcp.mcp.jsonrpc.McpException when the client answers with an error or does not
   *     answer in time
   */
  JsonNode requestFromClient(String method, ObjectNode params, Duration timeout);

  /** Ends this request's SSE stream early; the client resumes it later (SEP-1699). */
  void closeStreamForPolling();
}
