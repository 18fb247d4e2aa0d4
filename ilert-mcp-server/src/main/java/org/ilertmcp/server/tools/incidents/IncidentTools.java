package org.ilertmcp.server.tools.incidents;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code incidents} toolset, in catalogue order. */
public final class IncidentTools {
  private IncidentTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListStatusUpdatesTool(),
        new GetStatusUpdateTool(),
        new CreateStatusUpdateTool(),
        new UpdateStatusUpdateTool(),
        new PreviewStatusUpdateNotificationsTool(),
        new ListStatusUpdateTemplatesTool(),
        new AddStatusUpdateSubscribersTool());
  }
}
