package org.ilertmcp.mcp.server;

import java.util.List;
import java.util.Objects;
import org.ilertmcp.mcp.content.Icon;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the server introduces itself in {@code initialize}.
 *
 * @param name programmatic name
 * @param version version string
 * @param title human-readable name, optional
 * @param websiteUrl optional homepage
 * @param icons optional icons
 */
public record ServerInfo(
    String name, String version, String title, String websiteUrl, List<Icon> icons) {

  public ServerInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    icons = icons == null ? List.of() : List.copyOf(icons);
  }

  public static ServerInfo of(String name, String version) {
    return new ServerInfo(name, version, null, null, List.of());
  }

  ObjectNode toJson() {
    ObjectNode out = Json.object().put("name", name).put("version", version);
    Json.putIfPresent(out, "title", title);
    Json.putIfPresent(out, "websiteUrl", websiteUrl);
    Icon.putAll(out, icons);
    return out;
  }
}
