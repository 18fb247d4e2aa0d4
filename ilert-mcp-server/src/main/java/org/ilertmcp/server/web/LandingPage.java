package org.ilertmcp.server.web;

import java.net.URI;
import java.util.List;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.catalog.CatalogStats;
import org.ilertmcp.server.catalog.ToolReference;
import tools.jackson.databind.JsonNode;

/**
 * The page at {@code /}: what this server is, its MCP URL, a copy-paste configuration per client,
 * the Cursor and VS Code install links, the offered tools by toolset with tier and token cost, and
 * in sandbox mode the demo keys. Plain HTML and CSS; a small script only adds copy buttons. Nothing
 * on it is secret: the sandbox's demo keys open a demo organisation only.
 *
 * @param version the server version
 * @param sandbox whether the server serves the built-in demo organisation
 * @param stateless whether the endpoint runs without sessions
 * @param sections the offered tools by toolset
 * @param totals tools and tokens per toolset and in total
 * @param demoKeys the sandbox's demo keys (empty outside sandbox mode)
 */
public record LandingPage(
    String version,
    boolean sandbox,
    boolean stateless,
    List<ToolReference.Section> sections,
    List<CatalogStats.Row> totals,
    List<LandingPage.DemoKey> demoKeys) {

  /**
   * A sandbox demo key as the page lists it.
   *
   * @param key the value for {@code Authorization: Bearer <key>}
   * @param role the user's role (what the key may change follows it)
   * @param user the user's name and e-mail
   */
  public record DemoKey(String key, String role, String user) {}

  public LandingPage {
    sections = List.copyOf(sections);
    totals = List.copyOf(totals);
    demoKeys = List.copyOf(demoKeys);
  }

  /** The page for a browser that reached the endpoint at {@code mcpUrl}. */
  public String render(URI mcpUrl) {
    ClientConfigs configs = new ClientConfigs(mcpUrl, configKey());
    Html page = new Html();
    page.raw(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>ilert MCP server</title><link rel=\"icon\" href=\"/assets/icon.svg\">"
            + "<link rel=\"stylesheet\" href=\"/assets/landing.css\">"
            + "<script src=\"/assets/copy.js\" defer></script></head><body><main>");
    page.raw("<header><h1>ilert MCP server</h1><p class=\"lead\">")
        .text(
            "An open, self-hostable Model Context Protocol server for ilert: AI agents and coding"
                + " assistants query alerts, incidents, services, schedules and who is on call,"
                + " and act on them — accept, resolve, escalate, communicate.")
        .raw("</p><p class=\"meta\">")
        .text("version " + version + " · " + (stateless ? "stateless" : "sessions"))
        .text(sandbox ? " · sandbox: a built-in demo organisation, no ilert account needed" : "")
        .raw("</p></header>");
    endpoint(page, mcpUrl);
    if (!demoKeys.isEmpty()) {
      demoKeyTable(page);
    }
    clients(page, configs);
    tools(page);
    page.raw("<footer><p>")
        .text("Operators: ")
        .raw("<a href=\"/healthz\">/healthz</a> · <a href=\"/readyz\">/readyz</a> · ")
        .raw("<a href=\"/metrics\">/metrics</a>")
        .raw("</p></footer></main></body></html>");
    return page.toString();
  }

  private String configKey() {
    if (demoKeys.isEmpty()) {
      return ClientConfigs.KEY_PLACEHOLDER;
    }
    return demoKeys.stream()
        .filter(k -> k.role().equals(DemoKeys.FLOW_ROLE))
        .findFirst()
        .orElse(demoKeys.get(0))
        .key();
  }

  private void endpoint(Html page, URI mcpUrl) {
    page.raw("<section id=\"endpoint\"><h2>MCP endpoint</h2><p>")
        .text("Streamable HTTP. Every request carries ")
        .raw("<code>Authorization: Bearer &lt;ilert API key&gt;</code>")
        .text(
            sandbox
                ? "; here, one of the demo keys below."
                : "; the key is forwarded to ilert and never stored or logged.")
        .raw("</p>");
    page.copyable("mcp-url", "", mcpUrl.toString());
    page.raw("</section>");
  }

  private void demoKeyTable(Html page) {
    page.raw("<section id=\"demo-keys\"><h2>Demo API keys</h2><p>")
        .text(
            "Each key acts as one user of the demo organisation; what it may change follows the"
                + " user's role. The configurations below use the "
                + DemoKeys.FLOW_ROLE.toLowerCase(java.util.Locale.ROOT)
                + "'s key.")
        .raw(
            "</p><table><thead><tr><th>key</th><th>role</th><th>may</th><th>user</th></tr></thead><tbody>");
    for (DemoKey key : demoKeys) {
      page.raw("<tr><td><code>")
          .text(key.key())
          .raw("</code></td><td>")
          .text(key.role())
          .raw("</td><td>")
          .text(DemoKeys.mayDo(key.role()))
          .raw("</td><td>")
          .text(key.user())
          .raw("</td></tr>");
    }
    page.raw("</tbody></table></section>");
  }

  private void clients(Html page, ClientConfigs configs) {
    page.raw("<section id=\"clients\"><h2>Connect a client</h2>");
    page.raw("<p class=\"install\"><a class=\"button\" id=\"add-to-cursor\" href=\"")
        .text(configs.cursorInstallLink())
        .raw("\">Add to Cursor</a> <a class=\"button\" id=\"add-to-vscode\" href=\"")
        .text(configs.vscodeInstallLink())
        .raw("\">Install in VS Code</a></p>");
    client(page, "claude-code", "Claude Code", "Run in a terminal:", configs.claudeCode());
    client(
        page,
        "claude-desktop",
        "Claude Desktop",
        "claude_desktop_config.json, through mcp-remote (needs Node.js):",
        pretty(configs.claudeDesktop()));
    client(
        page,
        "cursor",
        "Cursor",
        "~/.cursor/mcp.json, or .cursor/mcp.json in a project:",
        pretty(configs.cursor()));
    client(page, "vscode", "VS Code", ".vscode/mcp.json:", pretty(configs.vscode()));
    client(
        page,
        "windsurf",
        "Windsurf",
        "~/.codeium/windsurf/mcp_config.json:",
        pretty(configs.windsurf()));
    client(
        page,
        "cline",
        "Cline",
        "Cline's MCP servers settings (cline_mcp_settings.json):",
        pretty(configs.cline()));
    page.raw("</section>");
  }

  private static void client(Html page, String id, String name, String where, String config) {
    page.raw("<article class=\"client\"><h3>").text(name).raw("</h3><p>").text(where).raw("</p>");
    page.copyable("config-" + id, name, config);
    page.raw("</article>");
  }

  private void tools(Html page) {
    page.raw("<section id=\"tools\"><h2>Tools offered</h2><p>")
        .text(
            "By toolset, with the access tier each needs and its cost in the model's context"
                + " (tokens of its tools/list entry, bytes / 4).")
        .raw("</p><table class=\"totals\"><thead><tr><th>toolset</th><th>tools</th>")
        .raw("<th>tokens</th></tr></thead><tbody>");
    for (CatalogStats.Row row : totals) {
      page.raw("<tr><td>")
          .text(row.toolset())
          .raw("</td><td class=\"n\">")
          .text(Integer.toString(row.tools()))
          .raw("</td><td class=\"n\">")
          .text(Integer.toString(row.tokens()))
          .raw("</td></tr>");
    }
    page.raw("</tbody></table>");
    for (ToolReference.Section section : sections) {
      page.raw("<h3 id=\"toolset-").text(section.toolset()).raw("\">").text(section.toolset());
      page.raw("</h3><p>").text(section.description() + ".").raw("</p>");
      page.raw("<table class=\"tools\"><thead><tr><th>tool</th><th>tier</th>")
          .raw("<th>tokens</th><th>what it does</th></tr></thead><tbody>");
      for (ToolReference.Entry tool : section.tools()) {
        page.raw("<tr><td><code>")
            .text(tool.name())
            .raw("</code></td><td>")
            .text(tool.tier())
            .raw("</td><td class=\"n\">")
            .text(Integer.toString(tool.tokens()))
            .raw("</td><td>")
            .text(tool.description())
            .raw("</td></tr>");
      }
      page.raw("</tbody></table>");
    }
    page.raw("</section>");
  }

  private static String pretty(JsonNode node) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }
}
