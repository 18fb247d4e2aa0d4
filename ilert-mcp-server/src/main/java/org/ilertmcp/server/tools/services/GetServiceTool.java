package org.ilertmcp.server.tools.services;

import java.util.List;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;

/** {@code get_service}: one service with uptime, recent outages and open incidents. */
public final class GetServiceTool implements IlertTool {
  /** Most recent outages shown; list_service_outages has all. */
  static final int RECENT_OUTAGES = 10;

  /** A service's summary with alias, description, teams and its latest outages. */
  private static final Shape<Service> SERVICE =
      Shape.<Service>object()
          .fields(ServiceViews.SUMMARY, s -> s)
          .text("alias", Service::alias)
          .unlisted()
          .text("description", Service::description)
          .unlisted()
          .list("teams", Views.REF, s -> Ref.teams(s.teams()))
          .unlisted()
          .list("recent_outages", ServiceViews.OUTAGE, GetServiceTool::recentOutages)
          .keepEmptyUnlessNull()
          .unlisted()
          .build();

  private static final Shape<Service> RESULT =
      Shape.<Service>object().object("service", SERVICE, s -> s).build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_service", Toolset.SERVICES, AccessTier.READ)
        .title("Get service")
        .description(
            "A service (list_services): status, description, teams, uptime, latest outages, open incidents.")
        .input(Input.of(Params.SERVICE).required(Params.SERVICE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().service(call.ctx(), call.args().get(Params.SERVICE));
    Service s = call.client().services().get(call.ctx(), id, ServiceViews.INCLUDE);
    return Output.of(RESULT.view(s), call.maxResultTokens());
  }

  private static List<ServiceOutage> recentOutages(Service s) {
    if (s.uptime() == null || s.uptime().outages() == null) {
      return null;
    }
    return s.uptime().outages().stream()
        .sorted(ServiceViews.NEWEST_FIRST)
        .limit(RECENT_OUTAGES)
        .toList();
  }
}
