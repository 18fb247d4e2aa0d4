package org.ilertmcp.server.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.CatalogStats;
import org.ilertmcp.server.web.ClientConfigs;
import org.ilertmcp.server.web.DemoKeys;
import tools.jackson.databind.node.ObjectNode;

/** What the serving commands print at start. */
final class Banner {
  private static final String JAR_IN_CLONE = "ilert-mcp-server/target/ilert-mcp-server.jar";
  private static final String LAUNCHER = "ilert-mcp";

  private Banner() {}

  static void serving(IlertMcpServer server, URI url, PrintStream out) {
    out.println("ilert MCP server listening on " + url);
    stats(server, out);
  }

  /**
   * The one line a stdio server prints before it serves: the token table of {@link #stats} would
   * build and serialise every tool once more before the first answer, which a host waits for on
   * every start.
   */
  static void stdio(IlertMcpServer server, PrintStream out) {
    out.println(
        "tools offered: "
            + server.tools().size()
            + " (their token cost per toolset: the http command's banner)");
    out.flush();
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
        emulator.demoKeys().stream()
            .mapToInt(k -> DemoKeys.mayDo(k.role()).length())
            .max()
            .orElse(3);
    String row = "  %-" + keyWidth + "s  %-11s  %-" + mayWidth + "s%s";
    out.println(String.format(row, "key", "role", "may", "").stripTrailing());
    for (DemoKey k : emulator.demoKeys()) {
      String mark = k.key().equals(marked) ? "  <- " + note : "";
      out.println(
          String.format(row, k.key(), k.role(), DemoKeys.mayDo(k.role()), mark).stripTrailing());
    }
    out.flush();
  }

  /** The key the printed configurations use. */
  static String flowKey(IlertEmulator emulator) {
    return emulator.demoKey(DemoKeys.FLOW_ROLE);
  }

  static void clientConfigs(URI url, String key, PrintStream out) {
    out.println();
    out.println("Client configurations with " + key + " (runs the whole on-call flow):");
    out.println();
    ClientConfigs configs = new ClientConfigs(url, key);
    out.println("Claude Code:");
    out.println("  " + configs.claudeCode());
    out.println();
    out.println("Cursor (~/.cursor/mcp.json), Windsurf, Cline — remote server with headers:");
    out.println("  " + Json.write(configs.cursor()));
    out.println();
    out.println("VS Code (.vscode/mcp.json):");
    out.println("  " + Json.write(configs.vscode()));
    out.println();
    out.println("Claude Desktop and other stdio-only clients, through mcp-remote:");
    out.println("  " + Json.write(configs.claudeDesktop()));
    out.println();
    stdioSandbox(out);
    out.flush();
  }

  /** How a stdio client runs its own sandbox, without this HTTP server. */
  static void stdioSandbox(PrintStream out) {
    List<String> command = stdioCommand(jar());
    out.println("Or over stdio, the sandbox inside the client's own server process (no HTTP):");
    out.println("  claude mcp add ilert -- " + String.join(" ", command));
    ObjectNode server = Json.object().put("command", command.get(0));
    command.subList(1, command.size()).forEach(server.putArray("args")::add);
    ObjectNode config = Json.object();
    config.putObject("mcpServers").set("ilert", server);
    out.println("  " + Json.write(config));
  }

  /**
   * The command that starts the stdio sandbox: the distribution's launcher (it starts with the
   * class-data-sharing archive) when it lies beside {@code jar} — in the distribution's {@code
   * bin/}, or in the build's {@code target/ilert-mcp/bin/} — else {@code java -jar}.
   */
  static List<String> stdioCommand(String jar) {
    Path dir = Path.of(jar).toAbsolutePath().getParent();
    if (dir != null) {
      for (Path launcher :
          List.of(
              dir.resolveSibling("bin").resolve(LAUNCHER),
              dir.resolve("ilert-mcp/bin/" + LAUNCHER))) {
        if (Files.isExecutable(launcher)) {
          return List.of(launcher.normalize().toString(), "stdio", "--sandbox");
        }
      }
    }
    return List.of("java", "-jar", jar, "stdio", "--sandbox");
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
