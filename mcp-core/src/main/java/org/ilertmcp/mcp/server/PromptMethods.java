package org.ilertmcp.mcp.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.prompt.Prompt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code prompts/list}, {@code prompts/get} and {@code completion/complete}. */
final class PromptMethods {
  private final Map<String, Prompt> byName = new LinkedHashMap<>();
  private final List<Prompt> prompts;
  private final Completion.Provider completions;
  private final int pageSize;

  PromptMethods(List<Prompt> prompts, Completion.Provider completions, int pageSize) {
    for (Prompt prompt : prompts) {
      if (byName.put(prompt.name(), prompt) != null) {
        throw new IllegalArgumentException("Duplicate prompt: " + prompt.name());
      }
    }
    this.prompts = List.copyOf(prompts);
    this.completions = completions;
    this.pageSize = pageSize;
  }

  boolean any() {
    return !prompts.isEmpty();
  }

  boolean completes() {
    return completions != null;
  }

  ObjectNode list(JsonNode params) {
    return Pagination.page(prompts, params, pageSize, "prompts", Prompt::toJson);
  }

  ObjectNode get(JsonNode params, RequestContext context) {
    String name = Json.string(params, "name");
    Prompt prompt = name == null ? null : byName.get(name);
    if (prompt == null) {
      throw McpException.invalidParams("Unknown prompt: " + JsonRpc.excerpt(name));
    }
    Map<String, String> arguments = stringMap(Json.objectOrNull(params, "arguments"));
    for (Prompt.Argument argument : prompt.arguments()) {
      if (argument.required() && !arguments.containsKey(argument.name())) {
        throw McpException.invalidParams(
            "Prompt " + name + " needs the argument " + argument.name());
      }
    }
    return prompt.renderer().render(context, arguments).toJson();
  }

  ObjectNode complete(JsonNode params, RequestContext context) {
    if (completions == null) {
      throw McpException.methodNotFound("completion/complete");
    }
    ObjectNode ref = Json.objectOrNull(params, "ref");
    ObjectNode argument = Json.objectOrNull(params, "argument");
    String argName = Json.string(argument, "name");
    if (ref == null || argName == null) {
      throw McpException.invalidParams("completion/complete needs params.ref and params.argument");
    }
    Completion.Reference reference = reference(ref);
    String value = Json.string(argument, "value");
    Map<String, String> others =
        stringMap(Json.objectOrNull(Json.objectOrNull(params, "context"), "arguments"));
    return completions
        .complete(context, reference, argName, value == null ? "" : value, others)
        .toJson();
  }

  private Completion.Reference reference(ObjectNode ref) {
    String type = Json.string(ref, "type");
    if ("ref/prompt".equals(type)) {
      String name = Json.string(ref, "name");
      if (name == null || !byName.containsKey(name)) {
        throw McpException.invalidParams("Unknown prompt: " + JsonRpc.excerpt(name));
      }
      return new Completion.Reference(Completion.Reference.Kind.PROMPT, name);
    }
    if ("ref/resource".equals(type)) {
      String uri = Json.string(ref, "uri");
      if (uri == null) {
        throw McpException.invalidParams("ref/resource needs a uri");
      }
      return new Completion.Reference(Completion.Reference.Kind.RESOURCE_TEMPLATE, uri);
    }
    throw McpException.invalidParams("ref.type must be ref/prompt or ref/resource");
  }

  private static Map<String, String> stringMap(ObjectNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null) {
      node.properties()
          .forEach(
              e -> {
                JsonNode value = e.getValue();
                if (value.isString()) {
                  out.put(e.getKey(), value.stringValue());
                } else if (!value.isNull()) {
                  throw McpException.invalidParams("Argument " + e.getKey() + " must be a string");
                }
              });
    }
    return out;
  }
}
