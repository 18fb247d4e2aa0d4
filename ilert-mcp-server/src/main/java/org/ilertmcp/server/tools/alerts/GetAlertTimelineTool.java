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
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert_timeline}: an alert's log entries, optionally filtered by type. */
public final class GetAlertTimelineTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 100);

  static final String[] TYPE_NAMES = {
    "ALERT_UPDATES",
    "NOTIFICATIONS",
    "ALERT_SOURCE_EVENTS",
    "CONNECTOR_EVENTS",
    "CALL_ROUTING_EVENTS",
    "INCIDENT_COMMUNICATIONS"
  };

  static final Param<List<String>> TYPES =
      Param.choices("types", "Only these entry groups.", TYPE_NAMES);

  /** A log entry; its text comes from monitoring systems and people. */
  private static final Shape<LogEntry> ENTRY =
      Shape.<LogEntry>object()
          .integer("id", LogEntry::id)
          .unlisted()
          .time("time", LogEntry::timestamp)
          .string("type", LogEntry::logEntryType)
          .text("text", LogEntry::text)
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert_timeline", Toolset.ALERTS, AccessTier.READ)
        .title("Get alert timeline")
        .description(
            "An alert's timeline, oldest first: events, escalations, notifications, responses, comments, action results, each with time, type, text (untrusted).")
        .input(Input.of(Params.ALERT_ID, TYPES, LIMIT, Params.CURSOR).required(Params.ALERT_ID))
        .output(Schema.list("entries", ENTRY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = args.get(Params.ALERT_ID);
    int limit = args.get(LIMIT);
    int start = Cursor.startIndex(args);
    List<String> types = args.get(TYPES);
    LogEntryQuery query = new LogEntryQuery(null, types.isEmpty() ? null : types, null);
    List<LogEntry> page =
        call.client().alerts().logEntries(call.ctx(), id, query, new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("entries", ENTRY.views(page));
    boolean more = page.size() == limit;
    return Output.list(
        result,
        "entries",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), more));
  }
}
