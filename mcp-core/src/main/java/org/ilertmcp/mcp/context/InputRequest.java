package org.ilertmcp.mcp.context;

import java.util.Objects;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Something a handler needs from the client before it can finish: an elicitation (a question for
 * the person), a sampling request (an LLM completion) or the client's roots. Ask with {@link
 * RequestContext#input}; how it reaches the client depends on the protocol era of the request.
 *
 * @param method {@code elicitation/create}, {@code sampling/createMessage} or {@code roots/list}
 * @param params the request's parameters as the client sees them
 * @param capability the client capability the request needs ({@code elicitation}, ...)
 * @param bound whether an answer counts only on a retry that carries the request state issued with
 *     this question (the default); an unbound answer is taken from any retry, so use it only where
 *     a forged answer can do nothing worse than fail the request
 */
public record InputRequest(String method, ObjectNode params, String capability, boolean bound) {
  public static final String ELICITATION = "elicitation";
  public static final String SAMPLING = "sampling";
  public static final String ROOTS = "roots";

  public InputRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(capability, "capability");
  }

  /** A form-mode elicitation: a message for the person and the flat object schema of the answer. */
  public static InputRequest elicitation(String message, ObjectNode requestedSchema) {
    ObjectNode params = Json.object().put("mode", "form").put("message", message);
    params.set("requestedSchema", requestedSchema);
    return new InputRequest("elicitation/create", params, ELICITATION, true);
  }

  /** A sampling request with the given {@code sampling/createMessage} parameters. */
  public static InputRequest sampling(ObjectNode params) {
    return new InputRequest("sampling/createMessage", params, SAMPLING, true);
  }

  /** The client's roots. */
  public static InputRequest listRoots() {
    return new InputRequest("roots/list", Json.object(), ROOTS, true);
  }

  /** This request, answerable without the request state (see {@link #bound()}). */
  public InputRequest unbound() {
    return new InputRequest(method, params, capability, false);
  }

  /** The wire form inside {@code inputRequests}. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("method", method);
    out.set("params", params);
    return out;
  }

  /**
   * Checks that {@code answer} has the shape of this request's result.
   *
   * @throws McpException with invalid params when it does not
   */
  public void checkAnswer(String key, JsonNode answer) {
    boolean valid =
        answer instanceof ObjectNode
            && switch (capability) {
              case ELICITATION ->
                  ElicitResult.Action.fromWire(Json.string(answer, "action")).isPresent();
              case SAMPLING -> answer.has("content") && answer.has("role");
              case ROOTS -> answer.path("roots").isArray();
              default -> true;
            };
    if (!valid) {
      throw McpException.invalidParams(
          "inputResponses." + key + " is not a valid result of " + method);
    }
  }
}
