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
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.alerts.AlertLevels;
import org.ilertmcp.server.tools.analysis.changes.RecentChanges;
import org.ilertmcp.server.tools.analysis.shared.AlertTeams;
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

  /** The escalation state: level, what comes next, who was notified. */
  record Escalation(
      int currentLevel,
      int levels,
      String nextEscalation,
      Ref nextUser,
      List<Notified> notified,
      String source) {}

  /** A notification sent for the alert. */
  record Notified(Ref user, String method, String status, Instant at) {}

  /** Who is on call now for the alert's escalation policy, level by level. */
  record OnCallNow(List<OnCall> levels, String source) {}

  /** The services the alert touches, their open incidents and the status pages showing them. */
  record Services(
      List<ServiceImpact.Affected> affected,
      List<ServiceImpact.OpenIncident> openIncidents,
      List<ServiceImpact.PageHit> statusPages) {}

  /** An active maintenance window that covers the alert's source or an affected service. */
  record MaintenanceHit(MaintenanceWindow window, String covers) {}

  /** The active maintenance windows that cover the alert. */
  record Maintenance(List<MaintenanceHit> windows) {}

  /** The evidence of one bundle, from which the next steps are derived. */
  record Evidence(
      Alert alert,
      Escalation escalation,
      Timeline.Condensed timeline,
      OnCallNow onCallNow,
      Services services,
      Related.Section related,
      Maintenance maintenance,
      RecentChanges.Changes recentChanges,
      List<FanOut.Missing> missing) {}

  /** The bundle: the evidence and the next steps derived from it. */
  private record Bundle(Evidence evidence, List<String> nextSteps) {}

  private static final Shape<Alert> ALERT =
      Shape.<Alert>object()
          .fields(Views.ALERT_SUMMARY, a -> a)
          .text("details", Alert::details)
          .string("source", a -> "get_alert " + a.id())
          .build();

  private static final Shape<Notified> NOTIFIED =
      Shape.<Notified>object()
          .object("user", Views.REF, Notified::user)
          .string("method", Notified::method)
          .string("status", Notified::status)
          .time("at", Notified::at)
          .build();

  private static final Shape<Escalation> ESCALATION =
      Shape.<Escalation>object()
          .integer("current_level", Escalation::currentLevel)
          .integer("levels", Escalation::levels)
          .string("next_escalation", Escalation::nextEscalation)
          .object("next_user", Views.REF, Escalation::nextUser)
          .list("notified", NOTIFIED, Escalation::notified)
          .keepEmpty()
          .string("source", Escalation::source)
          .build();

  private static final Shape<OnCall> ON_CALL_LEVEL =
      Shape.<OnCall>object()
          .integer("level", OnCall::escalationLevel)
          .object("user", Views.REF, o -> Ref.user(o.user()))
          .object(
              "schedule",
              Views.REF,
              o -> o.schedule() == null ? null : new Ref(o.schedule().id(), o.schedule().name()))
          .time("until", OnCall::end)
          .build();

  private static final Shape<OnCallNow> ON_CALL_NOW =
      Shape.<OnCallNow>object()
          .list("levels", ON_CALL_LEVEL, OnCallNow::levels)
          .keepEmpty()
          .string("source", OnCallNow::source)
          .build();

  private static final Shape<Services> SERVICES =
      Shape.<Services>object()
          .list("affected", ServiceImpact.AFFECTED, Services::affected)
          .keepEmpty()
          .list("open_incidents", ServiceImpact.OPEN_INCIDENT, Services::openIncidents)
          .keepEmpty()
          .list("status_pages", ServiceImpact.STATUS_PAGE, Services::statusPages)
          .keepEmpty()
          .string(
              "source", s -> "list_services, list_status_updates (unresolved), list_status_pages")
          .build();

  private static final Shape<MaintenanceHit> MAINTENANCE_WINDOW =
      Shape.<MaintenanceHit>object()
          .integer("id", h -> h.window().id())
          .text("name", h -> h.window().summary())
          .time("start", h -> h.window().start())
          .time("end", h -> h.window().end())
          .string("covers", MaintenanceHit::covers)
          .build();

  private static final Shape<Maintenance> MAINTENANCE =
      Shape.<Maintenance>object()
          .list("windows", MAINTENANCE_WINDOW, Maintenance::windows)
          .keepEmpty()
          .string("source", m -> "list_maintenance_windows")
          .build();

  private static final Shape<Bundle> BUNDLE =
      Shape.<Bundle>object()
          .object("alert", ALERT, b -> b.evidence().alert())
          .object("escalation", ESCALATION, b -> b.evidence().escalation())
          .object("timeline", Timeline.CONDENSED, b -> b.evidence().timeline())
          .unlisted()
          .object("on_call_now", ON_CALL_NOW, b -> b.evidence().onCallNow())
          .unlisted()
          .object("services", SERVICES, b -> b.evidence().services())
          .unlisted()
          .object("related_alerts", Related.SECTION, b -> b.evidence().related())
          .unlisted()
          .object("maintenance_windows", MAINTENANCE, b -> b.evidence().maintenance())
          .unlisted()
          .object("recent_changes", RecentChanges.SECTION, b -> b.evidence().recentChanges())
          .unlisted()
          .list("missing", FanOut.MISSING, b -> b.evidence().missing())
          .strings("next_steps", Bundle::nextSteps)
          .keepEmpty()
          .required("alert", "next_steps")
          .schemaOrder("alert", "escalation", "next_steps", "missing")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("investigate_alert", Toolset.ANALYSIS, AccessTier.READ)
        .title("Investigate alert")
        .description(
            "Start here for an alert: escalation state, condensed timeline, on call now, affected services (open incidents, status pages), related alerts and how they ended, maintenance, recent changes, next_steps; each names its source.")
        .input(Input.of(Params.ALERT_ID, LOOKBACK_DAYS).required(Params.ALERT_ID))
        .output(BUNDLE.schema())
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
      RecentChanges.Changes changes =
          RecentChanges.forAlert(call, fan, alert, reads.teams, around.from(), around.until());
      fan.await();
      ServiceImpact impact = impact(alert, reads);
      Related related = Related.of(alert, reads.history.orElse(List.of()));
      Evidence evidence =
          new Evidence(
              alert,
              escalation(alert, reads),
              Timeline.condense(reads.log.orElse(List.of()), id),
              onCall(alert, reads.onCall.orElse(List.of())),
              new Services(
                  impact.affected(),
                  impact.openIncidents(reads.incidents.orElse(List.of())),
                  impact.statusPages(reads.statusPages.orElse(List.of()))),
              new Related.Section(related, from, now, RELATED_SCAN_CAP, MAX_RELATED),
              maintenance(alert, impact, reads, now),
              changes,
              fan.missing());
      ObjectNode result = BUNDLE.view(new Bundle(evidence, NextSteps.forAlert(evidence)));
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

  private static Escalation escalation(Alert a, Reads reads) {
    List<EscalationRule> rules = AlertLevels.rules(a);
    boolean open = !AlertStatus.RESOLVED.is(a.status()) && !AlertStatus.ACCEPTED.is(a.status());
    String next;
    Ref nextUser = null;
    if (open && a.nextEscalation() != null) {
      next = Times.iso(a.nextEscalation());
      nextUser = Ref.user(a.nextEscalationUser());
    } else {
      next = open ? "none: last level reached" : "none: alert is " + a.status();
    }
    List<Notified> notified = new ArrayList<>();
    for (Notification n : reads.notifications.orElse(List.of())) {
      Ref user = null;
      if (n.user() != null && n.user().has("id")) {
        user =
            new Ref(
                n.user().path("id").asLong(),
                Views.fullName(
                    n.user().path("firstName").asString(null),
                    n.user().path("lastName").asString(null)));
      }
      notified.add(new Notified(user, n.method(), n.status(), n.notificationTime()));
    }
    return new Escalation(
        AlertLevels.current(a) + 1,
        rules.size(),
        next,
        nextUser,
        notified,
        "get_alert " + a.id() + ", list_alert_notifications " + a.id());
  }

  private static OnCallNow onCall(Alert a, List<OnCall> onCalls) {
    List<OnCall> levels =
        onCalls.stream()
            .sorted(
                Comparator.comparing(o -> o.escalationLevel() == null ? 0 : o.escalationLevel()))
            .toList();
    Long policy = a.escalationPolicy() == null ? null : a.escalationPolicy().id();
    return new OnCallNow(levels, "who_is_on_call escalation_policy=" + policy);
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

  private static Maintenance maintenance(Alert a, ServiceImpact impact, Reads reads, Instant now) {
    List<MaintenanceHit> windows = new ArrayList<>();
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
        windows.add(
            new MaintenanceHit(w, coversSource ? "the alert source" : "an affected service"));
      }
    }
    return new Maintenance(windows);
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
