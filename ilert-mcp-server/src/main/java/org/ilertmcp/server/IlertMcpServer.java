package org.ilertmcp.server;

import java.time.Clock;
import java.util.List;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.server.catalog.IlertTool;
import org.ilertmcp.server.catalog.RequestAccess;
import org.ilertmcp.server.catalog.ToolAdapter;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.tools.Names;

/** Assembles the ilert MCP server from configuration: the selected catalogue and its runtime. */
public final class IlertMcpServer {
  public static final String NAME = "ilert-mcp";
  public static final String VERSION = "0.1.0";

  private final McpServer server;
  private final List<IlertTool> tools;
  private final ToolAdapter adapter;

  private IlertMcpServer(McpServer server, List<IlertTool> tools, ToolAdapter adapter) {
    this.server = server;
    this.tools = tools;
    this.adapter = adapter;
  }

  /** Builds the server; throws {@link IllegalArgumentException} for an invalid selection. */
  public static IlertMcpServer create(ServerSettings settings, IlertClient client, Clock clock) {
    List<IlertTool> selected = settings.selection().apply(ToolCatalog.all());
    ToolAdapter adapter =
        new ToolAdapter(
            new ToolAdapter.Runtime(
                client,
                new Names(client, clock),
                settings.maxResultTokens(),
                settings.callTimeout(),
                clock,
                settings.selection().ceiling()));
    McpServer.Builder builder =
        McpServer.builder(new ServerInfo(NAME, VERSION, "ilert MCP server", null, List.of()))
            .instructions(Instructions.TEXT)
            .toolAccess(
                new RequestAccess(settings.selection().ceiling(), RequestAccess.index(selected)));
    selected.forEach(tool -> builder.tool(adapter.adapt(tool)));
    return new IlertMcpServer(builder.build(), selected, adapter);
  }

  public McpServer mcp() {
    return server;
  }

  public List<IlertTool> tools() {
    return tools;
  }

  public ToolAdapter adapter() {
    return adapter;
  }

  /**
   * Settings of the tool layer.
   *
   * @param selection which tools, and the access ceiling
   * @param maxResultTokens result budget per tool call
   * @param callTimeout deadline of the ilert calls behind one tool call
   */
  public record ServerSettings(
      ToolSelection selection, int maxResultTokens, java.time.Duration callTimeout) {}

  static ToolSelection defaults() {
    return ToolSelection.defaults();
  }
}
