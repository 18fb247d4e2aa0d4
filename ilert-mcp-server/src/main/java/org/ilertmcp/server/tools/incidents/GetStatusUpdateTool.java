package org.ilertmcp.server.tools.incidents;

import java.util.List;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code get_status_update}: one incident with its message, affected services and update history.
 */
public final class GetStatusUpdateTool implements IlertTool {
  static final Param<Long> INCIDENT_ID = Params.INCIDENT_ID;

  private static final Shape<IncidentViews.Named> RESULT =
      Shape.<IncidentViews.Named>object().object("incident", IncidentViews.DETAIL, n -> n).build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_status_update", Toolset.INCIDENTS, AccessTier.READ)
        .formerName("get_incident")
        .title("Get status update")
        .description(
            "A status update (status-page communication): status, message, affected services, teams, update history.")
        .input(Input.of(INCIDENT_ID).required(INCIDENT_ID))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(INCIDENT_ID);
    Incident incident =
        call.client().incidents().get(call.ctx(), id, List.of("history", "affectedTeams")).value();
    ObjectNode result =
        RESULT.view(new IncidentViews.Named(incident, IncidentViews.serviceNames(call)));
    dropOldestUpdates(result, (ObjectNode) result.get("incident"), call.maxResultTokens());
    return Output.of(result, call.maxResultTokens());
  }

  /** Keeps the newest updates when the whole history does not fit the budget, and says so. */
  private static void dropOldestUpdates(ObjectNode result, ObjectNode detail, int maxTokens) {
    ArrayNode history = (ArrayNode) detail.get("history");
    int omitted = 0;
    while (history != null && history.size() > 1 && Output.tokens(result) > maxTokens * 9 / 10) {
      history.remove(0);
      omitted++;
    }
    if (omitted > 0) {
      detail.put(
          "history_omitted",
          omitted + " oldest updates left out to fit the size limit; newest kept.");
    }
  }
}
