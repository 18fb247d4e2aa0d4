package org.ilertmcp.server.tools.deployments;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.deployments.DeploymentEvent;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code record_deployment_event}: posts a deployment event with the pipeline's integration key,
 * which the tool reads itself so it never reaches the model.
 */
public final class RecordDeploymentEventTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("record_deployment_event", Toolset.DEPLOYMENTS, AccessTier.MANAGE)
        .title("Record deployment event")
        .description(
            "Record a deployment on a pipeline so ilert can link it to alerts raised around that"
                + " time. Pipeline id or name from list_deployment_pipelines. ilert queues the"
                + " event; it cannot be read back or undone.")
        .input(
            Schema.input()
                .string("pipeline", "Pipeline id or name.")
                .string("summary", "What was deployed.")
                .string("timestamp", "When; ISO-8601 with zone. Default now.")
                .string("user_email", "Deployer's ilert e-mail.")
                .string("version", "Version or commit deployed.")
                .string("environment", "E.g. production.")
                .string("url", "Link to the build or release.")
                .required("pipeline", "summary"))
        .output(
            Schema.requiring(
                Schema.object(
                    "accepted", Schema.bool(),
                    "pipeline", Schema.anyObject(),
                    "timestamp", Schema.str()),
                "accepted"))
        .write(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    DeploymentPipeline pipeline = pipeline(call);
    return Preview.of(
            "Record the deployment "
                + Text.quote(call.args().requireString("summary"))
                + " on pipeline "
                + Text.quote(pipeline.name())
                + " (id "
                + pipeline.id()
                + ") at "
                + Times.iso(call.args().instant("timestamp").orElse(call.clock().instant()))
                + ".")
        .irreversible("ilert cannot read back or delete a deployment event.");
  }

  /** The pipeline, which must reveal its integration key to this key. */
  private static DeploymentPipeline pipeline(IlertCall call) {
    DeploymentPipeline pipeline =
        GetDeploymentPipelineTool.resolve(call, call.args().requireString("pipeline"));
    if (pipeline.integrationKey() == null || pipeline.integrationKey().isBlank()) {
      throw new ToolInputException(
          "This API key may not record deployment events on pipeline "
              + pipeline.name()
              + " (ilert does not reveal its integration key to this key's role).");
    }
    return pipeline;
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    Instant when = args.instant("timestamp").orElse(call.clock().instant());
    DeploymentPipeline pipeline = pipeline(call);
    ObjectNode details = Json.object();
    Json.putIfPresent(details, "version", args.string("version").orElse(null));
    Json.putIfPresent(details, "environment", args.string("environment").orElse(null));
    DeploymentEvent event =
        new DeploymentEvent(
            pipeline.integrationKey(),
            args.requireString("summary"),
            when.getEpochSecond(),
            args.string("user_email").orElse(null),
            details.isEmpty() ? null : details,
            args.string("url").map(u -> List.of(new Link(u, "Deployment"))).orElse(null));
    // the events endpoint is authenticated by the key in the body, not by the caller's credential
    CallContext ingest = new CallContext(null, null, call.ctx().deadline());
    int status = call.client().deploymentEvents().send(ingest, event);
    ObjectNode result = Json.object().put("accepted", status == 202 || status == 200);
    result.set("pipeline", ListDeploymentPipelinesTool.view(pipeline));
    result.put("timestamp", Times.iso(when));
    return Output.of(result, call.maxResultTokens());
  }
}
