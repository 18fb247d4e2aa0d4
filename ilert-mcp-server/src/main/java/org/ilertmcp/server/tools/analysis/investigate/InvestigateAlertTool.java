package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.alerts.LogEntry;
import org.ilertmcp.client.alerts.LogEntryQuery;
import org.ilertmcp.client.alerts.Notification;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.client.oncalls.OnCall;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.alerts.AlertLevels;
import org.ilertmcp.server.tools.analysis.changes.RecentChanges;
import org.ilertmcp.server.tools.analysis.shared.AlertTeams;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code investigate_alert}: one evidence bundle for an alert, from about ten concurrent reads —
 * escalation state, condensed timeline, who is on call, affected services with their incidents and
 * status pages, related alerts and how they ended, maintenance windows, recent changes — plus next
 * steps derived from that evidence. Every section names the tool and ids it came from.
 */
public final class InvestigateAlertTool implements IlertTool {
  static final Param<Integer> LOOKBACK_DAYS =
      Param.integer(
          "lookback_days",
          "Window for related alerts; default 7.",
          1,
          InvestigateAlertTool.MAX_LOOKBACK_DAYS,
          7);

  /** Longest look-back for related alerts. */
  static final int MAX_LOOKBACK_DAYS = 30;

  /** Most alerts of the look-back window scanned for related ones. */
  static final int RELATED_SCAN_CAP = 1000;

  /** Related alerts listed (strongest relation first); the counts cover all of them. */
  static final int MAX_RELATED = 15;

  /** Timeline entries read (the first page of ilert's log). */
  static final int TIMELINE_READ = 100;

