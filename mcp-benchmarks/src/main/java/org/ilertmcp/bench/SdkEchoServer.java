package org.ilertmcp.bench;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The reference: a minimal server on the official Java SDK 2.1.0 with the same echo tool, hosted on
 * Jetty 12.1 ee11 as PROTOCOL.md §4 shows. SDK defaults throughout, plus the Origin/Host validator
 * so it does the same request checks ours does. Usage: {@code session PORT}, {@code stateless PORT}
 * or {@code stdio}.
 */
public final class SdkEchoServer {
  private static final McpSchema.ServerCapabilities CAPABILITIES =
      McpSchema.ServerCapabilities.builder().tools(false).build();

  private SdkEchoServer() {}

  public static void main(String[] args) throws Exception {
    Mode mode = Mode.fromArg(args[0]);
    McpJsonMapper mapper = McpJsonDefaults.getMapper();
    McpSchema.Tool tool =
        McpSchema.Tool.builder(EchoTool.NAME, mapper, EchoTool.INPUT_SCHEMA)
            .title(EchoTool.TITLE)
            .description(EchoTool.DESCRIPTION)
            .annotations(
                new McpSchema.ToolAnnotations(EchoTool.TITLE, true, false, true, false, null))
            .build();
    switch (mode) {
      case STDIO -> {
        McpServer.sync(new StdioServerTransportProvider(mapper, exitOnEof(System.in), System.out))
            .serverInfo("sdk-bench", "0.1.0")
            .capabilities(CAPABILITIES)
            .tools(
                McpServerFeatures.SyncToolSpecification.builder()
                    .tool(tool)
                    .callHandler((exchange, request) -> echo(request))
                    .build())
            .build();
        // The SDK reads stdin on its own threads; exitOnEof ends the process with the input.
        Thread.currentThread().join();
      }
      case SESSION -> {
        ChildLifetime.bind();
        HttpServletStreamableServerTransportProvider transport =
            HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint("/mcp")
                .httpHeaderValidator(validator())
                .build();
        McpServer.sync(transport)
            .serverInfo("sdk-bench", "0.1.0")
            .capabilities(CAPABILITIES)
            .tools(
                McpServerFeatures.SyncToolSpecification.builder()
                    .tool(tool)
                    .callHandler((exchange, request) -> echo(request))
                    .build())
            .build();
        host(transport, Integer.parseInt(args[1]));
      }
      case STATELESS -> {
        ChildLifetime.bind();
        HttpServletStatelessServerTransport transport =
            HttpServletStatelessServerTransport.builder()
                .messageEndpoint("/mcp")
                .httpHeaderValidator(validator())
                .build();
        McpServer.sync(transport)
            .serverInfo("sdk-bench", "0.1.0")
            .capabilities(CAPABILITIES)
            .tools(
                McpStatelessServerFeatures.SyncToolSpecification.builder()
                    .tool(tool)
                    .callHandler((context, request) -> echo(request))
                    .build())
            .build();
        host(transport, Integer.parseInt(args[1]));
      }
    }
  }

  /**
   * The SDK's stdio transport does not end the process at end of input; ours does. Exiting on EOF
   * gives both the same clean shutdown (and lets a CDS training run dump its archive).
   */
  private static InputStream exitOnEof(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return exitAt(super.read());
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return exitAt(super.read(b, off, len));
      }

      private int exitAt(int n) {
        if (n < 0) {
          System.exit(0);
        }
        return n;
      }
    };
  }

  private static McpSchema.CallToolResult echo(McpSchema.CallToolRequest request) {
    Map<String, Object> arguments = request.arguments();
    return McpSchema.CallToolResult.builder()
        .addTextContent(EchoTool.reply(arguments.get("message")))
        .build();
  }

  private static ServerHttpHeaderValidator validator() {
    return DefaultServerTransportSecurityValidator.builder()
        .allowedOrigin("http://localhost:*")
        .allowedOrigin("http://127.0.0.1:*")
        .allowedHost("localhost:*")
        .allowedHost("127.0.0.1:*")
        .build();
  }

  /** Jetty wiring from PROTOCOL.md §4: the transport servlet, async, at the root context. */
  private static void host(HttpServlet servlet, int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder(servlet);
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
  }
}
