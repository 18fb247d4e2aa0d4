package org.ilertmcp.server.tools.api;

import java.util.List;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code search_ilert_api}: find operations of ilert's REST API in the built-in catalogue. */
public final class SearchIlertApiTool implements IlertTool {
  static final Param<String> QUERY = Param.text("query", "Keywords, e.g. heartbeat monitor.");

  static final Param<Integer> LIMIT = Param.limit(15, 50);

  private static final Shape<ApiCatalogue.Operation> OPERATION =
      Shape.<ApiCatalogue.Operation>object()
          .string("method", ApiCatalogue.Operation::method)
          .string("path", ApiCatalogue.Operation::path)
          .string("tier", op -> op.tier().wireName())
          .string("summary", ApiCatalogue.Operation::summary)
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("search_ilert_api", Toolset.API, AccessTier.READ)
        .title("Search ilert API")
        .description(
            "Search every operation of ilert's REST API by keywords (e.g. 'support hours',"
                + " 'team members'): method, path template, summary and the access tier it needs."
                + " Use it when no dedicated tool fits, then call it with call_ilert_api.")
        .input(Input.of(QUERY, LIMIT).required(QUERY))
        .output(Schema.list("operations", OPERATION.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    List<ApiCatalogue.Operation> found =
        ApiCatalogue.search(call.args().get(QUERY), call.args().get(LIMIT));
    ObjectNode result = Json.object();
    result.set("operations", OPERATION.views(found));
    return Output.list(result, "operations", call.maxResultTokens());
  }
}
