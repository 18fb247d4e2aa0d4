package org.ilertmcp.server.tools.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentUpdate;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;

/**
 * Projections of incidents (status-page communications) shared by the incident and service tools:
 * snake_case keys, nulls dropped, ISO-8601 UTC instants, human-entered text cleaned.
 */
public final class IncidentViews {
  /** The service statuses, also an incident's impact on a service. */
  public static final String[] SERVICE_STATUSES = {
    "OPERATIONAL", "DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE", "UNDER_MAINTENANCE"
  };

  /** The incident statuses, in their usual order. */
  public static final String[] INCIDENT_STATUSES = {
    "INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"
  };

  /** Other words for a service status (an impact) that have one reading. */
  public static final Map<String, String> SERVICE_STATUS_WORDS =
      Map.of(
          "UP", "OPERATIONAL",
          "OK", "OPERATIONAL",
          "HEALTHY", "OPERATIONAL",
          "DEGRADED_PERFORMANCE", "DEGRADED",
          "PARTIAL", "PARTIAL_OUTAGE",
          "MAJOR", "MAJOR_OUTAGE",
          "DOWN", "MAJOR_OUTAGE",
          "MAINTENANCE", "UNDER_MAINTENANCE");

  /** Other words for an incident status that have one reading. */
  public static final Map<String, String> INCIDENT_STATUS_WORDS =
      Map.of("FIXED", "RESOLVED", "CLOSED", "RESOLVED");

  private IncidentViews() {}

  /**
   * Runs a read that precedes a write. If it fails, the write was never sent, and the error says so
   * (it is safe to retry), whatever the read's failure was.
   */
  public static <T> T beforeWrite(Supplier<T> read) {
    try {
      return read.get();
    } catch (IlertApiException e) {
      throw new IlertApiException(
          e.kind(),
          e.status(),
          e.errorCode().orElse(null),
          e.ilertMessage().orElse(null),
          e.requestId().orElse(null),
          e.retryAfter().orElse(null),
          true,
          null,
          e);
    }
  }

  /** Names of the services the key can see, by id (ilert references services by id only). */
  public static Map<Long, String> serviceNames(IlertCall call) {
    Map<Long, String> names = new HashMap<>();
    for (Service s : call.lookups().services(call.ctx())) {
      names.put(s.id(), s.name());
    }
    return names;
  }

  /**
   * Service names for the result of a write that already succeeded: if ilert cannot list them now,
   * the result shows ids only rather than reporting the applied write as failed.
   */
  public static Map<Long, String> serviceNamesAfterWrite(IlertCall call) {
    try {
      return serviceNames(call);
    } catch (IlertApiException e) {
      return Map.of();
    }
  }

  /** Service ids for names or ids, in order, without repeats. */
  public static List<Long> serviceIds(IlertCall call, List<String> values) {
    return values.stream().map(v -> call.names().service(call.ctx(), v)).distinct().toList();
  }

  /** Affected services: each listed service with {@code impact}; both must be given together. */
  public static Map<Long, String> affected(
      IlertCall call, Param<List<String>> servicesArg, Param<String> impactArg) {
    List<String> services = call.args().get(servicesArg);
    String impact = call.args().find(impactArg).orElse(null);
    if (!services.isEmpty() && impact == null) {
      throw new ToolInputException(
          impactArg.name() + " is required when " + servicesArg.name() + " is given.");
    }
    Map<Long, String> out = new LinkedHashMap<>();
    serviceIds(call, services).forEach(id -> out.put(id, impact));
    return out;
  }

