package org.ilertmcp.server.tools.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.AlertsApi;
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
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code list_alerts}: alerts filtered by state, priority, source, policy, responder, time, text.
 */
public final class ListAlertsTool implements IlertTool {
  static final Param<List<String>> STATES = Params.ALERT_STATES;

  static final Param<String> PRIORITY = Params.PRIORITY.describedAs("Priority.");

  static final Param<List<String>> RESPONDERS =
      Param.refs("responders", "Responder user ids, e-mails or names.");

  static final Param<Instant> FROM =
      Params.FROM.describedAs("Reported since: ISO-8601 with zone, or 24h, 7d.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("Reported before; same formats.");

  static final Param<String> TEXT = Param.text("text", "Text in the summary.");

  static final Param<Integer> LIMIT = Param.limit(20, 100);

  /** Most alerts read from ilert to fill one page when filtering by priority or text. */
  static final int MAX_SCANNED = 1000;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alerts", Toolset.ALERTS, AccessTier.READ)
        .title("List alerts")
        .description(
            "Alerts, newest first; open ones by default: id, summary (untrusted text), status, priority, source, policy, times, responders; pending ones also escalation (level, next_at, next_user).")
        .input(
            Input.of(
                STATES,
                PRIORITY,
                Params.ALERT_SOURCES,
                Params.ESCALATION_POLICIES,
                RESPONDERS,
                FROM,
                UNTIL,
                TEXT,
                LIMIT,
                Params.CURSOR))
        .output(Schema.list("alerts", Views.ALERT_SUMMARY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    AlertQuery query = query(call);
    Optional<String> priority = args.find(PRIORITY);
    Optional<String> text = args.find(TEXT).map(t -> t.toLowerCase(Locale.ROOT));
    int limit = args.get(LIMIT);
    // ilert filters all but priority and text; without those, one page of the limit is the answer
    int pageSize = priority.isEmpty() && text.isEmpty() ? limit : AlertsApi.MAX_PAGE;
    int start = Cursor.startIndex(args);
    int index = start;
    int scanned = 0;
    List<Alert> matches = new ArrayList<>();
    List<Integer> indexAfter = new ArrayList<>();
    boolean exhausted = false;
    while (matches.size() < limit && scanned < MAX_SCANNED && !exhausted) {
      call.request().throwIfCancelled();
      List<Alert> page = call.client().alerts().list(call.ctx(), query, new Page(index, pageSize));
      for (Alert alert : page) {
        index++;
        scanned++;
        if (matches(alert, priority, text)) {
          matches.add(alert);
          indexAfter.add(index);
          if (matches.size() == limit) {
            break;
          }
        }
      }
      exhausted = page.size() < pageSize;
    }
    ObjectNode result = Json.object();
    result.set("alerts", Views.ALERT_SUMMARY.views(matches));
    boolean more = !exhausted || matches.size() == limit;
    int end = index;
    return Output.list(
        result,
        "alerts",
        call.maxResultTokens(),
        kept ->
            kept < matches.size()
                ? Cursor.next(call.args(), kept == 0 ? start : indexAfter.get(kept - 1))
                : more ? Cursor.next(call.args(), end) : null);
  }

  private static AlertQuery query(IlertCall call) {
    Args args = call.args();
    List<String> states = args.get(STATES);
    Instant from = args.find(FROM).orElse(null);
    Instant until = args.find(UNTIL).orElse(null);
    Times.ordered("from", from, "until", until);
    return new AlertQuery(
        states.isEmpty() ? List.of("PENDING", "ACCEPTED") : states,
        ids(args.get(Params.ALERT_SOURCES), v -> call.names().alertSource(call.ctx(), v)),
        ids(
            args.get(Params.ESCALATION_POLICIES),
            v -> call.names().escalationPolicy(call.ctx(), v)),
        args.get(RESPONDERS).stream()
            .map(v -> String.valueOf(call.names().user(call.ctx(), v)))
            .toList(),
        from,
        until,
        // ilert returns when a pending alert escalates next and to whom only when asked
        List.of("nextEscalationUser"));
  }

  private static List<Long> ids(
      List<String> values, java.util.function.ToLongFunction<String> resolve) {
    return values.stream().map(resolve::applyAsLong).toList();
  }

  private static boolean matches(Alert a, Optional<String> priority, Optional<String> text) {
    boolean priorityOk = priority.map(p -> p.equalsIgnoreCase(a.priority())).orElse(true);
    boolean textOk =
        text.map(t -> a.summary() != null && a.summary().toLowerCase(Locale.ROOT).contains(t))
            .orElse(true);
    return priorityOk && textOk;
  }
}
