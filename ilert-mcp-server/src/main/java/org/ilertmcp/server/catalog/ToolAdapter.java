package org.ilertmcp.server.catalog;

import java.time.Clock;
import java.time.Duration;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.tools.Args;
import org.ilertmcp.server.tools.ErrorMapper;
import org.ilertmcp.server.tools.IlertCall;
import org.ilertmcp.server.tools.Names;
import org.ilertmcp.server.tools.ToolInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an {@link IlertTool} into a protocol {@link Tool}: builds the per-call context and maps the
 * two kinds of expected failure (bad arguments, ilert errors) to error results. Anything else is a
 * bug and surfaces as an internal error with a reference.
 */
public final class ToolAdapter {
  private static final Logger LOG = LoggerFactory.getLogger("org.ilertmcp.tools");

  /**
   * What every tool call shares.
   *
   * @param client the shared ilert client
   * @param names id-or-name resolution with its cache
   * @param maxResultTokens the result budget
   * @param callTimeout deadline for the ilert calls of one tool call
   * @param longCallTimeout the same for a {@linkplain ToolSpec#longRunning() long-running} tool
   * @param clock time source
   * @param ceiling the server's access ceiling; a call's effective tier is this, lowered by the
   *     request ({@link RequestAccess#effectiveTier})
   * @param github the GitHub client for recent changes, or null when GitHub is not configured
   */
  public record Runtime(
      IlertClient client,
      Names names,
      int maxResultTokens,
      Duration callTimeout,
      Duration longCallTimeout,
      Clock clock,
      AccessTier ceiling,
      GitHubClient github) {

    /** The context of one call with these arguments, at the request's effective tier. */
    public IlertCall call(RequestContext request, ObjectNode arguments) {
      return call(request, arguments, callTimeout);
    }

    /** The same, for {@code tool}: long-running tools get the longer deadline. */
    public IlertCall call(RequestContext request, ObjectNode arguments, ToolSpec tool) {
      return call(request, arguments, tool.longRunning() ? longCallTimeout : callTimeout);
    }

    private IlertCall call(RequestContext request, ObjectNode arguments, Duration timeout) {
      return new IlertCall(
          request,
          client,
          new Args(arguments, clock),
          names,
          maxResultTokens,
          clock,
          timeout,
          RequestAccess.effectiveTier(ceiling, request),
          github);
    }
  }

  private final Runtime runtime;

  public ToolAdapter(Runtime runtime) {
    this.runtime = runtime;
  }

  public Tool adapt(IlertTool tool) {
    ToolSpec spec = tool.spec();
    return Tool.builder(spec.name())
        .title(spec.title())
        .description(spec.description())
        .inputSchema(spec.inputSchema())
        .outputSchema(spec.outputSchema())
        .annotations(spec.annotations())
        .handler((context, args) -> run(tool, context, args));
  }

  private ToolResult run(IlertTool tool, RequestContext context, ObjectNode arguments) {
    long start = System.nanoTime();
    String outcome = "ok";
    try {
      ToolResult result = tool.call(runtime.call(context, arguments, tool.spec()));
      outcome = result.isError() ? "tool_error" : "ok";
      return result;
    } catch (ToolInputException e) {
      outcome = "bad_arguments";
      return ToolResult.error(e.getMessage());
    } catch (IlertApiException e) {
      outcome = "ilert_" + e.kind().name().toLowerCase(java.util.Locale.ROOT);
      return ErrorMapper.toResult(e, tool.spec());
    } catch (CancelledException e) {
      outcome = "cancelled";
      throw e;
    } finally {
      LOG.info(
          "tool={} outcome={} ms={}",
          tool.spec().name(),
          outcome,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
