package org.ilertmcp.server.tools.deployments;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code deployments} toolset, in catalogue order. */
public final class DeploymentTools {
  private DeploymentTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListDeploymentPipelinesTool(),
        new GetDeploymentPipelineTool(),
        new RecordDeploymentEventTool());
  }
}
