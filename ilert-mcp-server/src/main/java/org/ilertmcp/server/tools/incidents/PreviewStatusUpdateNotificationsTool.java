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
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code preview_status_update_notifications}: ilert's publish-info dry run; sends nothing. */
public final class PreviewStatusUpdateNotificationsTool implements IlertTool {
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
        .output(
            Schema.object(
                "status_pages", Schema.array(Views.refSchema()),
                "private_status_pages", Schema.integer(),
                "public_status_pages", Schema.integer(),
                "private_subscribers", Schema.integer(),
                "public_subscribers", Schema.integer()))
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
    ObjectNode result = Json.object();
    ArrayNode pages = result.putArray("status_pages");
    JsonNode listed = info.path("statusPagesInfo");
    List<JsonNode> entries = new ArrayList<>();
    if (listed.isArray()) {
      listed.forEach(entries::add);
    } else {
      entries.add(listed);
    }
    for (JsonNode page : entries) {
      if (page.isObject()) {
        pages.add(
            Views.ref(
                page.path("id").isNumber() ? page.path("id").asLong() : null,
                Text.clean(Json.string(page, "label"))));
      }
    }
    count(result, "private_status_pages", info.path("privateStatusPages"));
    count(result, "public_status_pages", info.path("publicStatusPages"));
    count(result, "private_subscribers", info.path("privateSubscribers"));
    count(result, "public_subscribers", info.path("publicSubscribers"));
    return Output.of(result, call.maxResultTokens());
  }

  private static void count(ObjectNode result, String field, JsonNode node) {
    Integer count = IncidentViews.count(node);
    if (count != null) {
      result.put(field, count);
    }
  }
}
