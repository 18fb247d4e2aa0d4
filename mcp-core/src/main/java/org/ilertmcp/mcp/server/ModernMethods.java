package org.ilertmcp.mcp.server;

import java.util.Set;
import java.util.function.Supplier;
import org.ilertmcp.mcp.context.InputRequiredException;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The method table of the 2026-07-28 era and the shape of its results: {@code server/discover}
 * instead of {@code initialize}, no {@code ping}, {@code logging/setLevel} or {@code
 * resources/subscribe}; {@code resultType} and the server's identity on every result, caching hints
 * on lists and reads, and multi-round-trip input on tool calls, prompts and reads.
 */
final class ModernMethods {
  static final String DISCOVER = "server/discover";
  static final String LISTEN = "subscriptions/listen";

  private static final Set<String> LISTS =
      Set.of(DISCOVER, "tools/list", "prompts/list", "resources/list", "resources/templates/list");
  private static final String READ = "resources/read";

  private final ObjectNode serverInfo;
  private final String instructions;
  private final ToolMethods tools;
  private final ResourceMethods resources;
  private final PromptMethods prompts;
  private final RequestStates states;
  private final CacheHints cache;
  private final Supplier<ObjectNode> capabilities;

  ModernMethods(
      ServerInfo info,
      String instructions,
      ToolMethods tools,
      ResourceMethods resources,
      PromptMethods prompts,
      RequestStates states,
      CacheHints cache,
      Supplier<ObjectNode> capabilities) {
    this.serverInfo = info.toJson();
    this.instructions = instructions;
    this.tools = tools;
    this.resources = resources;
    this.prompts = prompts;
    this.states = states;
    this.cache = cache;
    this.capabilities = capabilities;
  }

  JsonNode dispatch(String method, JsonNode params, Call call) {
    ObjectNode result =
        switch (method) {
          case DISCOVER -> discover();
          case "tools/list" -> tools.list(params, call);
          case "tools/call" ->
              withInput(
                  method,
                  Json.string(params, "name"),
                  argumentsOf(params),
                  params,
                  call,
                  () -> tools.call(params, call));
          case "resources/list" -> resources.list(params);
          case "resources/templates/list" -> resources.listTemplates(params);
          case READ ->
              withInput(
                  method,
                  Json.string(params, "uri"),
                  null,
                  params,
                  call,
                  () -> resources.read(params, call));
          case "prompts/list" -> prompts.list(params);
          case "prompts/get" ->
              withInput(
                  method,
                  Json.string(params, "name"),
                  argumentsOf(params),
                  params,
                  call,
                  () -> prompts.get(params, call));
          case "completion/complete" -> prompts.complete(params, call);
          default -> throw McpException.methodNotFound(method);
        };
    return decorate(method, result);
  }

  /** The 2026-07-28 form of an error: resource not found became invalid params. */
  McpException error(McpException e) {
    return e.code() == ErrorCodes.RESOURCE_NOT_FOUND
        ? new McpException(ErrorCodes.INVALID_PARAMS, e.getMessage(), e.data())
        : e;
  }

  private ObjectNode discover() {
    ObjectNode result = Json.object();
    ArrayNode versions = result.putArray("supportedVersions");
    ProtocolVersions.ALL.forEach(versions::add);
    result.set("capabilities", capabilities.get());
    return Json.putIfPresent(result, "instructions", instructions);
  }

  /**
   * Runs {@code body} with this attempt's client input; when the handler still needs some, the
   * result is {@code input_required} with a new signed state instead.
   */
  private ObjectNode withInput(
      String method,
      String target,
      JsonNode arguments,
      JsonNode params,
      Call call,
      Supplier<ObjectNode> body) {
    RequestStates.Binding binding =
        new RequestStates.Binding(
            method,
            target == null ? "" : target,
            RequestStates.digest(arguments),
            call.session().credentialHash());
    InputRound round = InputRound.open(states, binding, params);
    call.allowInput(round);
    try {
      return body.get();
    } catch (InputRequiredException e) {
      return round.inputRequired(e.requests());
    }
  }

  private ObjectNode decorate(String method, ObjectNode result) {
    if (!result.has("resultType")) {
      result.put("resultType", "complete");
      if (LISTS.contains(method) || READ.equals(method)) {
        long ttl = (READ.equals(method) ? cache.reads() : cache.lists()).toMillis();
        result.put("ttlMs", ttl).put("cacheScope", cache.scope());
      }
    }
    ObjectNode meta = Json.objectOrNull(result, "_meta");
    if (meta == null) {
      meta = result.putObject("_meta");
    }
    meta.set(RequestMeta.SERVER_INFO, serverInfo);
    return result;
  }

  private static JsonNode argumentsOf(JsonNode params) {
    return params == null ? null : params.get("arguments");
  }
}
