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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_status_update_templates}: reusable incident texts. */
public final class ListStatusUpdateTemplatesTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(20, 100);

  /** A template; its texts are what people entered. */
  private static final Shape<IncidentTemplate> TEMPLATE =
      Shape.<IncidentTemplate>object()
          .integer("id", IncidentTemplate::id)
          .text("name", IncidentTemplate::name)
          .text("summary", IncidentTemplate::summary)
          .unlisted()
          .string("status", IncidentTemplate::status)
          .unlisted()
          .text("message", IncidentTemplate::message)
          .bool("send_notification", IncidentTemplate::sendNotification)
          .unlisted()
          .list("teams", Views.REF, t -> Views.Ref.teams(t.teams()))
          .unlisted()
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_status_update_templates", Toolset.INCIDENTS, AccessTier.READ)
        .formerName("list_incident_templates")
        .title("List status update templates")
        .description(
            "Status update templates: summary, status and message to reuse in create_status_update or update_status_update.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("templates", TEMPLATE.schema()))
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
    result.set("templates", TEMPLATE.views(page));
    boolean full = page.size() == limit;
    return Output.list(
        result,
        "templates",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), full));
  }
}
