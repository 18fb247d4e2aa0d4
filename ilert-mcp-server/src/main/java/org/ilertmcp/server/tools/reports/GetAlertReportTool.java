package org.ilertmcp.server.tools.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ilertmcp.client.reports.ReportQuery;
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
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.JsonNode;

/** {@code get_alert_report}: ilert's alert summary report (counts, MTTA, MTTR) for a window. */
public final class GetAlertReportTool implements IlertTool {
  static final Param<Instant> FROM = Params.FROM.describedAs("ISO-8601 with zone, or e.g. 7d.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("Same formats; default now.");

  static final Param<String> PRIORITY =
      Param.choice("priority", "Default ALL.", "HIGH", "LOW", "ALL");

  static final Param<String> GROUP_BY =
      Param.choice(
          "group_by",
          "Count per period.",
          Map.of("DAILY", "DAY", "WEEKLY", "WEEK", "MONTHLY", "MONTH"),
          "DAY",
          "WEEK",
          "MONTH");

  static final Param<java.time.ZoneId> TIMEZONE =
      Params.TIMEZONE.describedAs("IANA zone of periods.");

  /** Alerts of one source and policy with their mean times to acknowledge and to resolve. */
  private record Row(long sourceId, long policyId, long alerts, long mtta, long mttr) {}

  private static final Shape<Row> ROW =
      Shape.<Row>object()
          .integer("alert_source_id", Row::sourceId)
          .unlisted()
          .integer("escalation_policy_id", Row::policyId)
          .unlisted()
          .integer("alerts", Row::alerts)
          .integer("mtta_seconds", Row::mtta)
          .unlisted()
          .integer("mttr_seconds", Row::mttr)
          .unlisted()
          .build();

  /** All alerts of the window; mean times only when there were alerts. */
  private record Totals(long alerts, Long mtta, Long mttr) {}

  private static final Shape<Totals> TOTALS =
      Shape.<Totals>object()
          .integer("alerts", Totals::alerts)
          .integer("mtta_seconds", Totals::mtta)
          .unlisted()
          .integer("mttr_seconds", Totals::mttr)
          .unlisted()
          .build();

  /** Alerts per period (day, week or month). */
  private record Period(String period, long alerts) {}

  private static final Shape<Period> PERIOD =
      Shape.<Period>object()
          .string("period", Period::period)
          .integer("alerts", Period::alerts)
          .unlisted()
          .build();

  /** The report; {@code periods} is null unless grouped. */
  private record Report(
      Instant from, Instant until, Totals totals, List<Row> bySource, List<Period> periods) {}

  private static final Shape<Report> REPORT =
      Shape.<Report>object()
          .time("from", Report::from)
          .time("until", Report::until)
          .object("totals", TOTALS, Report::totals)
          .list("by_source", ROW, Report::bySource)
          .keepEmpty()
          .list("periods", PERIOD, Report::periods)
          .keepEmptyUnlessNull()
          .required("totals", "by_source")
          .build();

  @Override
  public ToolSpec spec() {
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
        .output(REPORT.schema())
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
    List<Row> bySource = new ArrayList<>();
    long alerts = 0;
    long mtta = 0;
    long mttr = 0;
    for (JsonNode r : call.client().reports().alertsSummary(call.ctx(), query)) {
      long count = r.path("count").asLong();
      alerts += count;
      mtta += count * r.path("mtta").asLong();
      mttr += count * r.path("mttr").asLong();
      bySource.add(
          new Row(
              r.path("alertSourceId").asLong(),
              r.path("escalationPolicyId").asLong(),
              count,
              r.path("mtta").asLong(),
              r.path("mttr").asLong()));
    }
    Totals totals =
        alerts > 0
            ? new Totals(alerts, mtta / alerts, mttr / alerts)
            : new Totals(alerts, null, null);
    List<Period> periods =
        args.has(GROUP_BY) ? periods(call.client().reports().alerts(call.ctx(), query)) : null;
    return Output.list(
        REPORT.view(new Report(from, until, totals, bySource, periods)),
        "by_source",
        call.maxResultTokens());
  }

  /** Sums rows {@code [source, policy, number, period, value]} per period. */
  private static List<Period> periods(JsonNode rows) {
    Map<String, Long> sums = new TreeMap<>();
    for (JsonNode r : rows) {
      sums.merge(r.path(3).asString(), r.path(4).asLong(), Long::sum);
    }
    List<Period> out = new ArrayList<>();
    sums.forEach((period, n) -> out.add(new Period(period, n)));
    return out;
  }
}
