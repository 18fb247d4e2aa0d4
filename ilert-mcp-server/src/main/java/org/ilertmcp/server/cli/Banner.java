package org.ilertmcp.server.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import org.ilertmcp.emulator.DemoKey;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.CatalogStats;
import tools.jackson.databind.node.ObjectNode;

/** What the serving commands print at start. */
final class Banner {
  /**
   * The role whose demo key the printed configurations use: the least privileged one that can run
   * the whole on-call flow (read, accept and resolve alerts, open and update incidents, overrides).
   */
  static final String FLOW_ROLE = "USER";

  private static final String JAR_IN_CLONE = "ilert-mcp-server/target/ilert-mcp-server.jar";

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

  /**
   * The demo keys as a table: key, role, what the role may do here; the {@code marked} key (or
   * none) gets {@code note}.
   */
  static void demoKeys(IlertEmulator emulator, String marked, String note, PrintStream out) {
    out.println("demo API keys (send as Authorization: Bearer <key>):");
    int keyWidth = emulator.demoKeys().stream().mapToInt(k -> k.key().length()).max().orElse(3);
    int mayWidth =
        emulator.demoKeys().stream().mapToInt(k -> mayDo(k.role()).length()).max().orElse(3);
    String row = "  %-" + keyWidth + "s  %-11s  %-" + mayWidth + "s%s";
    out.println(String.format(row, "key", "role", "may", "").stripTrailing());
    for (DemoKey k : emulator.demoKeys()) {
      String mark = k.key().equals(marked) ? "  <- " + note : "";
      out.println(String.format(row, k.key(), k.role(), mayDo(k.role()), mark).stripTrailing());
    }
    out.flush();
  }

  /**
   * What a demo user of {@code role} may do through this server: read; respond to alerts (accept,
   * resolve, assign, escalate, comment); incidents and their status updates, schedule overrides and
   * maintenance windows; admin (configuration, with {@code --access admin}).
   */
  static String mayDo(String role) {
    return switch (role) {
      case "ADMIN" -> "read, respond to alerts, incidents + status updates, overrides, admin";
      case "USER" -> "read, respond to alerts, incidents + status updates, overrides";
      case "RESPONDER" -> "read, respond to alerts";
      default -> "read";
    };
  }

  /** The key the printed configurations use. */
  static String flowKey(IlertEmulator emulator) {
    return emulator.demoKey(FLOW_ROLE);
  }

  static void clientConfigs(URI url, String key, PrintStream out) {
    out.println();
    out.println("Client configurations with " + key + " (runs the whole on-call flow):");
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
    out.println();
    stdioSandbox(out);
    out.flush();
  }

  /** How a stdio client runs its own sandbox, without this HTTP server. */
  static void stdioSandbox(PrintStream out) {
    String jar = jar();
    out.println("Or over stdio, the sandbox inside the client's own server process (no HTTP):");
    out.println("  claude mcp add ilert -- java -jar " + jar + " stdio --sandbox");
    ObjectNode server = Json.object().put("command", "java");
    server.putArray("args").add("-jar").add(jar).add("stdio").add("--sandbox");
    ObjectNode config = Json.object();
    config.putObject("mcpServers").set("ilert", server);
    out.println("  " + Json.write(config));
  }

  /** The absolute path of the running jar, or its path in a clone when not run from a jar. */
  static String jar() {
    try {
      CodeSource source = Banner.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
        if (path.getFileName().toString().endsWith(".jar")) {
          return path.toString();
        }
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // fall through to the clone's path
    }
    return JAR_IN_CLONE;
  }
}
