package org.ilertmcp.server.tools.analysis;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tools.analysis.changes.FindRecentChangesTool;
import org.ilertmcp.server.tools.analysis.handover.GetOncallHandoverTool;
import org.ilertmcp.server.tools.analysis.investigate.InvestigateAlertTool;
import org.ilertmcp.server.tools.analysis.investigate.SummarizeIncidentTool;
import org.ilertmcp.server.tools.analysis.noise.AnalyzeAlertsTool;
import org.ilertmcp.server.tools.analysis.paging.WhoGetsPagedTool;

/**
 * The {@code analysis} toolset, in catalogue order: tools that combine many reads into one
 * explainable answer, computed here from ilert's public API (no hidden model).
 */
public final class AnalysisTools {
  private AnalysisTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new InvestigateAlertTool(),
        new SummarizeIncidentTool(),
        new FindRecentChangesTool(),
        new WhoGetsPagedTool(),
        new AnalyzeAlertsTool(),
        new GetOncallHandoverTool());
  }
}
