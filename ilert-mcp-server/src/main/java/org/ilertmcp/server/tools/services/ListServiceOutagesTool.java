package org.ilertmcp.server.tools.services;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.outages.OutageQuery;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;

/** {@code list_service_outages}: spans in which a service was not operational. */
public final class ListServiceOutagesTool implements IlertTool {
  static final Param<Instant> FROM = Params.FROM.describedAs("Start: ISO-8601 or 30d.");

  private record Result(long serviceId, List<ServiceOutage> outages) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .integer("service_id", Result::serviceId)
          .list("outages", ServiceViews.OUTAGE, Result::outages)
          .keepEmpty()
          .required("outages")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_service_outages", Toolset.SERVICES, AccessTier.READ)
        .title("List service outages")
        .description(
            "When a service (list_services) was in outage: status, from, until, minutes; newest first, default last 90 days.")
        .input(Input.of(Params.SERVICE, FROM, Params.UNTIL).required(Params.SERVICE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = call.names().service(call.ctx(), args.get(Params.SERVICE));
    Instant from = args.find(FROM).orElse(null);
    Instant until = args.find(Params.UNTIL).orElse(null);
    Times.ordered("from", from, "until", until);
    OutageQuery query = new OutageQuery(id, from, until, null);
    List<ServiceOutage> outages = call.client().serviceOutages().list(call.ctx(), query);
    Result result = new Result(id, outages.stream().sorted(ServiceViews.NEWEST_FIRST).toList());
    return Output.list(RESULT.view(result), "outages", call.maxResultTokens());
  }
}
