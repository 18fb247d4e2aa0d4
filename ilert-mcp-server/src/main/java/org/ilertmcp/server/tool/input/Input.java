package org.ilertmcp.server.tool.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.Suggestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of one tool: writes its flat input schema and prepares the arguments a client sent
 * (coercion, null for absent, blank and unknown arguments as errors that name the fix).
 */
public final class Input {
  /** Names models often use for a parameter that is called otherwise here. */
  private static final Map<String, List<String>> HINTS =
      Map.ofEntries(
          Map.entry("maxresults", List.of("limit")),
          Map.entry("max", List.of("limit")),
          Map.entry("count", List.of("limit")),
          Map.entry("pagesize", List.of("limit")),
          Map.entry("perpage", List.of("limit")),
          Map.entry("size", List.of("limit")),
          Map.entry("top", List.of("limit")),
          Map.entry("status", List.of("states", "state", "statuses")),
          Map.entry("search", List.of("text", "query")),
          Map.entry("q", List.of("text", "query")),
          Map.entry("since", List.of("from")),
          Map.entry("starttime", List.of("from", "start")),
          Map.entry("before", List.of("until")),
          Map.entry("to", List.of("until", "end")),
          Map.entry("endtime", List.of("until", "end")),
          Map.entry("time", List.of("at")),
          Map.entry("assignee", List.of("user")),
          Map.entry("email", List.of("user", "user_email")),
          Map.entry("page", List.of("cursor")),
          Map.entry("nextcursor", List.of("cursor")),
          Map.entry("source", List.of("alert_source", "alert_sources")),
          Map.entry("policy", List.of("escalation_policy", "escalation_policies")),
          Map.entry("tz", List.of("timezone")));

  private final Map<String, Param<?>> params = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  private String tool = "";

  private Input() {}

  /** An input with these parameters, all optional until {@link #required} says otherwise. */
  public static Input of(Param<?>... params) {
    Input input = new Input();
    for (Param<?> p : params) {
      input.add(p);
    }
    return input;
  }

  /** Adds a parameter. */
  public Input add(Param<?> param) {
    if (params.put(param.name(), param) != null) {
      throw new IllegalArgumentException("Parameter declared twice: " + param.name());
    }
    return this;
  }

  /** Marks declared parameters as required. */
  public Input required(Param<?>... names) {
    for (Param<?> p : names) {
      if (!params.containsKey(p.name())) {
        throw new IllegalArgumentException("Undeclared parameter: " + p.name());
      }
      required.add(p.name());
    }
    return this;
  }

  /** A copy with {@code extra} parameters added (optional), for the same tool. */
  public Input with(Param<?>... extra) {
    Input copy = new Input();
    params.values().forEach(copy::add);
    for (Param<?> p : extra) {
      copy.add(p);
    }
    copy.required.addAll(required);
    copy.tool = tool;
    return copy;
  }

  /** Binds this input to its tool: cursors name the tool they continue. */
  public Input forTool(String name) {
    this.tool = name;
    return this;
  }

  public List<Param<?>> params() {
    return List.copyOf(params.values());
  }

  public ObjectNode schema() {
    ObjectNode schema = Json.object().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    params.values().forEach(p -> properties.set(p.name(), p.schema()));
    if (!required.isEmpty()) {
      ArrayNode array = schema.putArray("required");
      required.forEach(array::add);
    }
    return schema.put("additionalProperties", false);
  }

  /**
   * The arguments in the form the schema describes.
   *
   * @throws ToolInputException naming the fix for an unknown, blank or missing argument, or a value
   *     with no single sensible reading
   */
  public ObjectNode prepare(ObjectNode arguments) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> e : arguments.properties()) {
      String name = e.getKey();
      JsonNode value = e.getValue();
      Param<?> param = params.get(name);
      if (param == null) {
        throw new ToolInputException(unknown(name));
      }
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isString() && value.asString().isBlank()) {
        throw new ToolInputException(
            "`" + name + "` is blank; give a value or leave the argument out.");
      }
      out.set(name, param.coerce(value));
    }
    Cursor.continueQuery(out, tool, params);
    for (String name : required) {
      if (!out.has(name)) {
        throw new ToolInputException(missing(params.get(name)));
      }
    }
    return out;
  }

  static String missing(Param<?> param) {
    return "`" + param.name() + "` is required: " + param.description();
  }

  private String unknown(String name) {
    String hint = Suggestions.didYouMean(name, params.keySet());
    if (hint.isEmpty()) {
      List<String> hinted = new ArrayList<>();
      for (String h : HINTS.getOrDefault(normal(name), List.of())) {
        if (params.containsKey(h)) {
          hinted.add(h);
        }
      }
      if (normal(name).equals("id")) {
        params.keySet().stream().filter(p -> p.endsWith("_id")).forEach(hinted::add);
      }
      hint = Suggestions.phrase(hinted);
    }
    if (hint.isEmpty()) {
      return "Unknown argument `"
          + name
          + "`; "
          + (params.isEmpty()
              ? "this tool takes no arguments."
              : "this tool takes " + String.join(", ", params.keySet()) + ".");
    }
    return "Unknown argument `" + name + "`." + hint;
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
