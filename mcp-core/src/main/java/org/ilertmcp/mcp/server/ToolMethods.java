package org.ilertmcp.mcp.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.tool.InvalidArgumentsException;
import org.ilertmcp.mcp.tool.Suggestions;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code tools/list} and {@code tools/call}. */
final class ToolMethods {
  private static final Logger LOG = LoggerFactory.getLogger(ToolMethods.class);

  private record Entry(
      Tool tool, ObjectNode json, ArgumentValidator input, ArgumentValidator output) {}

  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final Map<String, Entry> byAlias = new LinkedHashMap<>();
  private final List<Tool> all;
  private final ToolAccess access;
  private final int pageSize;
  private final boolean validateOutput;

  ToolMethods(List<Tool> tools, ToolAccess access, int pageSize, boolean validateOutput) {
    for (Tool tool : tools) {
      ArgumentValidator output =
          tool.outputSchema() == null ? null : new ArgumentValidator(tool.outputSchema());
      Entry entry =
          new Entry(tool, tool.toJson(), new ArgumentValidator(tool.inputSchema()), output);
      if (byName.put(tool.name(), entry) != null) {
        throw new IllegalArgumentException("Duplicate tool name: " + tool.name());
      }
      for (String alias : tool.aliases()) {
        if (byAlias.put(alias, entry) != null) {
          throw new IllegalArgumentException("Duplicate tool alias: " + alias);
        }
      }
    }
    for (String alias : byAlias.keySet()) {
      if (byName.containsKey(alias)) {
        throw new IllegalArgumentException("Alias is also a tool name: " + alias);
      }
    }
    this.all = List.copyOf(tools);
    this.access = access;
    this.pageSize = pageSize;
    this.validateOutput = validateOutput;
  }

  List<Tool> all() {
    return all;
  }

  ObjectNode list(JsonNode params, RequestContext context) {
    access.beforeListing(context);
    List<Entry> visible =
        byName.values().stream().filter(e -> access.refusal(e.tool(), context).isEmpty()).toList();
    return Pagination.page(visible, params, pageSize, "tools", Entry::json);
  }

  /**
   * Whether calling the tool {@code name} may change something: not for an unknown tool or one
   * annotated read-only.
   */
  boolean mayChange(String name) {
    Entry entry = name == null ? null : byName.get(name);
    return entry != null
        && (entry.tool().annotations() == null || !entry.tool().annotations().readOnlyHint());
  }

  ObjectNode call(JsonNode params, RequestContext context) {
    String name = Json.string(params, "name");
    if (name == null) {
      throw McpException.invalidParams("tools/call needs params.name");
    }
    Entry entry = byName.containsKey(name) ? byName.get(name) : byAlias.get(name);
    if (entry == null) {
      throw new McpException(
          ErrorCodes.INVALID_PARAMS,
          "Unknown tool: "
              + JsonRpc.excerpt(name)
              + "."
              // a name far longer than any tool's is no typo: no edit distances over megabytes
              + (name.length() <= JsonRpc.INPUT_EXCERPT
                  ? Suggestions.phrase(nearestTools(name, context))
                  : ""),
          Json.object().put("tool", JsonRpc.excerpt(name)));
    }
    Optional<String> refusal = access.refusal(entry.tool(), context);
    if (refusal.isPresent()) {
      return ToolResult.error(refusal.get()).toJson();
    }
    JsonNode arguments = objectInText(params.get("arguments"));
    if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
      throw McpException.invalidParams("tools/call params.arguments must be an object");
    }
    ObjectNode args = arguments instanceof ObjectNode ? (ObjectNode) arguments : Json.object();
    try {
      args = entry.tool().preparer().prepare(args);
    } catch (InvalidArgumentsException e) {
      return ToolResult.error(e.getMessage()).toJson();
    }
    List<String> problems = entry.input().problems(args);
    if (!problems.isEmpty()) {
      return ToolResult.error(
              "Invalid arguments for "
                  + entry.tool().name()
                  + ": "
                  + String.join("; ", problems)
                  + ".")
          .toJson();
    }
    ToolResult result = entry.tool().handler().call(context, args);
    checkOutput(entry, result);
    return result.toJson();
  }

  /**
   * The tools this caller may use whose name, or former name, is closest to {@code wanted}; a
   * former name stands for the tool's current one.
   */
  private List<String> nearestTools(String wanted, RequestContext context) {
    Map<String, String> current = new LinkedHashMap<>();
    for (Entry e : byName.values()) {
      if (access.refusal(e.tool(), context).isEmpty()) {
        current.put(e.tool().name(), e.tool().name());
        e.tool().aliases().forEach(alias -> current.put(alias, e.tool().name()));
      }
    }
    return Suggestions.nearest(wanted, current.keySet(), 6).stream()
        .map(current::get)
        .distinct()
        .limit(3)
        .toList();
  }

  private void checkOutput(Entry entry, ToolResult result) {
    if (!validateOutput || entry.output() == null || result.isError()) {
      return;
    }
    if (result.structuredContent() == null) {
      throw new IllegalStateException(entry.tool().name() + " returned no structuredContent");
    }
    List<String> problems = entry.output().problems(result.structuredContent());
    if (!problems.isEmpty()) {
      LOG.error("{} broke its output schema: {}", entry.tool().name(), problems);
      throw new IllegalStateException(entry.tool().name() + " broke its output schema");
    }
  }

  /**
   * The object whose JSON text {@code arguments} is, as bridges from function-calling APIs send it
   * (they pass on the string the model produced); any other value as it is.
   */
  private static JsonNode objectInText(JsonNode arguments) {
    if (arguments == null || !arguments.isString()) {
      return arguments;
    }
    String text = arguments.asString().trim();
    if (!text.startsWith("{")) {
      return arguments;
    }
    try {
      return Json.parse(text);
    } catch (JacksonException e) {
      return arguments;
    }
  }
}
