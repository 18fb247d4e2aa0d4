package org.ilertmcp.emulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ilertmcp.emulator.domain.AffectedService;
import org.ilertmcp.emulator.domain.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Subscriber;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/incidents/**}: every create and update is appended to the history, changes the
 * affected services' status, and bumps the ETag; a PUT with a stale {@code If-Match} is a 412.
 */
public final class IncidentsResource {
  private static final Set<String> STATUSES =
      Set.of("INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED");

  private final Context ctx;
  private final IncidentViews views;

  /** The incidents resource. */
  public IncidentsResource(Context ctx) {
    this.ctx = ctx;
    this.views = new IncidentViews(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/incidents", Access.READ, this::list);
    r.post("/incidents", Access.MANAGE, this::create);
    r.post("/incidents/publish-info", Access.READ, this::publishInfo);
    r.get("/incidents/{id}", Access.READ, this::get);
    r.put("/incidents/{id}", Access.MANAGE, this::update);
    r.get("/incidents/{id}/private-subscribers", Access.READ, this::subscribers);
    r.post("/incidents/{id}/private-subscribers", Access.MANAGE, this::addSubscribers);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 10, req.has("include") ? 25 : 100);
    List<String> states = req.all("states", "state");
    states.forEach(IncidentsResource::status);
    List<Long> services = req.longs("services");
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    List<Incident> items =
        ctx.store().incidents().values().stream()
            .filter(i -> states.isEmpty() || states.contains(i.status()))
            .filter(
                i ->
                    services.isEmpty()
                        || i.affectedServices().stream()
                            .anyMatch(a -> services.contains(a.serviceId())))
            .filter(i -> from == null || !i.createdAt().isBefore(from))
            .filter(i -> until == null || i.createdAt().isBefore(until))
            .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
            .toList();
    return ApiResponse.ok(
        Json.array(paging.apply(items).stream().map(i -> views.incident(i, req, true)).toList()));
  }

  private Incident find(ApiRequest req) {
    long id = req.pathLong("id");
    Incident i = ctx.store().incidents().get(id);
    if (i == null) {
      throw ApiException.notFound("incident " + id + " not found");
    }
    return i;
  }

  private ApiResponse get(ApiRequest req) {
    Incident i = find(req);
    return ApiResponse.ok(views.incident(i, req, true)).header("ETag", i.etag());
  }

  private ApiResponse create(ApiRequest req) {
    JsonNode body = req.json();
    Instant at = backfill(body, req.now());
    Incident incident = new Incident(ctx.store().nextId("incident", 701), at);
    apply(incident, body, req, at);
    ctx.store().incidents().put(incident.id(), incident);
    return ApiResponse.ok(views.incident(incident, req, false)).header("ETag", incident.etag());
  }

  /** {@code createdAt} may be given on create to backfill history; it must not be in the future. */
  private static Instant backfill(JsonNode body, Instant now) {
    String raw = Json.text(body, "createdAt");
    if (raw == null) {
      return now;
    }
    Instant at = ApiRequest.parseInstant(raw, "field 'createdAt'");
    if (at.isAfter(now)) {
      throw ApiException.badRequest("'createdAt' must not be in the future");
    }
    return at;
  }

  private ApiResponse update(ApiRequest req) {
    Incident incident = find(req);
    String ifMatch = req.header("If-Match");
    if (ifMatch != null && !ifMatch.trim().equals(incident.etag())) {
      throw new ApiException(
          412, "PRECONDITION_FAILED", "the incident was changed meanwhile (ETag mismatch)");
    }
    apply(incident, req.json(), req, req.now());
    return ApiResponse.ok(views.incident(incident, req, false)).header("ETag", incident.etag());
  }

  private void apply(Incident incident, JsonNode body, ApiRequest req, Instant at) {
    String summary = Json.required(body, "summary");
    String status = status(Json.required(body, "status"));
    List<AffectedService> affected = affected(body);
    boolean notify = body.path("sendNotification").asBoolean(false);
    String message = Json.text(body, "message");
    IncidentUpdate update =
        new IncidentUpdate(
            ctx.store().nextStringId("incident-update"),
            message == null ? summary : message,
            req.caller().id(),
            status,
            notify,
            at);
    incident.apply(summary, status, message, notify, affected, update);
    for (AffectedService a : affected) {
      Service s = ctx.store().services().get(a.serviceId());
      String next = "RESOLVED".equals(status) ? "OPERATIONAL" : a.impact();
      ctx.store().services().put(s.id(), s.withStatus(next));
    }
  }

  private List<AffectedService> affected(JsonNode body) {
    List<AffectedService> out = new ArrayList<>();
    for (JsonNode a : body.path("affectedServices")) {
      Long id = Json.refId(a, "service");
      if (id == null || !ctx.store().services().containsKey(id)) {
        throw ApiException.badRequest("every affected service needs an existing service id");
      }
      String impact = Json.text(a, "impact");
      if (impact == null || !ServicesResource.STATUSES.contains(impact)) {
        throw ApiException.badRequest("impact must be a service status, got " + impact);
      }
      out.add(new AffectedService(id, impact));
    }
    return out;
  }

  private static String status(String raw) {
    if (!STATUSES.contains(raw)) {
      throw ApiException.badRequest(
          "status must be INVESTIGATING, IDENTIFIED, MONITORING or RESOLVED, got " + raw);
    }
    return raw;
  }

  /**
   * A dry run of publishing: which status pages show the affected services and how many subscribers
   * would hear about it. Changes nothing.
   */
  private ApiResponse publishInfo(ApiRequest req) {
    JsonNode body = req.json();
    Json.required(body, "summary");
    List<AffectedService> affected = affected(body);
    int privatePages = 0;
    int publicPages = 0;
    int privateSubscribers = 0;
    int publicSubscribers = 0;
    ObjectNode first = null;
    for (ObjectNode page : ctx.store().documents().of("status-pages").values()) {
      List<Long> services = Json.refIds(page, "services");
      if (affected.stream().noneMatch(a -> services.contains(a.serviceId()))) {
        continue;
      }
      if (first == null) {
        first =
            Json.object().put("id", page.get("id").asLong()).put("label", Json.text(page, "name"));
      }
      if ("PRIVATE".equals(Json.text(page, "visibility"))) {
        privatePages++;
        privateSubscribers += StatusPagesResource.subscribers(ctx.store(), page).size();
      } else {
        publicPages++;
        publicSubscribers += page.path("publicSubscriberCount").asInt(0);
      }
    }
    ObjectNode out = Json.object();
    if (first != null) {
      out.set("statusPagesInfo", first);
    }
    out.put("privateStatusPages", privatePages)
        .put("publicStatusPages", publicPages)
        .put("privateSubscribers", privateSubscribers)
        .put("publicSubscribers", publicSubscribers);
    return ApiResponse.ok(out);
  }

  private ApiResponse subscribers(ApiRequest req) {
    Incident i = find(req);
    return ApiResponse.ok(Subscribers.render(i.privateSubscribers(), ctx.store()));
  }

  private ApiResponse addSubscribers(ApiRequest req) {
    Incident i = find(req);
    for (Subscriber s : Subscribers.parse(req.json(), ctx.store())) {
      if (!i.privateSubscribers().contains(s)) {
        i.privateSubscribers().add(s);
      }
    }
    return ApiResponse.empty(204);
  }
}
