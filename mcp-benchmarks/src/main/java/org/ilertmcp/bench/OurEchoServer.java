package org.ilertmcp.bench;

import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.mcp.transport.http.McpHttpServer;
import org.ilertmcp.mcp.transport.stdio.StdioTransport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our protocol layer ({@code mcp-core}) with only the echo tool. Usage: {@code session PORT},
 * {@code stateless PORT}, {@code modern PORT} (the stateless endpoint, which also serves
 * 2026-07-28) or {@code stdio}. Production defaults except credentials, which the reference servers
 * do not ask for either.
 */
public final class OurEchoServer {
  private OurEchoServer() {}

  public static void main(String[] args) throws Exception {
    Mode mode = Mode.fromArg(args[0]);
    McpServer server = server();
    if (mode == Mode.STDIO) {
      new StdioTransport(server, Optional.empty(), System.in, System.out).run();
      return;
    }
    ChildLifetime.bind();
    HttpTransportConfig config =
        HttpTransportConfig.builder()
            .stateless(mode != Mode.SESSION)
            .requireCredentials(false)
            .build();
    McpHttpServer.start(server, config, "127.0.0.1", Integer.parseInt(args[1]));
  }

  static McpServer server() {
    Tool echo =
        Tool.builder(EchoTool.NAME)
            .title(EchoTool.TITLE)
            .description(EchoTool.DESCRIPTION)
            .inputSchema((ObjectNode) Json.parse(EchoTool.INPUT_SCHEMA))
            .annotations(ToolAnnotations.readOnly().closedWorld())
            .handler(
                (context, arguments) ->
                    ToolResult.text(EchoTool.reply(arguments.get("message").stringValue())));
    return McpServer.builder(ServerInfo.of("ilert-mcp-bench", "0.1.0")).tool(echo).build();
  }
}
