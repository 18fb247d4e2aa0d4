package org.ilertmcp.emulator.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Subscriber;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.Outages;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/services/**} and {@code GET /api/service-outages}. */
public final class ServicesResource {
  static final Set<String> STATUSES =
      Set.of("OPERATIONAL", "UNDER_MAINTENANCE", "DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE");

  private final Context ctx;
  private final Outages outages;
  private final Map<Long, List<Subscriber>> subscribers = new HashMap<>();
  private final IncidentViews incidentViews;

  /** The services resource. */
  public ServicesResource(Context ctx) {
    this.ctx = ctx;
    this.outages = new Outages(ctx.store());
    this.incidentViews = new IncidentViews(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/services", Access.READ, this::list);
    r.post("/services", Access.MANAGE, this::create);
    r.get(
        "/services/name/{name}",
        Access.READ,
        req ->
            ApiResponse.ok(
                view(
                    req,
                    Named.find(
                        ctx.store().services().values(),
                        s -> s.name(),
                        s -> ctx.visibility().canSee(req.caller(), s.teamIds()),
                        req))));
    r.get("/services/{id}", Access.READ, this::get);
    r.put("/services/{id}", Access.MANAGE, this::update);
    r.delete("/services/{id}", Access.MANAGE, this::delete);
    r.get("/services/{id}/private-subscribers", Access.READ, this::getSubscribers);
    r.put("/services/{id}/private-subscribers", Access.MANAGE, this::setSubscribers);
    r.get("/service-outages", Access.READ, this::outages);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 10, req.has("include") ? 25 : 100);
    List<Service> items =
        ctx.store().services().values().stream()
            .filter(s -> ctx.visibility().listed(req, s.teamIds()))
            .toList();
    return ApiResponse.ok(Json.array(paging.apply(items).stream().map(s -> view(req, s)).toList()));
  }

  private Service find(ApiRequest req) {
    long id = req.pathLong("id");
    Service s = ctx.store().services().get(id);
    if (s == null || !ctx.visibility().canSee(req.caller(), s.teamIds())) {
      throw ApiException.notFound("service " + id + " not found");
    }
    return s;
  }

  private ApiResponse get(ApiRequest req) {
    return ApiResponse.ok(view(req, find(req)));
  }

  /** A service with includes: subscribed, uptime, incidents (latest 10 unresolved). */
  ObjectNode view(ApiRequest req, Service s) {
    ObjectNode n = ctx.views().service(s);
    if (req.includes("subscribed")) {
      n.put("subscribed", isSubscribed(req, s.id()));
    }
    if (req.includes("uptime")) {
      n.set("uptime", uptime(s.id(), req.now()));
    }
    if (req.includes("incidents")) {
      ArrayNode arr = n.putArray("incidents");
      ctx.store().incidents().values().stream()
          .filter(i -> i.resolvedOn() == null)
          .filter(i -> i.affectedServices().stream().anyMatch(a -> a.serviceId() == s.id()))
          .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
          .limit(10)
          .forEach(i -> arr.add(incidentViews.incident(i, req, false)));
    }
    return n;
  }

  private boolean isSubscribed(ApiRequest req, long serviceId) {
    return subscribers.getOrDefault(serviceId, List.of()).stream()
        .anyMatch(x -> "USER".equals(x.type()) && x.id() == req.caller().id());
  }

  /** The {@code ServiceUptime} object over the last 90 days. */
  ObjectNode uptime(long serviceId, Instant now) {
    Instant start = now.minus(Duration.ofDays(90));
    List<Outages.Outage> list = outages.of(serviceId, start, now, overrides(serviceId));
    ObjectNode n = Json.object().put("rangeStart", Json.ts(start)).put("rangeEnd", Json.ts(now));
    ArrayNode arr = n.putArray("outages");
    list.forEach(o -> arr.add(outage(o)));
    n.putObject("uptimePercentage")
        .put("p90", Outages.uptime(list, now, 90))
        .put("p60", Outages.uptime(list, now, 60))
        .put("p30", Outages.uptime(list, now, 30));
    return n;
  }

  private static ObjectNode outage(Outages.Outage o) {
    return Json.object()
        .put("status", o.status())
        .put("from", Json.ts(o.from()))
        .put("until", Json.ts(o.until()));
  }

  private List<Outages.Override> overrides(long serviceId) {
    List<Outages.Override> out = new ArrayList<>();
    for (ObjectNode d : ctx.store().documents().of("service-outage-overrides").values()) {
      if (Long.valueOf(serviceId).equals(Json.refId(d, "service"))) {
        out.add(
            new Outages.Override(
                Json.text(d, "status"),
                Instant.parse(Json.text(d, "from")),
                Instant.parse(Json.text(d, "until"))));
      }
    }
    return out;
  }

  private ApiResponse outages(ApiRequest req) {
    Long service = req.longParam("service");
    if (service == null) {
      throw ApiException.badRequest("query parameter 'service' is required");
    }
    if (!ctx.store().services().containsKey(service)) {
      throw ApiException.notFound("service " + service + " not found");
    }
    Instant until = req.instant("until") == null ? req.now() : req.instant("until");
    Instant from =
        req.instant("from") == null ? until.minus(Duration.ofDays(90)) : req.instant("from");
    if (!until.isAfter(from)) {
      throw ApiException.badRequest("'until' must be after 'from'");
    }
    List<Outages.Override> ov =
        req.bool("ignore-overrides", false) ? List.of() : overrides(service);
    return ApiResponse.ok(
        Json.array(
            outages.of(service, from, until, ov).stream().map(ServicesResource::outage).toList()));
  }

  private ApiResponse create(ApiRequest req) {
    long id = ctx.store().nextId("service", 601);
    Service s = fromBody(req.json(), id, null);
    ctx.store().services().put(id, s);
    return ApiResponse.of(201, ctx.views().service(s)).header("Location", "/api/services/" + id);
  }

  private ApiResponse update(ApiRequest req) {
    Service old = find(req);
    Service s = fromBody(req.json(), old.id(), old);
    ctx.store().services().put(old.id(), s);
    return ApiResponse.ok(ctx.views().service(s));
  }

  private ApiResponse delete(ApiRequest req) {
    ctx.store().services().remove(find(req).id());
    return ApiResponse.empty(204);
  }

  private Service fromBody(JsonNode body, long id, Service old) {
    String status = Json.text(body, "status");
    if (status == null) {
      status = "OPERATIONAL";
    }
    if (!STATUSES.contains(status)) {
      throw ApiException.badRequest("unknown service status " + status);
    }
    List<Long> teams =
        body.has("teams") || old == null ? Json.refIds(body, "teams") : old.teamIds();
    return new Service(
        id,
        Json.required(body, "name"),
        Json.text(body, "alias"),
        status,
        Json.text(body, "description"),
        body.path("oneOpenIncidentOnly").asBoolean(false),
        body.path("showUptimeHistory").asBoolean(true),
        teams);
  }

  private ApiResponse getSubscribers(ApiRequest req) {
    Service s = find(req);
    return ApiResponse.ok(
        Subscribers.render(subscribers.getOrDefault(s.id(), List.of()), ctx.store()));
  }

  /** Set semantics: anyone left out is removed. */
  private ApiResponse setSubscribers(ApiRequest req) {
    Service s = find(req);
    subscribers.put(s.id(), Subscribers.parse(req.json(), ctx.store()));
    return ApiResponse.empty(204);
  }
}