  private static final List<String> INCLUDE = List.of("escalationRules", "nextEscalationUser");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("investigate_alert", Toolset.ANALYSIS, AccessTier.READ)
        .title("Investigate alert")
        .description(
            "Start here for an alert: escalation state, condensed timeline, on call now, affected services (open incidents, status pages), related alerts and how they ended, maintenance, recent changes, next_steps; each names its source.")
        .input(Input.of(Params.ALERT_ID, LOOKBACK_DAYS).required(Params.ALERT_ID))
        .output(
            Schema.requiring(
                Schema.object(
                    "alert", Schema.anyObject(),
                    "escalation", Schema.anyObject(),
                    "next_steps", Schema.array(Schema.str()),
                    "missing", Schema.anyArray()),
                "alert",
                "next_steps"))
        .readOnly()
        .longRunning()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    int days = call.args().get(LOOKBACK_DAYS);
    IlertClient ilert = call.client();
    Alert alert = ilert.alerts().get(call.ctx(), id, INCLUDE);
    Instant now = call.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Instant from = alert.reportTime() == null ? now : alert.reportTime();
    from = from.minus(Duration.ofDays(days));
    Reads reads;
    try (FanOut fan = new FanOut(call)) {
      reads = Reads.start(call, fan, alert, from, now);
      RecentChanges.Window around =
          RecentChanges.Window.aroundAlert(alert.reportTime() == null ? now : alert.reportTime());
      ObjectNode changes =
          RecentChanges.forAlert(call, fan, alert, reads.teams, around.from(), around.until());
      fan.await();
      ObjectNode result = Json.object();
      result.set("alert", alertView(alert));
      result.set("escalation", escalation(alert, reads));
      result.set("timeline", Timeline.condense(reads.log.orElse(List.of()), id));
      result.set("on_call_now", onCall(alert, reads.onCall.orElse(List.of())));
      ServiceImpact impact = impact(alert, reads);
      result.set("services", services(impact, reads));
      Related related = Related.of(alert, reads.history.orElse(List.of()));
      result.set("related_alerts", related.view(from, now, RELATED_SCAN_CAP, MAX_RELATED));
      result.set("maintenance_windows", maintenance(alert, impact, reads, now));
      result.set("recent_changes", changes);
      if (!fan.missing().isEmpty()) {
        result.set("missing", fan.missing());
      }
      result.set("next_steps", NextSteps.forAlert(alert, result, related));
      List<String> cutOrder = new ArrayList<>(List.of(RecentChanges.cutOrder("recent_changes")));
      cutOrder.addAll(
          List.of(
              "related_alerts.alerts",
              "timeline.entries",
              "escalation.notified",
              "services.status_pages",
              "on_call_now.levels"));
      return Output.sections(result, call.maxResultTokens(), cutOrder.toArray(String[]::new));
    }
  }

  private static ObjectNode alertView(Alert a) {
    ObjectNode out = Views.alertSummary(a);
    Json.putIfPresent(out, "details", Text.clean(a.details()));
    out.put("source", "get_alert " + a.id());
    return out;
  }

  private static ObjectNode escalation(Alert a, Reads reads) {
    ObjectNode out = Json.object();
    List<EscalationRule> rules = AlertLevels.rules(a);
    out.put("current_level", AlertLevels.current(a) + 1).put("levels", rules.size());
    boolean open = !AlertStatus.RESOLVED.is(a.status()) && !AlertStatus.ACCEPTED.is(a.status());
    if (open && a.nextEscalation() != null) {
      Views.instant(out, "next_escalation", a.nextEscalation());
      if (a.nextEscalationUser() != null) {
        out.set(
            "next_user",
            Views.ref(
                a.nextEscalationUser().id(),
                Views.fullName(
                    a.nextEscalationUser().firstName(), a.nextEscalationUser().lastName())));
      }
    } else {
      out.put(
          "next_escalation", open ? "none: last level reached" : "none: alert is " + a.status());
    }
    ArrayNode notified = out.putArray("notified");
    for (Notification n : reads.notifications.orElse(List.of())) {
      ObjectNode item = Json.object();
      if (n.user() != null && n.user().has("id")) {
        item.set(
            "user",
            Views.ref(
                n.user().path("id").asLong(),
                Views.fullName(
                    n.user().path("firstName").asString(null),
                    n.user().path("lastName").asString(null))));
      }
      Json.putIfPresent(item, "method", n.method());
      Json.putIfPresent(item, "status", n.status());
      Views.instant(item, "at", n.notificationTime());
      notified.add(item);
    }
    out.put("source", "get_alert " + a.id() + ", list_alert_notifications " + a.id());
    return out;
  }

  private static ObjectNode onCall(Alert a, List<OnCall> onCalls) {
    ObjectNode out = Json.object();
    ArrayNode levels = out.putArray("levels");
    onCalls.stream()
        .sorted(Comparator.comparing(o -> o.escalationLevel() == null ? 0 : o.escalationLevel()))
        .forEach(
            o -> {
              ObjectNode item = Json.object();
              Json.putIfPresent(item, "level", o.escalationLevel());
              if (o.user() != null) {
                item.set(
                    "user",
                    Views.ref(
                        o.user().id(), Views.fullName(o.user().firstName(), o.user().lastName())));
              }
              if (o.schedule() != null) {
                item.set("schedule", Views.ref(o.schedule().id(), o.schedule().name()));
              }
              Views.instant(item, "until", o.end());
              levels.add(item);
            });
    Long policy = a.escalationPolicy() == null ? null : a.escalationPolicy().id();
    out.put("source", "who_is_on_call escalation_policy=" + policy);
    return out;
  }

  private static ServiceImpact impact(Alert a, Reads reads) {
    ServiceImpact impact = new ServiceImpact(reads.services.orElse(List.of()));
    impact.byTeams(teamIds(reads.teams.source().orElse(List.of())), "alert source");
    impact.byTeams(teamIds(reads.teams.policy().orElse(List.of())), "escalation policy");
    impact.namedBy(a);
    if (a.linkedIncidentId() != null) {
      reads.incidents.orElse(List.of()).stream()
          .filter(i -> a.linkedIncidentId().equals(i.id()))
          .forEach(impact::inIncident);
    }
    return impact;
  }

  private static ObjectNode services(ServiceImpact impact, Reads reads) {
    ObjectNode out = Json.object();
    out.set("affected", impact.view());
    out.set("open_incidents", impact.openIncidents(reads.incidents.orElse(List.of())));
    out.set("status_pages", impact.statusPages(reads.statusPages.orElse(List.of())));
    out.put("source", "list_services, list_status_updates (unresolved), list_status_pages");
    return out;
  }

  private static ObjectNode maintenance(Alert a, ServiceImpact impact, Reads reads, Instant now) {
    ObjectNode out = Json.object();
    ArrayNode windows = out.putArray("windows");
    Long source = a.alertSource() == null ? null : a.alertSource().id();
    for (MaintenanceWindow w : reads.maintenance.orElse(List.of())) {
      boolean coversSource =
          w.alertSources() != null
              && w.alertSources().stream().anyMatch(r -> r.id().equals(source));
      boolean coversService =
          w.services() != null
              && w.services().stream().anyMatch(r -> impact.ids().contains(r.id()));
      boolean active =
          w.start() != null && !w.start().isAfter(now) && (w.end() == null || w.end().isAfter(now));
      if ((coversSource || coversService) && active) {
        ObjectNode item = Views.ref(w.id(), Text.clean(w.summary()));
        Views.instant(item, "start", w.start());
        Views.instant(item, "end", w.end());
        item.put("covers", coversSource ? "the alert source" : "an affected service");
        windows.add(item);
      }
    }
    out.put("source", "list_maintenance_windows");
    return out;
  }

  private static Set<Long> teamIds(List<TeamRel> teams) {
    Set<Long> out = new HashSet<>();
    if (teams != null) {
      teams.forEach(t -> out.add(t.id()));
    }
    return out;
  }

  /** The concurrent reads behind one bundle. */
  private record Reads(
      FanOut.Part<List<LogEntry>> log,
      FanOut.Part<List<Notification>> notifications,
      FanOut.Part<List<OnCall>> onCall,
      AlertTeams teams,
      FanOut.Part<List<Service>> services,
      FanOut.Part<List<Incident>> incidents,
      FanOut.Part<List<StatusPage>> statusPages,
      FanOut.Part<List<MaintenanceWindow>> maintenance,
      FanOut.Part<List<Alert>> history) {

    static Reads start(IlertCall call, FanOut fan, Alert alert, Instant from, Instant until) {
      IlertClient ilert = call.client();
      var ctx = call.ctx();
      long id = alert.id();
      Long policyId = alert.escalationPolicy() == null ? null : alert.escalationPolicy().id();
      return new Reads(
          fan.add(
              "timeline",
              () ->
                  ilert
                      .alerts()
                      .logEntries(ctx, id, LogEntryQuery.all(), Page.first(TIMELINE_READ))),
          fan.add("notifications", () -> ilert.alerts().notifications(ctx, id)),
          fan.add(
              "on_call_now",
              () -> policyId == null ? List.of() : call.lookups().onCallNow(ctx, policyId)),
          AlertTeams.start(call, fan, alert),
          fan.add("services", () -> call.lookups().services(ctx)),
          fan.add("incidents", () -> call.lookups().openIncidents(ctx)),
          fan.add("status_pages", () -> call.lookups().statusPages(ctx)),
          fan.add("maintenance_windows", () -> call.lookups().maintenanceWindows(ctx)),
          fan.add(
              "related_alerts",
              () ->
                  ilert
                      .alerts()
                      .listAll(ctx, AlertQuery.all().between(from, until), RELATED_SCAN_CAP)));
    }
  }
}
