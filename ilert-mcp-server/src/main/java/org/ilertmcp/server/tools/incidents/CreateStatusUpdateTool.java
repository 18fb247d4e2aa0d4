package org.ilertmcp.server.tools.incidents;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Text;

/** {@code create_status_update}: open a status-page incident for affected services. */
public final class CreateStatusUpdateTool implements WriteTool {
  static final Param<String> SUMMARY = Param.text("summary", "Short public title.");

  static final Param<String> MESSAGE = Param.text("message", "Public update text.");

  static final Param<String> STATUS =
      Param.choice(
          "status",
          "Default INVESTIGATING.",
          IncidentViews.INCIDENT_STATUS_WORDS,
          IncidentViews.INCIDENT_STATUSES);

  static final Param<String> IMPACT =
      Param.choice(
          "impact",
          "Impact on them.",
          IncidentViews.SERVICE_STATUS_WORDS,
          IncidentViews.SERVICE_STATUSES);

  static final Param<Boolean> NOTIFY_SUBSCRIBERS =
      Param.bool("notify_subscribers", "Default false.", false);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_status_update", Toolset.INCIDENTS, AccessTier.MANAGE)
        .formerName("create_incident")
        .title("Create status update")
        .description(
            "Post a status update (ilert API: incident) setting the impact of services (list_services) on status pages. Notifies subscribers only if notify_subscribers; dry_run shows whom.")
        .input(
            Input.of(SUMMARY, MESSAGE, STATUS, Params.SERVICES, IMPACT, NOTIFY_SUBSCRIBERS)
                .required(SUMMARY, Params.SERVICES, IMPACT))
        .output(IncidentViews.SUMMARY_RESULT.schema())
        .write(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    Map<Long, String> affected = affected(call);
    Incident body = body(call.args(), affected);
    return IncidentViews.preview(
        call,
        "Open a status update "
            + Text.quote(body.summary())
            + " ("
            + body.status()
            + (body.message() == null ? "" : ", message " + Text.quote(body.message()))
            + ") setting "
            + IncidentViews.describe(call, affected)
            + ".",
        body);
  }

  @Override
  public ToolResult call(IlertCall call) {
    Incident body = body(call.args(), affected(call));
    Incident created = call.client().incidents().create(call.ctx(), body);
    return Output.of(
        IncidentViews.SUMMARY_RESULT.view(
            new IncidentViews.Named(created, IncidentViews.serviceNamesAfterWrite(call))),
        call.maxResultTokens());
  }

  private static Map<Long, String> affected(IlertCall call) {
    Map<Long, String> affected =
        IncidentViews.beforeWrite(() -> IncidentViews.affected(call, Params.SERVICES, IMPACT));
    if (affected.isEmpty()) {
      throw new ToolInputException("services must name at least one affected service.");
    }
    return affected;
  }

  private static Incident body(Args args, Map<Long, String> affected) {
    List<AffectedService> services =
        affected.entrySet().stream()
            .map(e -> new AffectedService(e.getValue(), IdRef.of(e.getKey())))
            .toList();
    return Incident.of(
        args.get(SUMMARY),
        args.find(STATUS).orElse("INVESTIGATING"),
        args.find(MESSAGE).orElse(null),
        args.get(NOTIFY_SUBSCRIBERS),
        services);
  }
}
