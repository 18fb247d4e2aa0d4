package org.ilertmcp.server.tools.analysis.investigate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.changes.RecentChanges;

/**
 * Next steps derived from an evidence bundle: each one names the evidence that triggers it and the
 * tool call that acts on it. Rules only, no model — the calling agent decides.
 */
final class NextSteps {
  /** Same-key repeats in the look-back from which an alert counts as recurring. */
  static final int RECURRING = 3;

  private NextSteps() {}

  static List<String> forAlert(InvestigateAlertTool.Evidence evidence) {
    List<String> out = new ArrayList<>();
    Alert alert = evidence.alert();
    Related related = evidence.related().related();
    state(alert, evidence.escalation(), out);
    incidents(evidence.services(), out);
    recurring(related, out);
    similarFix(related, out);
    for (InvestigateAlertTool.MaintenanceHit w : evidence.maintenance().windows()) {
      out.add(
          "Maintenance window "
              + w.window().id()
              + " ('"
              + orEmpty(Text.clean(w.window().summary()))
              + "') is active on "
              + w.covers()
              + ": the alert may be expected during it.");
    }
    changes(evidence.recentChanges(), out);
    if (evidence.onCallNow().levels().isEmpty()) {
      out.add("Nobody is on call for its escalation policy now: who_gets_paged shows the gaps.");
    }
    if (!evidence.missing().isEmpty()) {
      out.add("Some evidence could not be read (see missing); call investigate_alert again later.");
    }
    return out;
  }

  private static void state(Alert a, InvestigateAlertTool.Escalation esc, List<String> out) {
    switch (a.status() == null ? "" : a.status()) {
      case "PENDING" -> {
        String next =
            esc.nextUser() != null && esc.nextUser().name() != null
                ? " it escalates to " + esc.nextUser().name() + " at " + esc.nextEscalation()
                : "";
        out.add(
            "Nobody has accepted it: accept_alert alert_id="
                + a.id()
                + " if you take it"
                + (next.isEmpty() ? "." : "; otherwise" + next + "."));
      }
      case "ACCEPTED" ->
          out.add(
              "It is accepted: record findings with comment_on_alert and resolve_alert alert_id="
                  + a.id()
                  + " once fixed.");
      default -> out.add("It is resolved: use the evidence for follow-up, not for paging.");
    }
  }

  private static void incidents(InvestigateAlertTool.Services services, List<String> out) {
    boolean anyIncident = false;
    for (ServiceImpact.OpenIncident open : services.openIncidents()) {
      Incident i = open.incident();
      anyIncident = true;
      out.add(
          "Incident "
              + i.id()
              + " ('"
              + orEmpty(Text.clean(i.summary()))
              + "', "
              + i.status()
              + ") already covers an affected service: read summarize_incident incident_id="
              + i.id()
              + " and post progress with update_status_update instead of opening another.");
    }
    if (anyIncident) {
      return;
    }
    for (ServiceImpact.Affected s : services.affected()) {
      String status = s.status() == null ? "OPERATIONAL" : s.status();
      if (!"OPERATIONAL".equals(status) && !"UNDER_MAINTENANCE".equals(status)) {
        out.add(
            "Service "
                + orEmpty(s.name())
                + " is "
                + status
                + " with no open incident: consider create_status_update to inform its status pages.");
      }
    }
  }

  private static void recurring(Related related, List<String> out) {
    long sameKey = related.sameKey();
    if (sameKey >= RECURRING) {
      long unattended = related.sameKeyUnattended();
      out.add(
          "The same alert key fired "
              + sameKey
              + " more times in the window, "
              + unattended
              + " of them resolved without acceptance"
              + (unattended * 2 > sameKey
                  ? ": likely flapping — group it at the source (alert creation mode) or raise the"
                      + " threshold; analyze_alerts shows the pattern."
                  : ": see related_alerts for how it was handled before."));
    }
  }

  private static void similarFix(Related related, List<String> out) {
    Optional<Related.Match> handled =
        related.matches().stream()
            .filter(m -> AlertOutcome.firstAcceptance(m.alert()).isPresent())
            .filter(m -> AlertStatus.RESOLVED.is(m.alert().status()))
            .findFirst();
    handled.ifPresent(
        m -> {
          UserRel who = AlertOutcome.firstAcceptance(m.alert()).orElseThrow().user();
          String name =
              who == null ? "a responder" : Views.fullName(who.firstName(), who.lastName());
          String relation =
              m.sameKey()
                  ? "with the same key"
                  : m.similar() ? "with a similar summary" : "from the same source";
          out.add(
              "Alert "
                  + m.alert().id()
                  + " "
                  + relation
                  + " was accepted by "
                  + name
                  + " and resolved: get_alert_timeline alert_id="
                  + m.alert().id()
                  + " shows what was done"
                  + (who == null ? "." : "; add_alert_responder can involve them."));
        });
  }

  private static void changes(RecentChanges.Changes changes, List<String> out) {
    int pipelines = changes.pipelineCount();
    int github = changes.gitHubChangeCount();
    if (github > 0) {
      out.add(
          github
              + " GitHub changes fall in the window (recent_changes): check the latest ones against"
              + " the alert's start first.");
    } else if (pipelines > 0) {
      out.add(
          pipelines
              + (pipelines == 1 ? " deployment pipeline belongs" : " deployment pipelines belong")
              + " to the teams involved (recent_changes): whether it deployed shortly before the"
              + " alert is unknown through ilert's API; ask its owners.");
    } else {
      out.add(
          "Whether a deploy caused this is unknown, not ruled out: no pipeline of the teams"
              + " involved is known and ilert's API does not return deployment events.");
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
