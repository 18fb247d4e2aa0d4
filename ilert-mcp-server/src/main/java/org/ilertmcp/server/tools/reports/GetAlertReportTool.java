package org.ilertmcp.server.tools.reports;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.ilertmcp.client.reports.ReportQuery;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert_report}: ilert's alert summary report (counts, MTTA, MTTR) for a window. */
public final class GetAlertReportTool implements IlertTool {
  static final Param<Instant> FROM = Params.FROM.describedAs("ISO-8601 with zone, or e.g. 7d.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("Same formats; default now.");

  static final Param<String> PRIORITY =
      Param.choice("priority", "Default ALL.", "HIGH", "LOW", "ALL");

  static final Param<String> GROUP_BY =
      Param.choice("group_by", "Count per period.", "DAY", "WEEK", "MONTH");

  static final Param<java.time.ZoneId> TIMEZONE =
      Params.TIMEZONE.describedAs("IANA zone of periods.");

  @Override
  public ToolSpec spec() {
    ObjectNode row = Schema.object("alerts", Schema.integer());
    return ToolSpec.builder("get_alert_report", Toolset.REPORTS, AccessTier.READ)
        .title("Get alert report")
        .description(
            "Alert volume and response times in a window (at most a year) from ilert's reports:"
                + " totals and by_source (source, policy): alerts, mtta_seconds, mttr_seconds;"
                + " group_by adds periods. For noise and on-call load reviews.")
        .input(
            Input.of(
                    FROM,
                    UNTIL,
                    Params.ALERT_SOURCES,
                    Params.ESCALATION_POLICIES,
                    PRIORITY,
                    GROUP_BY,
                    TIMEZONE)
                .required(FROM))
        .output(
            Schema.requiring(
                Schema.object(
                    "from", Schema.str(),
                    "until", Schema.str(),
                    "totals", row.deepCopy(),
                    "by_source", Schema.array(row),
                    "periods", Schema.array(Schema.object("period", Schema.str()))),
                "totals",
                "by_source"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    Instant until = args.find(UNTIL).orElse(call.clock().instant());
    Instant from = args.get(FROM);
    Times.ordered("from", from, "until", until);
    ReportQuery query =
        new ReportQuery(
            from,
            until,
            args.get(Params.ALERT_SOURCES).stream()
                .map(v -> call.names().alertSource(call.ctx(), v))
                .toList(),
            args.get(Params.ESCALATION_POLICIES).stream()
                .map(v -> call.names().escalationPolicy(call.ctx(), v))
                .toList(),
            args.find(TIMEZONE).map(java.time.ZoneId::getId).orElse(null),
            null,
            args.find(GROUP_BY).orElse(null),
            args.find(PRIORITY).orElse(null));
    ObjectNode result = Json.object().put("from", Times.iso(from)).put("until", Times.iso(until));
    ArrayNode bySource = Json.array();
    long alerts = 0;
    long mtta = 0;
    long mttr = 0;
    for (JsonNode r : call.client().reports().alertsSummary(call.ctx(), query)) {
      long count = r.path("count").asLong();
      alerts += count;
      mtta += count * r.path("mtta").asLong();
      mttr += count * r.path("mttr").asLong();
      bySource.add(
          Json.object()
              .put("alert_source_id", r.path("alertSourceId").asLong())
              .put("escalation_policy_id", r.path("escalationPolicyId").asLong())
              .put("alerts", count)
              .put("mtta_seconds", r.path("mtta").asLong())
              .put("mttr_seconds", r.path("mttr").asLong()));
    }
    ObjectNode totals = result.putObject("totals").put("alerts", alerts);
    if (alerts > 0) {
      totals.put("mtta_seconds", mtta / alerts).put("mttr_seconds", mttr / alerts);
    }
    result.set("by_source", bySource);
    if (args.has(GROUP_BY)) {
      result.set("periods", periods(call.client().reports().alerts(call.ctx(), query)));
    }
    return Output.list(result, "by_source", call.maxResultTokens());
  }

  /** Sums rows {@code [source, policy, number, period, value]} per period. */
  private static ArrayNode periods(JsonNode rows) {
    Map<String, Long> sums = new TreeMap<>();
    for (JsonNode r : rows) {
      sums.merge(r.path(3).asString(), r.path(4).asLong(), Long::sum);
    }
    ArrayNode out = Json.array();
    sums.forEach((period, n) -> out.add(Json.object().put("period", period).put("alerts", n)));
    return out;
  }
}
