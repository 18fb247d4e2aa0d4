package org.ilertmcp.server.cli;

import java.io.PrintStream;
import java.net.URI;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.CatalogStats;

/** What the serving commands print at start. */
final class Banner {
  private Banner() {}

  static void serving(IlertMcpServer server, URI url, PrintStream out) {
    out.println("ilert MCP server listening on " + url);
    stats(server, out);
  }

  static void stats(IlertMcpServer server, PrintStream out) {
    out.println("tools offered (tokens = bytes of tools/list / 4):");
    out.print(CatalogStats.markdown(CatalogStats.rows(server.tools(), server.adapter())));
    out.flush();
  }

  static void demoKeys(IlertEmulator emulator, PrintStream out) {
    out.println("demo API keys (send as Authorization: Bearer <key>):");
    for (DemoKey k : emulator.demoKeys()) {
      out.printf("  %-28s %-20s %s%n", k.key(), k.role(), k.name());
    }
    out.flush();
  }

  static void clientConfigs(URI url, IlertEmulator emulator, PrintStream out) {
    String key = emulator.demoKey("RESPONDER");
    out.println();
    out.println("Claude Code:");
    out.println(
        "  claude mcp add --transport http ilert "
            + url
            + " --header \"Authorization: Bearer "
            + key
            + "\"");
    out.println();
    out.println("Cursor (~/.cursor/mcp.json), Windsurf, Cline — remote server with headers:");
    out.println(
        "  {\"mcpServers\":{\"ilert\":{\"url\":\""
            + url
            + "\",\"headers\":{\"Authorization\":\"Bearer "
            + key
            + "\"}}}}");
    out.println();
    out.println("VS Code (.vscode/mcp.json):");
    out.println(
        "  {\"servers\":{\"ilert\":{\"type\":\"http\",\"url\":\""
            + url
            + "\",\"headers\":{\"Authorization\":\"Bearer "
            + key
            + "\"}}}}");
    out.println();
    out.println("Claude Desktop and other stdio-only clients, through mcp-remote:");
    out.println(
        "  {\"mcpServers\":{\"ilert\":{\"command\":\"npx\",\"args\":[\"-y\",\"mcp-remote@0.15.1\",\""
            + url
            + "\",\"--header\",\"Authorization:${AUTH_HEADER}\"],\"env\":{\"AUTH_HEADER\":\"Bearer "
            + key
            + "\"}}}}");
    out.flush();
  }
}
