package org.ilertmcp.server.tools.analysis;

import java.util.List;
import org.ilertmcp.server.catalog.IlertTool;

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
