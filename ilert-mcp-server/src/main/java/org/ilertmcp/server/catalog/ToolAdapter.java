package org.ilertmcp.server.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.observe.Audit;
import org.ilertmcp.server.observe.ToolCalls;
import org.ilertmcp.server.tools.Args;
import org.ilertmcp.server.tools.ErrorMapper;
import org.ilertmcp.server.tools.IlertCall;
import org.ilertmcp.server.tools.Names;
import org.ilertmcp.server.tools.ToolInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an {@link IlertTool} into a protocol {@link Tool}: builds the per-call context and maps the
 * two kinds of expected failure (bad arguments, ilert errors) to error results. Anything else is a
 * bug and surfaces as an internal error with a reference.
 */
public final class ToolAdapter {
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
  private final ToolCalls calls;

  public ToolAdapter(Runtime runtime) {
    this(runtime, ToolCalls.logOnly());
  }

  /** An adapter whose calls are logged, measured and audited by {@code calls}. */
  public ToolAdapter(Runtime runtime, ToolCalls calls) {
    this.runtime = runtime;
    this.calls = calls;
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
    ToolSpec spec = tool.spec();
    ToolCalls.Call observed =
        calls.start(
            spec.name(), spec.tier().wireName(), writes(spec, arguments), context, arguments);
    ToolCalls.Outcome outcome = ToolCalls.Outcome.INTERNAL_ERROR;
    try {
      ToolResult result = tool.call(runtime.call(context, arguments, spec));
      outcome = result.isError() ? ToolCalls.Outcome.TOOL_ERROR : ToolCalls.Outcome.OK;
      return result;
    } catch (ToolInputException e) {
      outcome = ToolCalls.Outcome.BAD_ARGUMENTS;
      return ToolResult.error(e.getMessage());
    } catch (IlertApiException e) {
      outcome = ilertOutcome(e);
      return ErrorMapper.toResult(e, spec);
    } catch (CancelledException e) {
      outcome = ToolCalls.Outcome.CANCELLED;
      throw e;
    } finally {
      observed.finish(outcome);
    }
  }

  /**
   * Whether a call changes ilert: a tool that is not read-only, unless its {@code method} argument
   * says it only reads ({@code call_ilert_api} with GET).
   */
  static boolean writes(ToolSpec spec, ObjectNode arguments) {
    if (spec.annotations().readOnlyHint()) {
      return false;
    }
    JsonNode method = arguments == null ? null : arguments.get("method");
    return method == null || !method.isString() || !method.stringValue().equalsIgnoreCase("GET");
  }

  /**
   * An ilert failure's outcome. A write whose request provably never left, or that ilert refused
   * with a 4xx, did not apply; one whose answer was lost (timeout, broken connection, 5xx, an
   * unreadable success) may have.
   */
  private static ToolCalls.Outcome ilertOutcome(IlertApiException e) {
    String name = "ilert_" + e.kind().name().toLowerCase(Locale.ROOT);
    boolean lost =
        switch (e.kind()) {
          case NETWORK, TIMEOUT, SERVER_ERROR, MALFORMED_RESPONSE -> true;
          default -> false;
        };
    return new ToolCalls.Outcome(
        name, lost && !e.requestNotSent() ? Audit.Effect.UNKNOWN : Audit.Effect.NOT_APPLIED);
  }
}
