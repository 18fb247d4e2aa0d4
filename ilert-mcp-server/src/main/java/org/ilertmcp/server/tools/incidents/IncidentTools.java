package org.ilertmcp.server.tools.incidents;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code incidents} toolset, in catalogue order. */
public final class IncidentTools {
  private IncidentTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListIncidentsTool(),
        new GetIncidentTool(),
        new CreateIncidentTool(),
        new UpdateIncidentTool(),
        new PreviewIncidentNotificationsTool(),
        new ListIncidentTemplatesTool(),
        new AddIncidentSubscribersTool());
  }
}
