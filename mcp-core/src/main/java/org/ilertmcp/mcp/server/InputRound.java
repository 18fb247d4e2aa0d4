package org.ilertmcp.mcp.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ilertmcp.mcp.context.InputRequest;
import org.ilertmcp.mcp.context.InputRequiredException;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One attempt of a multi-round-trip request (2026-07-28): the answers the client sent with this
 * retry ({@code inputResponses}), checked against the questions its {@code requestState} says were
 * asked, plus the answers earlier rounds collected. The handler runs again on every attempt and
 * gets its answers here; what is still unanswered becomes the next {@code input_required} result.
 */
final class InputRound {
  private final RequestStates states;
  private final RequestStates.Binding binding;
  private final ObjectNode asked;
  private final ObjectNode answers;
  private final ObjectNode responses;

  private InputRound(
      RequestStates states,
      RequestStates.Binding binding,
      ObjectNode asked,
      ObjectNode answers,
      ObjectNode responses) {
    this.states = states;
    this.binding = binding;
    this.asked = asked;
    this.answers = answers;
    this.responses = responses;
  }

  /**
   * Reads {@code inputResponses} and verifies {@code requestState} of a request.
   *
   * @throws McpException invalid params when either is malformed or the state is refused
   */
  static InputRound open(RequestStates states, RequestStates.Binding binding, JsonNode params) {
    JsonNode responses = params == null ? null : params.get("inputResponses");
    if (params != null && params.has("inputResponses") && !(responses instanceof ObjectNode)) {
      throw McpException.invalidParams(
          "inputResponses must be an object keyed by the keys of inputRequests");
    }
    JsonNode state = params == null ? null : params.get("requestState");
    if (state != null && !state.isNull() && !state.isString()) {
      throw McpException.invalidParams("requestState must be the string the server sent");
    }
    RequestStates.Contents contents =
        state == null || state.isNull()
            ? new RequestStates.Contents(Json.object(), Json.object())
            : states.open(state.stringValue(), binding);
    return new InputRound(
        states,
        binding,
        contents.asked(),
        contents.answers(),
        responses == null ? Json.object() : (ObjectNode) responses);
  }

  /**
   * The answers to {@code requests}, or an {@link InputRequiredException} naming those still open.
   * An answer counts when an earlier round recorded it for the same question, or when this retry
   * carries it and the question is unbound or was asked by the state this retry presents.
   */
  Map<String, JsonNode> answer(Map<String, InputRequest> requests) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Map<String, InputRequest> missing = new LinkedHashMap<>();
    requests.forEach(
        (key, request) -> {
          String digest = RequestStates.digest(request.toJson());
          ObjectNode earlier = Json.objectOrNull(answers, key);
          if (earlier != null && digest.equals(Json.string(earlier, "d"))) {
            out.put(key, earlier.get("v"));
            return;
          }
          JsonNode fresh = responses.get(key);
          boolean counts =
              fresh != null && (!request.bound() || digest.equals(Json.string(asked, key)));
          if (!counts) {
            missing.put(key, request);
            return;
          }
          request.checkAnswer(key, fresh);
          ObjectNode recorded = answers.putObject(key).put("d", digest);
          recorded.set("v", fresh);
          out.put(key, fresh);
        });
    if (!missing.isEmpty()) {
      throw new InputRequiredException(missing);
    }
    return out;
  }

  /** The {@code input_required} result asking for {@code missing}, with a new signed state. */
  ObjectNode inputRequired(Map<String, InputRequest> missing) {
    ObjectNode result = Json.object().put("resultType", "input_required");
    ObjectNode requests = result.putObject("inputRequests");
    ObjectNode nowAsked = Json.object();
    missing.forEach(
        (key, request) -> {
          ObjectNode wire = request.toJson();
          requests.set(key, wire);
          nowAsked.put(key, RequestStates.digest(wire));
        });
    result.put("requestState", states.issue(binding, nowAsked, answers));
    return result;
  }
}
