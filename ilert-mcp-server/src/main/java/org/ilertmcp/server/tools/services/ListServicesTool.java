package org.ilertmcp.server.tools.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.services.ServicesApi;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tools.incidents.IncidentViews;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_services}: services with status, uptime and open incidents. */
public final class ListServicesTool implements IlertTool {
  static final Param<List<String>> STATUSES =
      Param.choices(
          "statuses",
          "Only these statuses.",
          IncidentViews.SERVICE_STATUS_WORDS,
          Map.of(),
          IncidentViews.SERVICE_STATUSES);

  static final Param<Integer> LIMIT = Param.limit(20, 100);

  /** Most services read from ilert to fill one page when filtering by status. */
  static final int MAX_SCANNED = 1000;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_services", Toolset.SERVICES, AccessTier.READ)
        .title("List services")
        .description(
            "Services (status-page components) with status, uptime, open incidents. For get_service, list_service_outages, create_status_update.")
        .input(Input.of(STATUSES, LIMIT, Params.CURSOR))
        .output(Schema.list("services", ServiceViews.SUMMARY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    List<String> statuses = call.args().get(STATUSES);
    int limit = call.args().get(LIMIT);
    // ilert has no status filter; without one, one page of the limit (up to ilert's most) is it
    int pageSize =
        statuses.isEmpty()
            ? Math.min(limit, ServicesApi.MAX_PAGE_WITH_INCLUDE)
            : ServicesApi.MAX_PAGE_WITH_INCLUDE;
    int start = Cursor.startIndex(call.args());
    int index = start;
    int scanned = 0;
    List<Service> matches = new ArrayList<>();
    List<Integer> indexAfter = new ArrayList<>();
    boolean exhausted = false;
    while (matches.size() < limit && scanned < MAX_SCANNED && !exhausted) {
      call.request().throwIfCancelled();
      List<Service> page =
          call.client()
              .services()
              .list(call.ctx(), ServiceViews.INCLUDE, new Page(index, pageSize));
      for (Service s : page) {
        index++;
        scanned++;
        if (statuses.isEmpty() || statuses.contains(s.status())) {
          matches.add(s);
          indexAfter.add(index);
          if (matches.size() == limit) {
            break;
          }
        }
      }
      exhausted = page.size() < pageSize;
    }
    ObjectNode result = Json.object();
    result.set("services", ServiceViews.SUMMARY.views(matches));
    boolean more = !exhausted || matches.size() == limit;
    int end = index;
    return Output.list(
        result,
        "services",
        call.maxResultTokens(),
        kept ->
            kept < matches.size()
                ? Cursor.next(call.args(), kept == 0 ? start : indexAfter.get(kept - 1))
                : more ? Cursor.next(call.args(), end) : null);
  }
}
