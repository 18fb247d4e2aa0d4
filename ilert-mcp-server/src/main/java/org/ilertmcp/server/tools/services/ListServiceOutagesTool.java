package org.ilertmcp.server.tools.services;

import java.util.List;
import org.ilertmcp.client.outages.OutageQuery;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_service_outages}: spans in which a service was not operational. */
public final class ListServiceOutagesTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_service_outages", Toolset.SERVICES, AccessTier.READ)
        .title("List service outages")
        .description(
            "List when a service (list_services) was in outage: status, from, until, minutes;"
                + " newest first, default last 90 days.")
        .input(
            Schema.input()
                .string("service", "Service id or name.")
                .string("from", "Start: ISO-8601 or 30d.")
                .string("until", "End; default now.")
                .required("service"))
        .output(
            Schema.requiring(
                Schema.object(
                    "service_id", Schema.integer(),
                    "outages",
                        Schema.array(Schema.object("status", Schema.str(), "from", Schema.str())),
                    "truncated", Schema.truncated()),
                "outages"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = call.names().service(call.ctx(), args.requireString("service"));
    OutageQuery query =
        new OutageQuery(
            id, args.instant("from").orElse(null), args.instant("until").orElse(null), null);
    List<ServiceOutage> outages = call.client().serviceOutages().list(call.ctx(), query);
    ObjectNode result = Json.object().put("service_id", id);
    ArrayNode items = result.putArray("outages");
    outages.stream()
        .sorted(ServiceViews.NEWEST_FIRST)
        .forEach(o -> items.add(ServiceViews.outage(o)));
    return Output.list(result, "outages", call.maxResultTokens());
  }
}
