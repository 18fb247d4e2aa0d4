package org.ilertmcp.server.tools.services;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.statuspages.StatusPage;
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
import tools.jackson.databind.node.ObjectNode;

/** {@code list_status_pages}: the organisation's public and private status pages. */
public final class ListStatusPagesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(20, 50);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_status_pages", Toolset.SERVICES, AccessTier.READ)
        .title("List status pages")
        .description(
            "Status pages: name, URL, visibility, overall status (worst of its services). For get_status_page.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("status_pages", StatusPageViews.SUMMARY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<StatusPage> page =
        call.client().statusPages().list(call.ctx(), List.of(), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("status_pages", StatusPageViews.SUMMARY.views(page));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "status_pages",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
