package org.ilertmcp.server.tools.oncall;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code oncall} toolset, in catalogue order. */
public final class OnCallTools {
  private OnCallTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new WhoIsOnCallTool(),
        new ListSchedulesTool(),
        new GetScheduleTool(),
        new ListScheduleShiftsTool(),
        new ListScheduleOverridesTool(),
        new CreateScheduleOverrideTool(),
        new ListEscalationPoliciesTool(),
        new GetEscalationPolicyTool());
  }
}
