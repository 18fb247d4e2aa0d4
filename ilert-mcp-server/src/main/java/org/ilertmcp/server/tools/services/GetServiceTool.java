package org.ilertmcp.server.tools.services;

import org.ilertmcp.client.services.Service;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_service}: one service with uptime, recent outages and open incidents. */
public final class GetServiceTool implements IlertTool {
  /** Most recent outages shown; list_service_outages has all. */
  static final int RECENT_OUTAGES = 10;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_service", Toolset.SERVICES, AccessTier.READ)
        .title("Get service")
        .description(
            "A service (list_services): status, description, teams, uptime, latest outages, open incidents.")
        .input(Input.of(Params.SERVICE).required(Params.SERVICE))
        .output(Schema.object("service", ServiceViews.summarySchema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().service(call.ctx(), call.args().get(Params.SERVICE));
    Service s = call.client().services().get(call.ctx(), id, ServiceViews.INCLUDE);
    ObjectNode out = ServiceViews.summary(s);
    Json.putIfPresent(out, "alias", Text.clean(s.alias()));
    Json.putIfPresent(out, "description", Text.clean(s.description()));
    if (s.teams() != null && !s.teams().isEmpty()) {
      out.set("teams", Views.teams(s.teams()));
    }
    if (s.uptime() != null && s.uptime().outages() != null) {
      ArrayNode outages = out.putArray("recent_outages");
      s.uptime().outages().stream()
          .sorted(ServiceViews.NEWEST_FIRST)
          .limit(RECENT_OUTAGES)
          .forEach(o -> outages.add(ServiceViews.outage(o)));
    }
    ObjectNode result = Json.object();
    result.set("service", out);
    return Output.of(result, call.maxResultTokens());
  }
}
