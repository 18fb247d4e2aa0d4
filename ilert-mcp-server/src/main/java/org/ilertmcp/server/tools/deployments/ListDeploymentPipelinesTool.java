package org.ilertmcp.server.tools.deployments;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_deployment_pipelines}: where ilert's deployment events come from. */
public final class ListDeploymentPipelinesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 100);

  /** A pipeline: never the integration key or the URL that embeds it. */
  static final Shape<DeploymentPipeline> PIPELINE =
      Shape.<DeploymentPipeline>object()
          .integer("id", DeploymentPipeline::id)
          .string("name", DeploymentPipeline::name)
          .string("type", DeploymentPipeline::integrationType)
          .list("teams", Views.REF, p -> Views.Ref.teams(p.teams()))
          .unlisted()
          .keepEmpty()
          .time("updated_at", DeploymentPipeline::updatedAt)
          .unlisted()
          .required("id")
          .build();

  /** {@link #PIPELINE} plus its filters and creation time. */
  static final Shape<DeploymentPipeline> PIPELINE_DETAIL =
      Shape.<DeploymentPipeline>object()
          .fields(PIPELINE, p -> p)
          .freeForm(
              "params",
              Schema.anyObject(),
              p ->
                  p.params() != null && p.params().isObject() && !p.params().isEmpty()
                      ? p.params()
                      : null)
          .unlisted()
          .time("created_at", DeploymentPipeline::createdAt)
          .unlisted()
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_deployment_pipelines", Toolset.DEPLOYMENTS, AccessTier.READ)
        .title("List deployment pipelines")
        .description(
            "List deployment pipelines (GitHub, GitLab, API) whose deployment events ilert links"
                + " to alerts: id, name, type, teams, last update. Ids or names feed"
                + " get_deployment_pipeline and record_deployment_event.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("deployment_pipelines", PIPELINE.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<DeploymentPipeline> page =
        call.client().deploymentPipelines().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("deployment_pipelines", PIPELINE.views(page));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "deployment_pipelines",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