  /**
   * The preview of posting {@code body}: when it notifies subscribers, ilert's publish info says
   * how many status pages and subscribers it reaches.
   */
  public static Preview preview(IlertCall call, String change, Incident body) {
    if (!Boolean.TRUE.equals(body.sendNotification())) {
      return Preview.of(change + " Subscribers are not notified (notify_subscribers is false).")
          .irreversible("status pages show it at once and keep it in their history.");
    }
    JsonNode info = call.client().incidents().publishInfo(call.ctx(), body);
    Integer pages =
        sum(count(info.path("privateStatusPages")), count(info.path("publicStatusPages")));
    Integer subscribers =
        sum(count(info.path("privateSubscribers")), count(info.path("publicSubscribers")));
    return Preview.of(change)
        .notifying(
            "the subscribers of "
                + (pages == null ? "its" : pages)
                + " status pages, by e-mail and their other channels",
            subscribers)
        .irreversible(
            "sent notifications cannot be recalled; status pages show the update at once and"
                + " keep it in their history.")
        .highImpact(true);
  }

  /** Services and their impact as a preview names them. */
  public static String describe(IlertCall call, Map<Long, String> impacts) {
    Map<Long, String> names = serviceNames(call);
    List<String> out = new ArrayList<>();
    impacts.forEach(
        (id, impact) ->
            out.add(Text.quote(names.getOrDefault(id, "?")) + " (id " + id + ") " + impact));
    return String.join(", ", out);
  }

  /** A count ilert documents as a number; a list is counted; null when absent. */
  public static Integer count(JsonNode node) {
    if (node.isNumber()) {
      return node.asInt();
    }
    return node.isArray() ? node.size() : null;
  }

  private static Integer sum(Integer a, Integer b) {
    return a == null ? b : b == null ? a : a + b;
  }

  /** An incident and the names of the services the key can see, by id. */
  public record Named(Incident incident, Map<Long, String> serviceNames) {
    /** The affected services with their names and impacts. */
    List<Views.Impact> impacts() {
      if (incident.affectedServices() == null) {
        return null;
      }
      List<Views.Impact> out = new ArrayList<>();
      for (AffectedService a : incident.affectedServices()) {
        Long id = a.service() == null ? null : a.service().id();
        out.add(new Views.Impact(id, id == null ? null : serviceNames.get(id), a.impact()));
      }
      return out;
    }
  }

  /**
   * The list projection. {@code summary} is text people entered. The schema lists the key fields;
   * the rest is documented by name.
   */
  public static final Shape<Named> SUMMARY =
      Shape.<Named>object()
          .integer("id", n -> n.incident().id())
          .text("summary", n -> n.incident().summary())
          .string("status", n -> n.incident().status())
          .list("affected_services", Views.IMPACT, Named::impacts)
          .unlisted()
          .keepEmpty()
          .time("created_at", n -> n.incident().createdAt())
          .unlisted()
          .time("updated_at", n -> n.incident().updatedAt())
          .unlisted()
          .time("resolved_on", n -> n.incident().resolvedOn())
          .unlisted()
          .build();

  /** One update of an incident's history. */
  private static final Shape<IncidentUpdate> UPDATE =
      Shape.<IncidentUpdate>object()
          .string("status", IncidentUpdate::incidentStatus)
          .text("message", IncidentUpdate::content)
          .unlisted()
          .object("created_by", Views.REF, u -> Views.Ref.user(u.creator()))
          .unlisted()
          .bool("notified", IncidentUpdate::sendNotification)
          .unlisted()
          .time("created_at", IncidentUpdate::createdAt)
          .unlisted()
          .build();

  /** The detail projection: the summary plus message, teams and the update history. */
  public static final Shape<Named> DETAIL =
      Shape.<Named>object()
          .fields(SUMMARY, n -> n)
          .text("message", n -> n.incident().message())
          .bool("send_notification", n -> n.incident().sendNotification())
          .unlisted()
          .list("affected_teams", Views.REF, n -> Views.Ref.teams(n.incident().affectedTeams()))
          .unlisted()
          .list("history", UPDATE, n -> n.incident().history())
          .keepEmptyUnlessNull()
          .build();

  /** The result of the tools that return one incident's summary. */
  public static final Shape<Named> SUMMARY_RESULT =
      Shape.<Named>object().object("incident", SUMMARY, n -> n).build();
}
