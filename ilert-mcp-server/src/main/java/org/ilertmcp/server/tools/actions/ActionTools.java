package org.ilertmcp.server.tools.actions;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/**
 * The {@code actions} toolset, in catalogue order: alert actions run third-party connectors
 * (tickets, chat posts, webhooks), so they are opt-in.
 */
public final class ActionTools {
  private ActionTools() {}

  public static List<IlertTool> all() {
    return List.of(new ListAlertActionsTool(), new RunAlertActionTool());
  }
}
