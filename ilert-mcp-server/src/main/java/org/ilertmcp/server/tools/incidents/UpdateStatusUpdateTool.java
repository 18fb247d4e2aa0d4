package org.ilertmcp.server.tools.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.Tagged;
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
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Text;

/**
 * {@code update_status_update}: post an update. Reads the incident and its ETag, applies the change
 * and writes it with {@code If-Match}, so a concurrent change is reported instead of overwritten.
 */
public final class UpdateStatusUpdateTool implements WriteTool {
  static final Param<Long> INCIDENT_ID = Params.INCIDENT_ID;

  static final Param<String> MESSAGE = Param.text("message", "Public update text.");

  static final Param<String> STATUS =
      Param.choice(
          "status",
          "Default unchanged.",
          IncidentViews.INCIDENT_STATUS_WORDS,
          IncidentViews.INCIDENT_STATUSES);

  static final Param<List<String>> SERVICES =
      Params.SERVICES.describedAs("Services to add or re-rate.");

  static final Param<String> IMPACT =
      Param.choice(
          "impact",
          "For services, else all affected.",
          IncidentViews.SERVICE_STATUS_WORDS,
          IncidentViews.SERVICE_STATUSES);

  static final Param<Boolean> NOTIFY_SUBSCRIBERS =
      Param.bool("notify_subscribers", "Default false.", false);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("update_status_update", Toolset.INCIDENTS, AccessTier.MANAGE)
        .formerName("update_incident")
        .title("Update status update")
        .description(
            "Add an update to a status update: message, optionally status (RESOLVED ends it) and impacts. Fails, overwriting nothing, if it changed since read.")
        .input(
            Input.of(INCIDENT_ID, MESSAGE, STATUS, SERVICES, IMPACT, NOTIFY_SUBSCRIBERS)
                .required(INCIDENT_ID, MESSAGE))
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
    Args args = call.args();
    long id = args.get(INCIDENT_ID);
    Map<Long, String> changes = IncidentViews.affected(call, SERVICES, IMPACT);
    Incident current = call.client().incidents().get(call.ctx(), id, List.of()).value();
    Incident next = next(args, current, changes);
    Map<Long, String> impacts = new LinkedHashMap<>();
    next.affectedServices().forEach(a -> impacts.put(a.service().id(), a.impact()));
    return IncidentViews.preview(
        call,
        "Post to incident "
            + id
            + " "
            + Text.quote(current.summary())
            + " the update "
            + Text.quote(next.message())
            + ": status "
            + current.status()
            + " -> "
            + next.status()
            + ", services "
            + IncidentViews.describe(call, impacts)
            + ".",
        next);
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = args.get(INCIDENT_ID);
    Map<Long, String> changes =
        IncidentViews.beforeWrite(() -> IncidentViews.affected(call, SERVICES, IMPACT));
    Tagged<Incident> read =
        IncidentViews.beforeWrite(() -> call.client().incidents().get(call.ctx(), id, List.of()));
    if (read.etag() == null) {
      return ToolResult.error(
          "ilert sent no version (ETag) for incident "
              + id
              + "; nothing was changed, retry later.");
    }
    Incident next = next(args, read.value(), changes);
    try {
      Incident updated = call.client().incidents().update(call.ctx(), id, next, read.etag());
      return Output.of(
          IncidentViews.SUMMARY_RESULT.view(
              new IncidentViews.Named(updated, IncidentViews.serviceNamesAfterWrite(call))),
          call.maxResultTokens());
    } catch (IlertApiException e) {
      if (e.kind() == ErrorKind.CONFLICT && e.status() == 412) {
        return conflict(id);
      }
      throw e;
    }
  }

  /** The full new state: the current one with this update applied. */
  private static Incident next(Args args, Incident current, Map<Long, String> changes) {
    return Incident.of(
        current.summary(),
        args.find(STATUS).orElse(current.status()),
        args.get(MESSAGE),
        args.get(NOTIFY_SUBSCRIBERS),
        affected(current, changes, args.find(IMPACT).orElse(null)));
  }

  /** ilert answered 412: the ETag no longer matches, so the write was refused as a whole. */
  private static ToolResult conflict(long id) {
    return ToolResult.error(
        "Incident "
            + id
            + " was changed by someone else after it was read; nothing was overwritten."
            + " Read it with get_status_update and update again if still needed.");
  }

  private static List<AffectedService> affected(
      Incident current, Map<Long, String> changes, String impact) {
    Map<Long, String> impacts = new LinkedHashMap<>();
    if (current.affectedServices() != null) {
      for (AffectedService a : current.affectedServices()) {
        if (a.service() != null && a.service().id() != null) {
          impacts.put(a.service().id(), changes.isEmpty() && impact != null ? impact : a.impact());
        }
      }
    }
    impacts.putAll(changes);
    return impacts.entrySet().stream()
        .map(e -> new AffectedService(e.getValue(), IdRef.of(e.getKey())))
        .toList();
  }
}
