package org.ilertmcp.server.tools.sources;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code sources} toolset, in catalogue order. */
public final class SourceTools {
  private SourceTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListAlertSourcesTool(),
        new GetAlertSourceTool(),
        new ListHeartbeatMonitorsTool(),
        new ListMaintenanceWindowsTool(),
        new CreateMaintenanceWindowTool(),
        new EndMaintenanceWindowTool());
  }
}
