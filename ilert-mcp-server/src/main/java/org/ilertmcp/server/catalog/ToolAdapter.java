package org.ilertmcp.server.catalog;

import java.util.Locale;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.ErrorMapper;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolServices;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.ToolInputException;
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

  private final ToolServices services;
  private final AccessTier ceiling;

  /**
   * @param services what every call shares
   * @param ceiling the server's access ceiling; a call's effective tier is this, lowered by the
   *     request ({@link RequestAccess#effectiveTier})
   */
  public ToolAdapter(ToolServices services, AccessTier ceiling) {
    this.services = services;
    this.ceiling = ceiling;
  }

  /** The services every call of this server shares. */
  public ToolServices services() {
    return services;
  }

  /** The context of one call of {@code spec} with these arguments, at the request's tier. */
  public IlertCall call(RequestContext request, ObjectNode arguments, ToolSpec spec) {
    return new IlertCall(
        services,
        request,
        new Args(arguments, services.clock()),
        services.timeout(spec),
        RequestAccess.effectiveTier(ceiling, request));
  }

  /** The protocol tool for {@code tool}; its spec is read once, here. */
  public Tool adapt(IlertTool tool) {
    ToolSpec spec = tool.spec();
    return Tool.builder(spec.name())
        .title(spec.title())
        .description(spec.description())
        .inputSchema(spec.inputSchema())
        .outputSchema(spec.outputSchema())
        .annotations(spec.annotations())
        .handler((context, args) -> run(tool, spec, context, args));
  }

  private ToolResult run(
      IlertTool tool, ToolSpec spec, RequestContext context, ObjectNode arguments) {
    long start = System.nanoTime();
    String outcome = "ok";
    try {
      ToolResult result = tool.call(call(context, arguments, spec));
      outcome = result.isError() ? "tool_error" : "ok";
      return result;
    } catch (ToolInputException e) {
      outcome = "bad_arguments";
      return ToolResult.error(e.getMessage());
    } catch (IlertApiException e) {
      outcome = "ilert_" + e.kind().name().toLowerCase(Locale.ROOT);
      return ErrorMapper.toResult(e, spec);
    } catch (CancelledException e) {
      outcome = "cancelled";
      throw e;
    } finally {
      LOG.info(
          "tool={} outcome={} ms={}",
          spec.name(),
          outcome,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
