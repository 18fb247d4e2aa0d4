package org.ilertmcp.server.tools.sources;

import java.util.List;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;

/** {@code get_alert_source}: one alert source's routing and grouping settings, never its key. */
public final class GetAlertSourceTool implements IlertTool {
  /** A source's list projection with its routing and grouping settings. */
  private static final Shape<AlertSource> SOURCE =
      Shape.<AlertSource>object()
          .fields(ListAlertSourcesTool.SOURCE, s -> s)
          .list("teams", Views.REF, s -> Ref.teams(s.teams()))
          .keepEmpty()
          .unlisted()
          .string("alert_creation", AlertSource::alertCreation)
          .unlisted()
          .string("alert_grouping_window", AlertSource::alertGroupingWindow)
          .unlisted()
          .string("auto_resolution_timeout", AlertSource::autoResolutionTimeout)
          .unlisted()
          .string("alert_priority_rule", AlertSource::alertPriorityRule)
          .unlisted()
          .integer("support_hours_id", s -> s.supportHours() == null ? null : s.supportHours().id())
          .unlisted()
          .bool("bidirectional", AlertSource::bidirectional)
          .unlisted()
          .build();

  private static final Shape<AlertSource> RESULT =
      Shape.<AlertSource>object()
          .object("alert_source", SOURCE, s -> s)
          .required("alert_source")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert_source", Toolset.SOURCES, AccessTier.READ)
        .title("Get alert source")
        .description(
            "Get one alert source: type, status, escalation_policy, teams, alert_creation,"
                + " grouping window, auto-resolution timeout, priority rule; how it creates and"
                + " routes alerts. Id or name from list_alert_sources. Never shows keys.")
        .input(Input.of(Params.ALERT_SOURCE).required(Params.ALERT_SOURCE))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().alertSource(call.ctx(), call.args().get(Params.ALERT_SOURCE));
    AlertSource s = call.client().alertSources().get(call.ctx(), String.valueOf(id), List.of());
    return Output.of(RESULT.view(s), call.maxResultTokens());
  }
}
