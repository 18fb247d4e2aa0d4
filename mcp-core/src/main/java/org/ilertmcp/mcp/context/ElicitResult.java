package org.ilertmcp.mcp.context;

import java.util.Locale;
import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client's answer to an elicitation.
 *
 * @param action what the person did
 * @param content the submitted form when accepted, else an empty object
 */
public record ElicitResult(Action action, ObjectNode content) {

  /** What the person did with the question. */
  public enum Action {
    ACCEPT,
    DECLINE,
    CANCEL;

    static Optional<Action> fromWire(String value) {
      for (Action action : values()) {
        if (action.name().toLowerCase(Locale.ROOT).equals(value)) {
          return Optional.of(action);
        }
      }
      return Optional.empty();
    }
  }

  /** Whether the person accepted and submitted the form. */
  public boolean accepted() {
    return action == Action.ACCEPT;
  }

  /** Reads a result already checked by {@link InputRequest#checkAnswer}. */
  public static ElicitResult of(JsonNode answer) {
    Action action = Action.fromWire(Json.string(answer, "action")).orElse(Action.CANCEL);
    ObjectNode content = Json.objectOrNull(answer, "content");
    return new ElicitResult(action, content == null ? Json.object() : content);
  }
}
