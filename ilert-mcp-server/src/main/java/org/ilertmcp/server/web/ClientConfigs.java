package org.ilertmcp.server.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How each MCP client connects to this server at {@code url} with {@code key}: the config file
 * entries, the Claude Code command, and the Cursor and VS Code install links. Built as JSON, never
 * by string concatenation, so a key or URL cannot break the quoting.
 *
 * @param url the MCP endpoint
 * @param key the API key to show (a demo key in sandbox mode, else a placeholder)
 */
public record ClientConfigs(URI url, String key) {
  /** The server's name in every client's configuration. */
  public static final String NAME = "ilert";

  /** The placeholder shown where the user's own ilert API key goes. */
  public static final String KEY_PLACEHOLDER = "YOUR-ILERT-API-KEY";

  /** mcp-remote, pinned to the version the build tests with. */
  public static final String MCP_REMOTE = "mcp-remote@0.15.1";

  private String authorization() {
    return "Bearer " + key;
  }

  private ObjectNode headers() {
    return Json.object().put("Authorization", authorization());
  }

  /** {@code claude mcp add ...} for Claude Code. */
  public String claudeCode() {
    return "claude mcp add --transport http "
        + NAME
        + " "
        + url
        + " --header \"Authorization: "
        + authorization()
        + "\"";
  }

  /** {@code claude_desktop_config.json}: through mcp-remote, the key in the environment. */
  public ObjectNode claudeDesktop() {
    ArrayNode args = Json.array();
    args.add("-y")
        .add(MCP_REMOTE)
        .add(url.toString())
        .add("--header")
        .add("Authorization:${AUTH_HEADER}");
    ObjectNode server = Json.object().put("command", "npx");
    server.set("args", args);
    server.set("env", Json.object().put("AUTH_HEADER", authorization()));
    return servers("mcpServers", server);
  }

  /** Cursor's server entry, as its install link carries it. */
  public ObjectNode cursorServer() {
    ObjectNode server = Json.object().put("type", "streamableHttp").put("url", url.toString());
    server.set("headers", headers());
    return server;
  }

  /** {@code ~/.cursor/mcp.json} or {@code .cursor/mcp.json}. */
  public ObjectNode cursor() {
    ObjectNode server = Json.object().put("url", url.toString());
    server.set("headers", headers());
    return servers("mcpServers", server);
  }

  /** Cursor's "Add to Cursor" link: the server entry as base64 JSON. */
  public String cursorInstallLink() {
    String config = Base64.getEncoder().encodeToString(Json.writeBytes(cursorServer()));
    return "https://cursor.com/en/install-mcp?name=" + encode(NAME) + "&config=" + encode(config);
  }

  /** {@code .vscode/mcp.json}. */
  public ObjectNode vscode() {
    return servers("servers", vscodeServer());
  }

  /**
   * VS Code's install link: {@code vscode:mcp/install?} and the URL-encoded entry with its name.
   */
  public String vscodeInstallLink() {
    ObjectNode entry = Json.object().put("name", NAME);
    entry.setAll(vscodeServer());
    return "vscode:mcp/install?" + encode(Json.write(entry));
  }

  private ObjectNode vscodeServer() {
    ObjectNode server = Json.object().put("type", "http").put("url", url.toString());
    server.set("headers", headers());
    return server;
  }

  /** Windsurf's {@code ~/.codeium/windsurf/mcp_config.json}: the URL is {@code serverUrl}. */
  public ObjectNode windsurf() {
    ObjectNode server = Json.object().put("serverUrl", url.toString());
    server.set("headers", headers());
    return servers("mcpServers", server);
  }

  /** Cline's MCP settings. */
  public ObjectNode cline() {
    return cursor();
  }

  private static ObjectNode servers(String field, ObjectNode server) {
    ObjectNode root = Json.object();
    root.putObject(field).set(NAME, server);
    return root;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
