package org.ilertmcp.mcp.interop;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.fixture.ConformanceFixture;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.mcp.transport.stdio.StdioTransport;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance fixture plus three tools the interop tests need: {@code whoami} (structured
 * content echoing the caller's credential, session and protocol version), {@code slow_task} (a
 * long, cancellable task reporting progress) and {@code slow_task_status} (what the slow tasks did,
 * so a client can see that a cancelled task really stopped). {@link #main} serves it over stdio.
 */
public final class InteropServer {
  /** The slow task's step length; with the default 100 steps it runs for 10 s. */
  private static final long STEP_MILLIS = 100;

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger cancelled = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();

  /** A fresh server with its own slow-task counters. */
  public McpServer build() {
    return ConformanceFixture.builder()
        .tool(whoami())
        .tool(slowTask())
        .tool(slowTaskStatus())
        .build();
  }

  /** How many tools the interop server lists: the fixture's and its own three. */
  public static int toolCount() {
    return ConformanceFixture.server().tools().size() + 3;
  }

  public int started() {
    return started.get();
  }

  public int cancelled() {
    return cancelled.get();
  }

  public int completed() {
    return completed.get();
  }

  /** Serves the interop server over stdio; the credential comes from {@code INTEROP_CREDENTIAL}. */
  public static void main(String[] args) {
    new StdioTransport(
            new InteropServer().build(),
            Optional.ofNullable(System.getenv("INTEROP_CREDENTIAL")),
            System.in,
            System.out)
        .run();
  }

  private static Tool whoami() {
    ObjectNode output = Json.object().put("type", "object");
    ObjectNode props = output.putObject("properties");
    props.putObject("credential").put("type", "string");
    props.putObject("sessionId").put("type", "string");
    props.putObject("protocolVersion").put("type", "string");
    output.putArray("required").add("credential").add("sessionId").add("protocolVersion");
    return Tool.builder("whoami")
        .title("Who am I")
        .description("Echoes the caller's Authorization value, session id and protocol version.")
        .outputSchema(output)
        .annotations(ToolAnnotations.readOnly().closedWorld())
        .handler(
            (context, args) -> {
              ObjectNode me =
                  Json.object()
                      .put("credential", context.credential().orElse(""))
                      .put("sessionId", context.sessionId().orElse(""))
                      .put("protocolVersion", context.protocolVersion());
              return ToolResult.structured(me, "You are " + me.get("credential").stringValue());
            });
  }

  private Tool slowTask() {
    ObjectNode input = Json.object().put("type", "object");
    input
        .putObject("properties")
        .putObject("steps")
        .put("type", "integer")
        .put("minimum", 1)
        .put("maximum", 1000);
    return Tool.builder("slow_task")
        .description("Runs for steps x 100 ms, reporting progress after each step; cancellable.")
        .inputSchema(input)
        .annotations(ToolAnnotations.readOnly().closedWorld())
        .handler((context, args) -> runSlowTask(context, args.path("steps").asInt(100)));
  }

  private ToolResult runSlowTask(RequestContext context, int steps) {
    started.incrementAndGet();
    try {
      for (int step = 1; step <= steps; step++) {
        Thread.sleep(STEP_MILLIS);
        context.throwIfCancelled();
        context.progress(step, (double) steps, "step " + step + " of " + steps);
      }
    } catch (CancelledException e) {
      cancelled.incrementAndGet();
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpException(-32603, "Interrupted");
    }
    completed.incrementAndGet();
    return ToolResult.text("slow task finished after " + steps + " steps");
  }

  private Tool slowTaskStatus() {
    ObjectNode output = Json.object().put("type", "object");
    ObjectNode props = output.putObject("properties");
    props.putObject("started").put("type", "integer");
    props.putObject("cancelled").put("type", "integer");
    props.putObject("completed").put("type", "integer");
    return Tool.builder("slow_task_status")
        .description("How many slow tasks started, were cancelled and completed.")
        .outputSchema(output)
        .annotations(ToolAnnotations.readOnly().closedWorld())
        .handler(
            (context, args) ->
                ToolResult.structured(
                    Json.object()
                        .put("started", started.get())
                        .put("cancelled", cancelled.get())
                        .put("completed", completed.get())));
  }
}
