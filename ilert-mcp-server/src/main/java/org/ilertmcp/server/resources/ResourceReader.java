package org.ilertmcp.server.resources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.resource.ResourceTemplate;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.catalog.ToolAdapter;
import org.ilertmcp.server.tool.ErrorMapper;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.input.ToolInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an {@code ilert://} URI by running the read tool behind it, so a resource holds exactly the
 * curated projection that tool returns (its structured content). Not found becomes the protocol's
 * resource-not-found error; other ilert failures a one-sentence error without internals.
 */
public final class ResourceReader {
  public static final String MIME_TYPE = "application/json";

  private final ToolAdapter adapter;

  public ResourceReader(ToolAdapter adapter) {
    this.adapter = adapter;
  }

  /** The resource's JSON, read with the request's credential. */
  public ObjectNode read(RequestContext request, String uri) {
    IlertResources.Route route =
        IlertResources.route(uri).orElseThrow(() -> notFound(uri, "no such ilert resource"));
    ObjectNode args = Json.object();
    Optional<Map<String, String>> variables = route.match(uri);
    if (variables.isEmpty()) {
      throw notFound(uri, "no such ilert resource");
    }
    variables.get().forEach((name, value) -> args.put(route.argument(), decode(value)));
    route.fixedArguments().forEach(args::put);
    return run(request, uri, route.tool(), args);
  }

  /** {@link #read} as resource contents: one JSON text. */
  public List<ResourceContents> contents(RequestContext request, String uri) {
    return List.of(ResourceContents.text(uri, MIME_TYPE, Json.write(read(request, uri))));
  }

  ResourceTemplate.Reader templateReader() {
    return (request, uri, variables) -> contents(request, uri);
  }

  private ObjectNode run(RequestContext request, String uri, IlertTool tool, ObjectNode args) {
    if (request.credential().isEmpty()) {
      throw new McpException(
          ErrorCodes.UNAUTHORIZED, "No ilert API key: send Authorization: Bearer <ilert API key>.");
    }
    try {
      ToolResult result = tool.call(adapter.call(request, args, tool.spec()));
      if (result.isError() || result.structuredContent() == null) {
        throw new McpException(
            ErrorCodes.INTERNAL_ERROR, "Could not read " + uri + ": " + result.firstText());
      }
      return result.structuredContent();
    } catch (ToolInputException e) {
      // A malformed id or an unknown name: nothing to read at this URI.
      throw notFound(uri, e.getMessage());
    } catch (IlertApiException e) {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        throw notFound(uri, "the id does not exist or this API key cannot see it");
      }
      String why =
          "Could not read " + uri + ": " + ErrorMapper.toResult(e, tool.spec()).firstText();
      throw new McpException(
          e.kind() == ErrorKind.AUTH ? ErrorCodes.UNAUTHORIZED : ErrorCodes.UPSTREAM_ERROR, why);
    }
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /** The protocol's resource-not-found error, with {@code data.uri}. */
  public static McpException notFound(String uri, String reason) {
    return new McpException(
        ErrorCodes.RESOURCE_NOT_FOUND,
        "Resource not found: " + uri + " (" + reason + ")",
        Json.object().put("uri", uri));
  }
}
