package org.ilertmcp.server.tools.sources;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.ilertmcp.client.CursorPage;
import org.ilertmcp.client.heartbeats.HeartbeatMonitor;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_heartbeat_monitors}: cron and job check-ins, with ilert's cursor paging. */
public final class ListHeartbeatMonitorsTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, 200);

  private static final String PREFIX = "h1:";

  /** A monitor: state, check-in interval, the summary its alerts get, teams. */
  private static final Shape<HeartbeatMonitor> MONITOR =
      Shape.<HeartbeatMonitor>object()
          .integer("id", HeartbeatMonitor::id)
          .string("name", HeartbeatMonitor::name)
          .string("state", HeartbeatMonitor::state)
          .integer("interval_sec", HeartbeatMonitor::intervalSec)
          .unlisted()
          .text("alert_summary", HeartbeatMonitor::alertSummary)
          .unlisted()
          .list("teams", Views.REF, m -> Ref.teams(m.teams()))
          .keepEmpty()
          .unlisted()
          .required("id")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_heartbeat_monitors", Toolset.SOURCES, AccessTier.READ)
        .title("List heartbeat monitors")
        .description(
            "List heartbeat monitors (jobs that must check in regularly): id, name, state"
                + " (HEALTHY, OVERDUE, UNKNOWN), interval_sec, alert_summary, teams. Use it when a"
                + " cron or job alert fires. More via next_cursor.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("heartbeat_monitors", MONITOR.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    String cursor =
        call.args().find(Params.CURSOR).map(ListHeartbeatMonitorsTool::decode).orElse(null);
    CursorPage<HeartbeatMonitor> page =
        call.client()
            .heartbeatMonitors()
            .list(call.ctx(), List.of(), cursor, call.args().get(LIMIT));
    ObjectNode result = Json.object();
    result.set("heartbeat_monitors", MONITOR.views(page.items()));
    String next = page.next().map(ListHeartbeatMonitorsTool::encode).orElse(null);
    // ilert's cursor continues after the whole page, so a page cut for size cannot be resumed
    return Output.list(
        result,
        "heartbeat_monitors",
        call.maxResultTokens(),
        kept -> kept < page.items().size() ? null : next);
  }

  private static String encode(String ilertCursor) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + ilertCursor).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX) && text.length() > PREFIX.length()) {
        return text.substring(PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ToolInputException(
        "cursor is not valid; pass the next_cursor of the previous result unchanged.");
  }
}
