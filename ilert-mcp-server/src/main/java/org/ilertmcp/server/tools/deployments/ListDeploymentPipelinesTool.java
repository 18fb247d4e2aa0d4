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
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_deployment_pipelines}: where ilert's deployment events come from. */
public final class ListDeploymentPipelinesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 100);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_deployment_pipelines", Toolset.DEPLOYMENTS, AccessTier.READ)
        .title("List deployment pipelines")
        .description(
            "List deployment pipelines (GitHub, GitLab, API) whose deployment events ilert links"
                + " to alerts: id, name, type, teams, last update. Ids or names feed"
                + " get_deployment_pipeline and record_deployment_event.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("deployment_pipelines", schema()))
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
    ArrayNode items = result.putArray("deployment_pipelines");
    page.forEach(p -> items.add(view(p)));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "deployment_pipelines",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }

  /** Never the integration key or the URL that embeds it. */
  static ObjectNode view(DeploymentPipeline p) {
    ObjectNode out = Views.ref(p.id(), p.name());
    Json.putIfPresent(out, "type", p.integrationType());
    out.set("teams", Views.teams(p.teams()));
    Json.putIfPresent(out, "updated_at", Times.iso(p.updatedAt()));
    return out;
  }

  static ObjectNode schema() {
    return Schema.requiring(
        Schema.object("id", Schema.integer(), "name", Schema.str(), "type", Schema.str()), "id");
  }
}
