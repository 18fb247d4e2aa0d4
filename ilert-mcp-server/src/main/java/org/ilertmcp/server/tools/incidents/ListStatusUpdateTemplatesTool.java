package org.ilertmcp.server.tools.incidents;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.templates.IncidentTemplate;
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
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_status_update_templates}: reusable incident texts. */
public final class ListStatusUpdateTemplatesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(20, 100);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_status_update_templates", Toolset.INCIDENTS, AccessTier.READ)
        .formerName("list_incident_templates")
        .title("List status update templates")
        .description(
            "Status update templates: summary, status and message to reuse in create_status_update or update_status_update.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(
            Schema.list(
                "templates",
                Schema.object(
                    "id", Schema.integer(), "name", Schema.str(), "message", Schema.str())))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<IncidentTemplate> page =
        call.client().incidentTemplates().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("templates");
    page.forEach(t -> items.add(view(t)));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "templates",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }

  private static ObjectNode view(IncidentTemplate t) {
    ObjectNode out = Views.ref(t.id(), Text.clean(t.name()));
    Json.putIfPresent(out, "summary", Text.clean(t.summary()));
    Json.putIfPresent(out, "status", t.status());
    Json.putIfPresent(out, "message", Text.clean(t.message()));
    Json.putIfPresent(out, "send_notification", t.sendNotification());
    if (t.teams() != null && !t.teams().isEmpty()) {
      out.set("teams", Views.teams(t.teams()));
    }
    return out;
  }
}
