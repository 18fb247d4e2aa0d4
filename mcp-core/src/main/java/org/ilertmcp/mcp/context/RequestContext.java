package org.ilertmcp.mcp.context;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.jsonrpc.McpException;
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

  /**
   * Tells a client that asked for progress that this request is still working, with a progress
   * value just above the last one reported: clients that reset their timeout on progress keep
   * waiting while the handler waits on another service. Does nothing by default.
   */
  default void stillWorking(String message) {}

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
   * its result: the 2025-11-25 mechanism. Prefer {@link #input}, which works in both eras.
   *
   * @throws McpException when the client answers with an error or does not answer in time
   */
  JsonNode requestFromClient(String method, ObjectNode params, Duration timeout);

  /** Whether the client declared {@code capability} (see {@link InputRequest#ELICITATION}). */
  default boolean clientSupports(String capability) {
    return session().clientCapabilities().has(capability);
  }

  /**
   * Gets answers from the client, one per key, in whichever way the request's protocol era
   * provides: in 2025-11-25 the server sends each request to the client and waits (elicitation and
   * sampling need an SSE-capable request); in 2026-07-28 the first call ends with an {@code
   * input_required} result (this method throws {@link InputRequiredException}), the client retries
   * the request with the answers, the handler runs again and this method returns them. A handler
   * therefore does everything before its last {@code input} call so that repeating it is harmless
   * (reads, previews), and acts only after it. Keys name the questions; keep them stable.
   *
   * @throws McpException with code -32021 when the client did not declare a capability a request
   *     needs: check {@link #clientSupports} first to offer another path
   */
  default Map<String, JsonNode> input(Map<String, InputRequest> requests) {
    throw McpException.invalidRequest("This request cannot ask the client for input");
  }

  /**
   * Asks the person a question (form-mode elicitation) and returns the answer; see {@link #input}
   * for how the two protocol eras carry it.
   */
  default ElicitResult elicit(String key, InputRequest elicitation) {
    Map<String, InputRequest> one = new LinkedHashMap<>();
    one.put(key, elicitation);
    return ElicitResult.of(input(one).get(key));
  }

  /** Ends this request's SSE stream early; the client resumes it later (SEP-1699). */
  void closeStreamForPolling();
}
