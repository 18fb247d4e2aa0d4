package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.client.incidents.IncidentUpdate;
import org.ilertmcp.client.services.Service;
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
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code summarize_incident}: an incident (status-page communication) with its impact, update
 * history, time in each status, the alerts around it and who responded to them, and how many
 * subscribers its updates reach.
 */
public final class SummarizeIncidentTool implements IlertTool {
  static final Param<Long> INCIDENT_ID = Params.INCIDENT_ID;

  /** Alerts raised this long before an incident opened still count as around it. */
  static final Duration LEAD = Duration.ofHours(1);

  /** Most alerts read around an incident. */
  static final int ALERT_CAP = 1000;

  /** Alerts listed; the counts cover all of them. */
  static final int MAX_ALERTS = 20;

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("summarize_incident", Toolset.ANALYSIS, AccessTier.READ)
        .title("Summarize incident")
        .description(
            "An incident in one read: impact on services and status pages, updates, time per"
                + " status, alerts around it with responders, subscriber counts, next_steps.")
        .input(Input.of(INCIDENT_ID).required(INCIDENT_ID))
        .output(
            Schema.requiring(
                Schema.object(
                    "incident", Schema.anyObject(),
                    "impact", Schema.anyObject(),
                    "next_steps", Schema.array(Schema.str()),
                    "missing", Schema.anyArray()),
                "incident",
                "next_steps"))
        .readOnly()
        .longRunning()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(INCIDENT_ID);
    IlertClient ilert = call.client();
    CallContext ctx = call.ctx();
    Incident incident = ilert.incidents().get(ctx, id, List.of("history", "affectedTeams")).value();
    Instant now = call.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Instant from = (incident.createdAt() == null ? now : incident.createdAt()).minus(LEAD);
    Instant until = incident.resolvedOn() == null ? now : incident.resolvedOn();
    try (FanOut fan = new FanOut(call)) {
      var services = fan.add("services", () -> call.lookups().services(ctx));
      var pages = fan.add("status_pages", () -> call.lookups().statusPages(ctx));
      var sources = fan.add("alert_sources", () -> call.lookups().alertSources(ctx));
      var alerts =
          fan.add(
              "alerts",
              () -> ilert.alerts().listAll(ctx, AlertQuery.all().between(from, until), ALERT_CAP));
      var privateSubscribers =
          fan.add("private_subscribers", () -> ilert.incidents().privateSubscribers(ctx, id));
      var reach =
          fan.add(
              "status_page_subscribers",
              () ->
                  affected(incident).isEmpty()
                      ? null
                      : ilert.incidents().publishInfo(ctx, reachProbe(incident)));
      fan.await();

      ServiceImpact impact = new ServiceImpact(services.orElse(List.of()));
      impact.inIncident(incident);
      ObjectNode result = Json.object();
      result.set("incident", incidentView(incident, until));
      ObjectNode impactView = result.putObject("impact");
      impactView.set("services", impact.view());
      impactView.set("status_pages", impact.statusPages(pages.orElse(List.of())));
      impactView.put("source", "get_status_update " + id + ", list_services, list_status_pages");
      result.set("updates", updates(incident));
      result.set("time_in_status", timeInStatus(incident, until));
      List<Alert> around =
          around(
              incident,
              impact,
              services.orElse(List.of()),
              sources.orElse(List.of()),
              alerts.orElse(List.of()));
      result.set("alerts", alertsView(around, from, until));
      result.set("responders", responders(around));
      result.set(
          "subscribers",
          subscribers(id, privateSubscribers.value().orElse(null), reach.value().orElse(null)));
      if (!fan.missing().isEmpty()) {
        result.set("missing", fan.missing());
      }
      result.set("next_steps", nextSteps(incident, now, result));
      return Output.sections(
          result, call.maxResultTokens(), "alerts.items", "updates", "responders");
    }
  }

  private static ObjectNode incidentView(Incident i, Instant until) {
    ObjectNode out = Views.ref(i.id(), null);
    Json.putIfPresent(out, "summary", Text.clean(i.summary()));
    Json.putIfPresent(out, "status", i.status());
    Json.putIfPresent(out, "message", Text.clean(i.message()));
    Views.instant(out, "created_at", i.createdAt());
    Views.instant(out, "resolved_on", i.resolvedOn());
    if (i.createdAt() != null) {
      out.put("minutes_open", Duration.between(i.createdAt(), until).toMinutes());
    }
    out.put("source", "get_status_update " + i.id());
    return out;
  }

  private static ArrayNode updates(Incident i) {
    ArrayNode out = Json.array();
    history(i).stream()
        .sorted(Comparator.comparing(IncidentUpdate::createdAt).reversed())
        .forEach(
            u -> {
              ObjectNode item = Json.object();
              Views.instant(item, "at", u.createdAt());
              Json.putIfPresent(item, "status", u.incidentStatus());
              Json.putIfPresent(item, "message", Text.clean(u.content()));
              Json.putIfPresent(item, "by", u.creator() == null ? null : Views.user(u.creator()));
              Json.putIfPresent(item, "notified", u.sendNotification());
              out.add(item);
            });
    return out;
  }

  /** Minutes per status, from each update to the next (the last one until resolution or now). */
  static ArrayNode timeInStatus(Incident i, Instant until) {
    List<IncidentUpdate> history = new ArrayList<>(history(i));
    history.sort(Comparator.comparing(IncidentUpdate::createdAt));
    Map<String, Long> minutes = new LinkedHashMap<>();
    for (int k = 0; k < history.size(); k++) {
      IncidentUpdate u = history.get(k);
      if (IncidentStatus.RESOLVED.is(u.incidentStatus())) {
        break;
      }
      Instant end = k + 1 < history.size() ? history.get(k + 1).createdAt() : until;
      minutes.merge(
          u.incidentStatus(), Duration.between(u.createdAt(), end).toMinutes(), Long::sum);
    }
    ArrayNode out = Json.array();
    minutes.forEach((status, m) -> out.add(Json.object().put("status", status).put("minutes", m)));
    return out;
  }

  /**
   * Alerts around the incident: linked to it, or raised in its window on a source owned by a team
   * of an affected service.
   */
  private static List<Alert> around(
      Incident incident,
      ServiceImpact impact,
      List<Service> services,
      List<AlertSource> sources,
      List<Alert> alerts) {
    Set<Long> teams = new HashSet<>();
    for (Service s : services) {
      if (impact.ids().contains(s.id()) && s.teams() != null) {
        s.teams().forEach(t -> teams.add(t.id()));
      }
    }
    Set<Long> teamSources = new HashSet<>();
    for (AlertSource s : sources) {
      for (TeamRel t : s.teams() == null ? List.<TeamRel>of() : s.teams()) {
        if (teams.contains(t.id())) {
          teamSources.add(s.id());
        }
      }
    }
    List<Alert> out = new ArrayList<>();
    for (Alert a : alerts) {
      boolean linked = Objects.equals(a.linkedIncidentId(), incident.id());
      boolean team = a.alertSource() != null && teamSources.contains(a.alertSource().id());
      if (linked || team) {
        out.add(a);
      }
    }
    return out;
  }

  private static ObjectNode alertsView(List<Alert> around, Instant from, Instant until) {
    ObjectNode out = Json.object();
    out.put("count", around.size());
    out.put("open", around.stream().filter(a -> !AlertStatus.RESOLVED.is(a.status())).count());
    ArrayNode items = out.putArray("items");
    around.stream()
        .limit(MAX_ALERTS)
        .forEach(a -> items.add(AlertOutcome.put(Views.alertSummary(a), a)));
    out.put(
        "source",
        "list_alerts from="
            + Times.iso(from)
            + " until="
            + Times.iso(until)
            + ", linked or on sources of the affected services' teams");
    return out;
  }

  private static ArrayNode responders(List<Alert> around) {
    Map<Long, ObjectNode> byUser = new LinkedHashMap<>();
    Map<Long, Integer> accepted = new HashMap<>();
    for (Alert a : around) {
      for (AlertResponder r : a.responders() == null ? List.<AlertResponder>of() : a.responders()) {
        if (r.user() == null) {
          continue;
        }
        byUser.computeIfAbsent(r.user().id(), k -> Views.user(r.user()));
        if (r.acceptedAt() != null) {
          accepted.merge(r.user().id(), 1, Integer::sum);
        }
      }
    }
    ArrayNode out = Json.array();
    byUser.forEach(
        (id, user) -> out.add(user.put("accepted_alerts", accepted.getOrDefault(id, 0))));
    return out;
  }

  private static ObjectNode subscribers(long id, List<Subscriber> privateSubs, JsonNode reach) {
    ObjectNode out = Json.object();
    if (privateSubs != null) {
      out.put("incident_private_subscribers", privateSubs.size());
    }
    if (reach != null) {
      out.put("status_page_public_subscribers", count(reach.path("publicSubscribers")));
      out.put("status_page_private_subscribers", count(reach.path("privateSubscribers")));
    }
    out.put(
        "source", "incident " + id + " private subscribers, preview_status_update_notifications");
    return out;
  }

  /** ilert documents these as counts; a list is counted. */
  private static int count(JsonNode node) {
    return node.isArray() ? node.size() : node.asInt(0);
  }

  private static ArrayNode nextSteps(Incident i, Instant now, ObjectNode result) {
    ArrayNode out = Json.array();
    if (!IncidentStatus.RESOLVED.is(i.status())) {
      Instant last =
          history(i).stream()
              .map(IncidentUpdate::createdAt)
              .max(Comparator.naturalOrder())
              .orElse(i.createdAt());
      long quiet = last == null ? 0 : Duration.between(last, now).toMinutes();
      out.add(
          "Still "
              + i.status()
              + "; last update "
              + quiet
              + " min ago: post progress with update_status_update incident_id="
              + i.id()
              + " (RESOLVED ends it and sets its services OPERATIONAL).");
      long open = result.path("alerts").path("open").asLong();
      if (open > 0) {
        out.add(
            open + " alert(s) around it are still open: investigate_alert on them for evidence.");
      }
    } else {
      out.add(
          "Resolved: the prompt postmortem_outline turns this summary into a postmortem draft.");
    }
    if (result.has("missing")) {
      out.add(
          "Some evidence could not be read (see missing); call summarize_incident again later.");
    }
    return out;
  }

  private static List<IncidentUpdate> history(Incident i) {
    return i.history() == null
        ? List.of()
        : i.history().stream().filter(u -> u.createdAt() != null).toList();
  }

  private static List<AffectedService> affected(Incident i) {
    return i.affectedServices() == null ? List.of() : i.affectedServices();
  }

  /** A dry-run body with the incident's services, to ask ilert whom an update would reach. */
  private static Incident reachProbe(Incident i) {
    return Incident.of(i.summary(), "INVESTIGATING", null, true, affected(i));
  }
}
