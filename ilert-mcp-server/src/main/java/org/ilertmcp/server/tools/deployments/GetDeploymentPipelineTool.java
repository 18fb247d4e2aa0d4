package org.ilertmcp.server.tools.deployments;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;

/** {@code get_deployment_pipeline}: one pipeline with its filters, never its key. */
public final class GetDeploymentPipelineTool implements IlertTool {
  private static final Shape<DeploymentPipeline> RESULT =
      Shape.<DeploymentPipeline>object()
          .object("deployment_pipeline", ListDeploymentPipelinesTool.PIPELINE_DETAIL, p -> p)
          .required("deployment_pipeline")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_deployment_pipeline", Toolset.DEPLOYMENTS, AccessTier.READ)
        .title("Get deployment pipeline")
        .description(
            "Get one deployment pipeline: type, teams, branch and event filters, created and"
                + " updated times. Accepts an id or name (list_deployment_pipelines). Integration"
                + " keys are never shown.")
        .input(Input.of(Params.PIPELINE).required(Params.PIPELINE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    DeploymentPipeline p = resolve(call, call.args().get(Params.PIPELINE));
    return Output.of(RESULT.view(p), call.maxResultTokens());
  }

  /** A pipeline by id, or by name (exact, else unique substring; ambiguity lists candidates). */
  static DeploymentPipeline resolve(IlertCall call, String value) {
    if (value.matches("\\d{1,18}")) {
      return call.client().deploymentPipelines().get(call.ctx(), Long.parseLong(value));
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    List<DeploymentPipeline> all = call.lookups().deploymentPipelines(call.ctx());
    List<DeploymentPipeline> matches =
        all.stream().filter(p -> wanted.equals(lower(p.name()))).toList();
    if (matches.isEmpty()) {
      matches = all.stream().filter(p -> lower(p.name()).contains(wanted)).toList();
    }
    if (matches.isEmpty()) {
      throw new ToolInputException(
          "No deployment pipeline named '"
              + Param.shown(value)
              + "'; see list_deployment_pipelines.");
    }
    if (matches.size() > 1) {
      throw new ToolInputException(
          "'"
              + value
              + "' matches several pipelines: "
              + matches.stream()
                  .limit(10)
                  .map(p -> p.name() + " (id " + p.id() + ")")
                  .collect(Collectors.joining(", "))
              + "; pass the id of the one you mean.");
    }
    // the list omits nothing we need, but get returns the full object (filters, key)
    return call.client().deploymentPipelines().get(call.ctx(), matches.get(0).id());
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
