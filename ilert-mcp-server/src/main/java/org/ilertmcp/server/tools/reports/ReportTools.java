package org.ilertmcp.server.tools.reports;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code reports} toolset, in catalogue order. */
public final class ReportTools {
  private ReportTools() {}

  public static List<IlertTool> all() {
    return List.of(new GetAlertReportTool());
  }
}
