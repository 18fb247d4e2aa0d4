package org.ilertmcp.server.tools.incidents;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;

/** {@code preview_status_update_notifications}: ilert's publish-info dry run; sends nothing. */
public final class PreviewStatusUpdateNotificationsTool implements IlertTool {
  /** ilert's publish info: the status pages reached and how many subscribers. */
  private static final Shape<JsonNode> RESULT =
      Shape.<JsonNode>object()
          .list("status_pages", Views.REF, PreviewStatusUpdateNotificationsTool::pages)
          .keepEmpty()
          .integer("private_status_pages", i -> IncidentViews.count(i.path("privateStatusPages")))
          .integer("public_status_pages", i -> IncidentViews.count(i.path("publicStatusPages")))
          .integer("private_subscribers", i -> IncidentViews.count(i.path("privateSubscribers")))
          .integer("public_subscribers", i -> IncidentViews.count(i.path("publicSubscribers")))
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder(
            "preview_status_update_notifications", Toolset.INCIDENTS, AccessTier.READ)
        .formerName("preview_incident_notifications")
        .title("Preview status update notifications")
        .description(
            "Dry run for create_status_update: status pages showing these services and how many"
                + " subscribers would be notified. Sends nothing.")
        .input(Input.of(Params.SERVICES).required(Params.SERVICES))
        .output(RESULT.schema())
        .readOnly()
        // create_status_update and update_status_update with dry_run say the same to those who may
        // post.
        .outsideDefault()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    List<Long> ids = IncidentViews.serviceIds(call, call.args().get(Params.SERVICES));
    if (ids.isEmpty()) {
      throw new ToolInputException("services must name at least one affected service.");
    }
    List<AffectedService> affected =
        ids.stream().map(id -> new AffectedService("DEGRADED", IdRef.of(id))).toList();
    String summary = "Notification preview";
    JsonNode info =
        call.client()
            .incidents()
            .publishInfo(call.ctx(), Incident.of(summary, "INVESTIGATING", null, true, affected));
    return Output.of(RESULT.view(info), call.maxResultTokens());
  }

  /** The status pages ilert lists (one page may come as an object), with cleaned labels. */
  private static List<Views.Ref> pages(JsonNode info) {
    JsonNode listed = info.path("statusPagesInfo");
    List<JsonNode> entries = new ArrayList<>();
    if (listed.isArray()) {
      listed.forEach(entries::add);
    } else {
      entries.add(listed);
    }
    List<Views.Ref> out = new ArrayList<>();
    for (JsonNode page : entries) {
      if (page.isObject()) {
        out.add(
            new Views.Ref(
                page.path("id").isNumber() ? page.path("id").asLong() : null,
                Text.clean(Json.string(page, "label"))));
      }
    }
    return out;
  }
}
