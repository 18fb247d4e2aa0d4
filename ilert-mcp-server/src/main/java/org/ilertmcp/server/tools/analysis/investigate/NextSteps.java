package org.ilertmcp.server.tools.analysis.investigate;

import java.util.Optional;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Next steps derived from an evidence bundle: each one names the evidence that triggers it and the
 * tool call that acts on it. Rules only, no model — the calling agent decides.
 */
final class NextSteps {
  /** Same-key repeats in the look-back from which an alert counts as recurring. */
  static final int RECURRING = 3;

  private NextSteps() {}

  static ArrayNode forAlert(Alert alert, JsonNode bundle, Related related) {
    ArrayNode out = Json.array();
    state(alert, bundle, out);
    incidents(bundle.path("services"), out);
    recurring(related, out);
    similarFix(related, out);
    for (JsonNode w : bundle.path("maintenance_windows").path("windows")) {
      out.add(
          "Maintenance window "
              + w.path("id").asLong()
              + " ('"
              + w.path("name").asString("")
              + "') is active on "
              + w.path("covers").asString()
              + ": the alert may be expected during it.");
    }
    changes(bundle.path("recent_changes"), out);
    if (bundle.path("on_call_now").path("levels").isEmpty()) {
      out.add("Nobody is on call for its escalation policy now: who_gets_paged shows the gaps.");
    }
    if (bundle.has("missing")) {
      out.add("Some evidence could not be read (see missing); call investigate_alert again later.");
    }
    return out;
  }

  private static void state(Alert a, JsonNode bundle, ArrayNode out) {
    JsonNode esc = bundle.path("escalation");
    switch (a.status() == null ? "" : a.status()) {
      case "PENDING" -> {
        String next =
            esc.path("next_user").has("name")
                ? " it escalates to "
                    + esc.path("next_user").path("name").asString()
                    + " at "
                    + esc.path("next_escalation").asString()
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

  private static void incidents(JsonNode services, ArrayNode out) {
    boolean anyIncident = false;
    for (JsonNode i : services.path("open_incidents")) {
      anyIncident = true;
      out.add(
          "Incident "
              + i.path("id").asLong()
              + " ('"
              + i.path("name").asString("")
              + "', "
              + i.path("status").asString()
              + ") already covers an affected service: read summarize_incident incident_id="
              + i.path("id").asLong()
              + " and post progress with update_status_update instead of opening another.");
    }
    if (anyIncident) {
      return;
    }
    for (JsonNode s : services.path("affected")) {
      String status = s.path("status").asString("OPERATIONAL");
      if (!"OPERATIONAL".equals(status) && !"UNDER_MAINTENANCE".equals(status)) {
        out.add(
            "Service "
                + s.path("name").asString()
                + " is "
                + status
                + " with no open incident: consider create_status_update to inform its status pages.");
      }
    }
  }

  private static void recurring(Related related, ArrayNode out) {
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

  private static void similarFix(Related related, ArrayNode out) {
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

  private static void changes(JsonNode changes, ArrayNode out) {
    int pipelines = changes.path("pipelines").size();
    int github =
        changes.path("commits").size()
            + changes.path("releases").size()
            + changes.path("deployments").size();
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
}
