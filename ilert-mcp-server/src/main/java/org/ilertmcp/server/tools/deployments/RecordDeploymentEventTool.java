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
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code record_deployment_event}: posts a deployment event with the pipeline's integration key,
 * which the tool reads itself so it never reaches the model.
 */
public final class RecordDeploymentEventTool implements WriteTool {
  static final Param<String> SUMMARY = Param.text("summary", "What was deployed.");

  static final Param<Instant> TIMESTAMP =
      Param.instant("timestamp", "When; ISO-8601 with zone. Default now.");

  static final Param<String> USER_EMAIL = Param.text("user_email", "Deployer's ilert e-mail.");

  static final Param<String> VERSION = Param.text("version", "Version or commit deployed.");

  static final Param<String> ENVIRONMENT = Param.text("environment", "E.g. production.");

  static final Param<String> URL = Param.text("url", "Link to the build or release.");

  /** What was recorded: whether ilert accepted the event, on which pipeline, at what time. */
  private record Recorded(boolean accepted, DeploymentPipeline pipeline, Instant timestamp) {}

  private static final Shape<Recorded> RESULT =
      Shape.<Recorded>object()
          .bool("accepted", Recorded::accepted)
          .object("pipeline", ListDeploymentPipelinesTool.PIPELINE, Recorded::pipeline)
          .time("timestamp", Recorded::timestamp)
          .required("accepted")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("record_deployment_event", Toolset.DEPLOYMENTS, AccessTier.MANAGE)
        .title("Record deployment event")
        .description(
            "Record a deployment on a pipeline so ilert can link it to alerts raised around that"
                + " time. Pipeline id or name from list_deployment_pipelines. ilert queues the"
                + " event; it cannot be read back or undone.")
        .input(
            Input.of(Params.PIPELINE, SUMMARY, TIMESTAMP, USER_EMAIL, VERSION, ENVIRONMENT, URL)
                .required(Params.PIPELINE, SUMMARY))
        .output(RESULT.schema())
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
                + Text.quote(call.args().get(SUMMARY))
                + " on pipeline "
                + Text.quote(pipeline.name())
                + " (id "
                + pipeline.id()
                + ") at "
                + Times.iso(call.args().find(TIMESTAMP).orElse(call.clock().instant()))
                + ".")
        .irreversible("ilert cannot read back or delete a deployment event.");
  }

  /** The pipeline, which must reveal its integration key to this key. */
  private static DeploymentPipeline pipeline(IlertCall call) {
    DeploymentPipeline pipeline =
        GetDeploymentPipelineTool.resolve(call, call.args().get(Params.PIPELINE));
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
    Instant when = args.find(TIMESTAMP).orElse(call.clock().instant());
    DeploymentPipeline pipeline = pipeline(call);
    ObjectNode details = Json.object();
    Json.putIfPresent(details, "version", args.find(VERSION).orElse(null));
    Json.putIfPresent(details, "environment", args.find(ENVIRONMENT).orElse(null));
    DeploymentEvent event =
        new DeploymentEvent(
            pipeline.integrationKey(),
            args.get(SUMMARY),
            when.getEpochSecond(),
            args.find(USER_EMAIL).orElse(null),
            details.isEmpty() ? null : details,
            args.find(URL).map(u -> List.of(new Link(u, "Deployment"))).orElse(null));
    // the events endpoint is authenticated by the key in the body, not by the caller's credential
    CallContext ingest = call.ctx().withoutCredential();
    int status = call.client().deploymentEvents().send(ingest, event);
    return Output.of(
        RESULT.view(new Recorded(status == 202 || status == 200, pipeline, when)),
        call.maxResultTokens());
  }
}
