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
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.client.incidents.IncidentUpdate;
import org.ilertmcp.client.services.Service;
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
import tools.jackson.databind.JsonNode;

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

  /** The incident as of {@code until} (its resolution, or now): how long it has been open. */
  private record IncidentAt(Incident incident, Instant until) {}

  private static final Shape<IncidentAt> INCIDENT =
      Shape.<IncidentAt>object()
          .integer("id", i -> i.incident().id())
          .text("summary", i -> i.incident().summary())
          .string("status", i -> i.incident().status())
          .text("message", i -> i.incident().message())
          .time("created_at", i -> i.incident().createdAt())
          .time("resolved_on", i -> i.incident().resolvedOn())
          .integer(
              "minutes_open",
              i ->
                  i.incident().createdAt() == null
                      ? null
                      : Duration.between(i.incident().createdAt(), i.until()).toMinutes())
          .string("source", i -> "get_status_update " + i.incident().id())
          .build();

  /** The services the incident affects and the status pages showing them. */
  private record Impact(
      long incidentId,
      List<ServiceImpact.Affected> services,
      List<ServiceImpact.PageHit> statusPages) {}

  private static final Shape<Impact> IMPACT =
      Shape.<Impact>object()
          .list("services", ServiceImpact.AFFECTED, Impact::services)
          .keepEmpty()
          .list("status_pages", ServiceImpact.STATUS_PAGE, Impact::statusPages)
          .keepEmpty()
          .string(
              "source",
              i -> "get_status_update " + i.incidentId() + ", list_services, list_status_pages")
          .build();

  private static final Shape<IncidentUpdate> UPDATE =
      Shape.<IncidentUpdate>object()
          .time("at", IncidentUpdate::createdAt)
          .string("status", IncidentUpdate::incidentStatus)
          .text("message", IncidentUpdate::content)
          .object("by", Views.REF, u -> Ref.user(u.creator()))
          .bool("notified", IncidentUpdate::sendNotification)
          .build();

  /** Minutes the incident spent in one status. */
  record StatusMinutes(String status, long minutes) {}

  private static final Shape<StatusMinutes> STATUS_MINUTES =
      Shape.<StatusMinutes>object()
          .string("status", StatusMinutes::status)
          .integer("minutes", StatusMinutes::minutes)
          .build();

  /** The alerts around the incident, counted, with the first {@link #MAX_ALERTS} listed. */
  private record Alerts(List<Alert> all, Instant from, Instant until) {
    long open() {
      return all.stream().filter(a -> !AlertStatus.RESOLVED.is(a.status())).count();
    }
  }

  private static final Shape<Alert> ALERT =
      Shape.<Alert>object()
          .fields(Views.ALERT_SUMMARY, a -> a)
          .fields(AlertOutcome.OUTCOME, a -> a)
          .build();

  private static final Shape<Alerts> ALERTS =
      Shape.<Alerts>object()
          .integer("count", a -> a.all().size())
          .integer("open", Alerts::open)
          .list("items", ALERT, a -> a.all().stream().limit(MAX_ALERTS).toList())
          .keepEmpty()
          .string(
              "source",
              a ->
                  "list_alerts from="
                      + Times.iso(a.from())
                      + " until="
                      + Times.iso(a.until())
                      + ", linked or on sources of the affected services' teams")
          .build();

  /** A responder of the alerts around the incident and how many of them they accepted. */
  private record Responder(UserRel user, int acceptedAlerts) {}

  private static final Shape<Responder> RESPONDER =
      Shape.<Responder>object()
          .fields(Views.REF, r -> Ref.user(r.user()))
          .integer("accepted_alerts", Responder::acceptedAlerts)
          .build();

  /** Who an update would reach: the incident's private subscribers and its pages' subscribers. */
  private record Subscribers(
      long incidentId, Integer incidentPrivate, Integer pagePublic, Integer pagePrivate) {}

  private static final Shape<Subscribers> SUBSCRIBERS =
      Shape.<Subscribers>object()
          .integer("incident_private_subscribers", Subscribers::incidentPrivate)
          .integer("status_page_public_subscribers", Subscribers::pagePublic)
          .integer("status_page_private_subscribers", Subscribers::pagePrivate)
          .string(
              "source",
              s ->
                  "incident "
                      + s.incidentId()
                      + " private subscribers, preview_status_update_notifications")
          .build();

  private record Summary(
      IncidentAt incident,
      Impact impact,
      List<IncidentUpdate> updates,
      List<StatusMinutes> timeInStatus,
      Alerts alerts,
      List<Responder> responders,
      Subscribers subscribers,
      List<FanOut.Missing> missing,
      List<String> nextSteps) {}

  private static final Shape<Summary> SUMMARY =
      Shape.<Summary>object()
          .object("incident", INCIDENT, Summary::incident)
          .object("impact", IMPACT, Summary::impact)
          .list("updates", UPDATE, Summary::updates)
          .keepEmpty()
          .unlisted()
          .list("time_in_status", STATUS_MINUTES, Summary::timeInStatus)
          .keepEmpty()
          .unlisted()
          .object("alerts", ALERTS, Summary::alerts)
          .unlisted()
          .list("responders", RESPONDER, Summary::responders)
          .keepEmpty()
          .unlisted()
          .object("subscribers", SUBSCRIBERS, Summary::subscribers)
          .unlisted()
          .list("missing", FanOut.MISSING, Summary::missing)
          .strings("next_steps", Summary::nextSteps)
          .keepEmpty()
          .required("incident", "next_steps")
          .schemaOrder("incident", "impact", "next_steps", "missing")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("summarize_incident", Toolset.ANALYSIS, AccessTier.READ)
        .title("Summarize incident")
        .description(
            "An incident in one read: impact on services and status pages, updates, time per"
                + " status, alerts around it with responders, subscriber counts, next_steps.")
        .input(Input.of(INCIDENT_ID).required(INCIDENT_ID))
        .output(SUMMARY.schema())
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
      List<Alert> around =
          around(
              incident,
              impact,
              services.orElse(List.of()),
              sources.orElse(List.of()),
              alerts.orElse(List.of()));
      Alerts alertsAround = new Alerts(around, from, until);
      List<FanOut.Missing> missing = fan.missing();
      Summary summary =
          new Summary(
              new IncidentAt(incident, until),
              new Impact(id, impact.affected(), impact.statusPages(pages.orElse(List.of()))),
              updates(incident),
              timeInStatus(incident, until),
              alertsAround,
              responders(around),
              subscribers(id, privateSubscribers.value().orElse(null), reach.value().orElse(null)),
              missing,
              nextSteps(incident, now, alertsAround, !missing.isEmpty()));
      return Output.sections(
          SUMMARY.view(summary), call.maxResultTokens(), "alerts.items", "updates", "responders");
    }
  }

  private static List<IncidentUpdate> updates(Incident i) {
    return history(i).stream()
        .sorted(Comparator.comparing(IncidentUpdate::createdAt).reversed())
        .toList();
  }

  /** Minutes per status, from each update to the next (the last one until resolution or now). */
  static List<StatusMinutes> timeInStatus(Incident i, Instant until) {
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
    List<StatusMinutes> out = new ArrayList<>();
    minutes.forEach((status, m) -> out.add(new StatusMinutes(status, m)));
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

  private static List<Responder> responders(List<Alert> around) {
    Map<Long, UserRel> byUser = new LinkedHashMap<>();
    Map<Long, Integer> accepted = new HashMap<>();
    for (Alert a : around) {
      for (AlertResponder r : a.responders() == null ? List.<AlertResponder>of() : a.responders()) {
        if (r.user() == null) {
          continue;
        }
        byUser.putIfAbsent(r.user().id(), r.user());
        if (r.acceptedAt() != null) {
          accepted.merge(r.user().id(), 1, Integer::sum);
        }
      }
    }
    List<Responder> out = new ArrayList<>();
    byUser.forEach((id, user) -> out.add(new Responder(user, accepted.getOrDefault(id, 0))));
    return out;
  }

  private static Subscribers subscribers(long id, List<Subscriber> privateSubs, JsonNode reach) {
    return new Subscribers(
        id,
        privateSubs == null ? null : privateSubs.size(),
        reach == null ? null : count(reach.path("publicSubscribers")),
        reach == null ? null : count(reach.path("privateSubscribers")));
  }

  /** ilert documents these as counts; a list is counted. */
  private static int count(JsonNode node) {
    return node.isArray() ? node.size() : node.asInt(0);
  }

  private static List<String> nextSteps(Incident i, Instant now, Alerts alerts, boolean missing) {
    List<String> out = new ArrayList<>();
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
      long open = alerts.open();
      if (open > 0) {
        out.add(
            open + " alert(s) around it are still open: investigate_alert on them for evidence.");
      }
    } else {
      out.add(
          "Resolved: the prompt postmortem_outline turns this summary into a postmortem draft.");
    }
    if (missing) {
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
