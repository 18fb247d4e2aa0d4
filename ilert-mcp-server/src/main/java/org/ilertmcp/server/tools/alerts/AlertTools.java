package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code alerts} toolset, in catalogue order. */
public final class AlertTools {
  private AlertTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListAlertsTool(),
        new GetAlertTool(),
        new GetAlertTimelineTool(),
        new ListAlertNotificationsTool(),
        new GetSuggestedRespondersTool(),
        new AcceptAlertTool(),
        new ResolveAlertTool(),
        new AssignAlertTool(),
        new EscalateAlertTool(),
        new AddAlertResponderTool(),
        new RemoveAlertResponderTool(),
        new CommentOnAlertTool(),
        new CreateAlertTool());
  }
}
