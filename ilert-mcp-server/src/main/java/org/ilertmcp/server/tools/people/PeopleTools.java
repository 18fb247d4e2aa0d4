package org.ilertmcp.server.tools.people;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code people} toolset, in catalogue order. */
public final class PeopleTools {
  private PeopleTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new GetCurrentUserTool(),
        new ListUsersTool(),
        new GetUserTool(),
        new ListTeamsTool(),
        new GetTeamTool());
  }
}
