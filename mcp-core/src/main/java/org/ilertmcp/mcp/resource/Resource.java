package org.ilertmcp.mcp.resource;

import java.util.List;
import java.util.Objects;
import org.ilertmcp.mcp.content.Icon;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A directly listed resource and how to read it.
 *
 * @param uri the resource's URI
 * @param name programmatic name
 * @param title human-readable name
 * @param description what it contains
 * @param mimeType MIME type of its contents
 * @param icons optional icons
 * @param reader produces the contents on {@code resources/read}
 */
public record Resource(
    String uri,
    String name,
    String title,
    String description,
    String mimeType,
    List<Icon> icons,
    Reader reader) {

  public Resource {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    icons = icons == null ? List.of() : List.copyOf(icons);
  }

  /** Reads a resource's contents. */
  @FunctionalInterface
  public interface Reader {
    List<ResourceContents> read(RequestContext context);
  }

  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("uri", uri).put("name", name);
    Json.putIfPresent(out, "title", title);
    Json.putIfPresent(out, "description", description);
    Json.putIfPresent(out, "mimeType", mimeType);
    Icon.putAll(out, icons);
    return out;
  }
}
