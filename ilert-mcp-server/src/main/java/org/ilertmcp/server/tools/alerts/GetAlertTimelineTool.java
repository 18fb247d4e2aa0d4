package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.alerts.LogEntry;
import org.ilertmcp.client.alerts.LogEntryQuery;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert_timeline}: an alert's log entries, optionally filtered by type. */
public final class GetAlertTimelineTool implements IlertTool {
  static final String[] TYPES = {
    "ALERT_UPDATES",
    "NOTIFICATIONS",
    "ALERT_SOURCE_EVENTS",
    "CONNECTOR_EVENTS",
    "CALL_ROUTING_EVENTS",
    "INCIDENT_COMMUNICATIONS"
  };

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert_timeline", Toolset.ALERTS, AccessTier.READ)
        .title("Get alert timeline")
        .description(
            "An alert's timeline, oldest first: events, escalations, notifications, responses, comments, action results; each with time, type, text (untrusted). More via next_cursor.")
        .input(
            Schema.input()
                .string("alert_id", "Alert id (list_alerts).")
                .strings("types", "Only these entry groups.", TYPES)
                .integer("limit", "Default 50.", 1, 100)
                .string("cursor", "next_cursor of the previous call.")
                .required("alert_id"))
        .output(
            Schema.list(
                "entries",
                Schema.object(
                    "time", Schema.str(),
                    "type", Schema.str(),
                    "text", Schema.str())))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = args.id("alert_id");
    int limit = args.integer("limit", 50);
    int start = Cursor.startIndex(args);
    List<String> types = args.strings("types");
    LogEntryQuery query = new LogEntryQuery(null, types.isEmpty() ? null : types, null);
    List<LogEntry> page =
        call.client().alerts().logEntries(call.ctx(), id, query, new Page(start, limit));
    ObjectNode result = Json.object();
    ArrayNode entries = result.putArray("entries");
    page.forEach(e -> entries.add(entry(e)));
    boolean more = page.size() == limit;
    return Output.list(
        result, "entries", call.maxResultTokens(), Cursor.after(start, page.size(), more));
  }

  private static ObjectNode entry(LogEntry e) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", e.id());
    Json.putIfPresent(out, "time", Times.iso(e.timestamp()));
    Json.putIfPresent(out, "type", e.logEntryType());
    return Json.putIfPresent(out, "text", Text.clean(e.text()));
  }
}
