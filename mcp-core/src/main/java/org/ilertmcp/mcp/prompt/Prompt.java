package org.ilertmcp.mcp.prompt;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ilertmcp.mcp.content.Content;
import org.ilertmcp.mcp.content.Icon;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A prompt template with arguments.
 *
 * @param name unique name
 * @param title human-readable name
 * @param description what it is for
 * @param arguments its arguments
 * @param icons optional icons
 * @param renderer produces the messages for given argument values
 */
public record Prompt(
    String name,
    String title,
    String description,
    List<Argument> arguments,
    List<Icon> icons,
    Renderer renderer) {

  public Prompt {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(renderer, "renderer");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    icons = icons == null ? List.of() : List.copyOf(icons);
  }

  /** One prompt argument. */
  public record Argument(String name, String title, String description, boolean required) {
    ObjectNode toJson() {
      ObjectNode out = Json.object().put("name", name);
      Json.putIfPresent(out, "title", title);
      Json.putIfPresent(out, "description", description);
      return out.put("required", required);
    }
  }

  /** One message of a rendered prompt. */
  public record Message(String role, Content content) {
    public static Message user(Content content) {
      return new Message("user", content);
    }

    public static Message assistant(Content content) {
      return new Message("assistant", content);
    }

    public ObjectNode toJson() {
      ObjectNode out = Json.object().put("role", role);
      out.set("content", content.toJson());
      return out;
    }
  }

  /** A rendered prompt. */
  public record Result(String description, List<Message> messages) {
    public Result {
      messages = List.copyOf(messages);
    }

    public ObjectNode toJson() {
      ObjectNode out = Json.object();
      Json.putIfPresent(out, "description", description);
      ArrayNode array = out.putArray("messages");
      messages.forEach(m -> array.add(m.toJson()));
      return out;
    }
  }

  /** Renders a prompt; required arguments have been checked to be present. */
  @FunctionalInterface
  public interface Renderer {
    Result render(RequestContext context, Map<String, String> arguments);
  }

  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("name", name);
    Json.putIfPresent(out, "title", title);
    Json.putIfPresent(out, "description", description);
    if (!arguments.isEmpty()) {
      ArrayNode array = out.putArray("arguments");
      arguments.forEach(a -> array.add(a.toJson()));
    }
    Icon.putAll(out, icons);
    return out;
  }
}
