package org.ilertmcp.server.tools.incidents;

import java.util.List;
import java.util.Map;
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
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import tools.jackson.databind.node.ObjectNode;

/** {@code create_incident}: open a status-page incident for affected services. */
public final class CreateIncidentTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_incident", Toolset.INCIDENTS, AccessTier.MANAGE)
        .title("Create incident")
        .description(
            "Open an incident: a status-page communication setting the impact of services"
                + " (list_services). Notifies subscribers only if notify_subscribers;"
                + " preview_incident_notifications shows who.")
        .input(
            Schema.input()
                .string("summary", "Short public title.")
                .string("message", "Public update text.")
                .enumeration("status", "Default INVESTIGATING.", IncidentViews.INCIDENT_STATUSES)
                .strings("services", "Service ids or names.")
                .enumeration("impact", "Impact on them.", IncidentViews.SERVICE_STATUSES)
                .bool("notify_subscribers", "Default false.")
                .required("summary", "services", "impact"))
        .output(Schema.object("incident", IncidentViews.summarySchema()))
        .write(false)
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    String summary = args.requireString("summary");
    Map<Long, String> affected =
        IncidentViews.beforeWrite(() -> IncidentViews.affected(call, "services", "impact"));
    if (affected.isEmpty()) {
      throw new ToolInputException("services must name at least one affected service.");
    }
    List<AffectedService> services =
        affected.entrySet().stream()
            .map(e -> new AffectedService(e.getValue(), IdRef.of(e.getKey())))
            .toList();
    Incident body =
        Incident.of(
            summary,
            args.string("status").orElse("INVESTIGATING"),
            args.string("message").orElse(null),
            args.bool("notify_subscribers", false),
            services);
    Incident created = call.client().incidents().create(call.ctx(), body);
    ObjectNode result = Json.object();
    result.set(
        "incident", IncidentViews.summary(created, IncidentViews.serviceNamesAfterWrite(call)));
    return Output.of(result, call.maxResultTokens());
  }
}
