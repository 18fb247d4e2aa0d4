package org.ilertmcp.server.catalog;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tools.actions.ActionTools;
import org.ilertmcp.server.tools.alerts.AlertTools;
import org.ilertmcp.server.tools.analysis.AnalysisTools;
import org.ilertmcp.server.tools.api.ApiTools;
import org.ilertmcp.server.tools.deployments.DeploymentTools;
import org.ilertmcp.server.tools.incidents.IncidentTools;
import org.ilertmcp.server.tools.oncall.OnCallTools;
import org.ilertmcp.server.tools.people.PeopleTools;
import org.ilertmcp.server.tools.reports.ReportTools;
import org.ilertmcp.server.tools.services.ServiceTools;
import org.ilertmcp.server.tools.sources.SourceTools;

/**
 * The catalogue: every ilert tool, grouped by toolset, in the order {@code tools/list} shows them.
 * Tool names are the public contract; keep them.
 */
public final class ToolCatalog {
  private ToolCatalog() {}

  public static List<IlertTool> all() {
    List<IlertTool> all = new ArrayList<>();
    all.addAll(AlertTools.all());
    all.addAll(IncidentTools.all());
    all.addAll(ServiceTools.all());
    all.addAll(OnCallTools.all());
    all.addAll(PeopleTools.all());
    all.addAll(AnalysisTools.all());
    all.addAll(ActionTools.all());
    all.addAll(SourceTools.all());
    all.addAll(DeploymentTools.all());
    all.addAll(ReportTools.all());
    all.addAll(ApiTools.all());
    return List.copyOf(all);
  }
}
