package org.ilertmcp.emulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Subscriber;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/status-pages/**}: pages (stored documents whose status is derived from their
 * services), groups and private subscribers.
 */
public final class StatusPagesResource {
  private static final List<String> SERVICE_ORDER =
      List.of("OPERATIONAL", "UNDER_MAINTENANCE", "DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE");
  private static final String PAGES = "status-pages";
  private static final String GROUPS = "status-page-groups";
  private static final String SUBSCRIBERS = "status-page-subscribers";

  private final Context ctx;
  private final ServicesResource services;
  private final DocumentResource pages;

  /** The status pages resource; {@code services} renders service uptime. */
  public StatusPagesResource(Context ctx, ServicesResource services) {
    this.ctx = ctx;
    this.services = services;
    this.pages =
        new DocumentResource(
            ctx.store(),
            ctx.visibility(),
            DocSpec.plain(
                    PAGES, "/status-pages", false, 1401, 25, 50, 201, List.of("name", "visibility"))
                .withView(this::view)
                .withListView((req, d) -> d.without(List.of("structure", "groups")))
                .withBeforeSave(this::beforeSave));
  }

  /** Registers the routes. */
  public void register(Router r) {
    pages.register(r);
    r.get("/status-pages/{id}/groups", Access.READ, this::groups);
    r.post("/status-pages/{id}/groups", Access.MANAGE, this::createGroup);
    r.get("/status-pages/{id}/groups/{group-id}", Access.READ, this::group);
    r.put("/status-pages/{id}/groups/{group-id}", Access.MANAGE, this::updateGroup);
    r.delete("/status-pages/{id}/groups/{group-id}", Access.MANAGE, this::deleteGroup);
    r.get("/status-pages/{id}/private-subscribers", Access.READ, this::getSubscribers);
    r.put("/status-pages/{id}/private-subscribers", Access.MANAGE, this::setSubscribers);
    r.post("/status-pages/{id}/private-subscribers", Access.MANAGE, this::addSubscriber);
    r.delete(
        "/status-pages/{id}/private-subscribers/{subscriber-id}",
        Access.MANAGE,
        this::removeSubscriber);
  }

  private void beforeSave(ApiRequest req, ObjectNode d) {
    String visibility = Json.text(d, "visibility");
    if (!"PUBLIC".equals(visibility) && !"PRIVATE".equals(visibility)) {
      throw ApiException.badRequest("visibility must be PUBLIC or PRIVATE");
    }
    ArrayNode refs = Json.array();
    for (Long id : Json.refIds(d, "services")) {
      if (!ctx.store().services().containsKey(id)) {
        throw ApiException.badRequest("service " + id + " does not exist");
      }
      refs.add(Json.object().put("id", id));
    }
    d.set("services", refs);
    d.remove(List.of("status", "groups", "subscribed"));
  }

  private ObjectNode view(ApiRequest req, ObjectNode d) {
    List<Long> ids = Json.refIds(d, "services");
    ArrayNode arr = Json.array();
    String worst = "OPERATIONAL";
    for (Long id : ids) {
      Service s = ctx.store().services().get(id);
      if (s == null) {
        continue;
      }
      ObjectNode n = ctx.views().service(s).without("alias");
      if (req.includes("uptime")) {
        n.set("uptime", services.uptime(id, req.now()));
      }
      arr.add(n);
      if (SERVICE_ORDER.indexOf(s.status()) > SERVICE_ORDER.indexOf(worst)) {
        worst = s.status();
      }
    }
    d.set("services", arr);
    d.put("status", worst);
    if (req.includes("groups")) {
      d.set(
          "groups",
          Json.array(groupsOf(d.get("id").asLong()).stream().map(this::groupView).toList()));
    }
    if (req.includes("subscribed")) {
      d.put(
          "subscribed",
          subscribers(ctx.store(), d).stream()
              .anyMatch(s -> "USER".equals(s.type()) && s.id() == req.caller().id()));
    }
    return d.without("publicSubscriberCount");
  }

  private ObjectNode page(ApiRequest req) {
    return pages.find(req, Long.toString(req.pathLong("id")));
  }

  private List<ObjectNode> groupsOf(long pageId) {
    return ctx.store().documents().of(GROUPS).values().stream()
        .filter(g -> g.get("statusPageId").asLong() == pageId)
        .toList();
  }

  private ObjectNode groupView(ObjectNode g) {
    return Json.object().put("id", g.get("id").asLong()).put("name", Json.text(g, "name"));
  }

  private ApiResponse groups(ApiRequest req) {
    ObjectNode page = page(req);
    Paging paging = Paging.of(req, 50, 100);
    return ApiResponse.ok(
        Json.array(
            paging.apply(groupsOf(page.get("id").asLong())).stream()
                .map(this::groupView)
                .toList()));
  }

  private ObjectNode findGroup(ApiRequest req) {
    ObjectNode page = page(req);
    long groupId = req.pathLong("group-id");
    ObjectNode g = ctx.store().documents().of(GROUPS).get(Long.toString(groupId));
    if (g == null || g.get("statusPageId").asLong() != page.get("id").asLong()) {
      throw ApiException.notFound("group " + groupId + " not found on this status page");
    }
    return g;
  }

  private ApiResponse group(ApiRequest req) {
    return ApiResponse.ok(groupView(findGroup(req)));
  }

  private ApiResponse createGroup(ApiRequest req) {
    ObjectNode page = page(req);
    String name = Json.required(req.json(), "name");
    long id = ctx.store().nextId(GROUPS, 1451);
    ObjectNode g =
        Json.object().put("id", id).put("name", name).put("statusPageId", page.get("id").asLong());
    ctx.store().documents().of(GROUPS).put(Long.toString(id), g);
    return ApiResponse.of(201, groupView(g));
  }

  private ApiResponse updateGroup(ApiRequest req) {
    ObjectNode g = findGroup(req);
    g.put("name", Json.required(req.json(), "name"));
    return ApiResponse.ok(groupView(g));
  }

  private ApiResponse deleteGroup(ApiRequest req) {
    ObjectNode g = findGroup(req);
    ctx.store().documents().of(GROUPS).remove(g.get("id").asString());
    return ApiResponse.empty(204);
  }

  /** The private subscribers of a page (live list kept in the store). */
  static List<Subscriber> subscribers(Store store, ObjectNode page) {
    ObjectNode holder = store.documents().of(SUBSCRIBERS).get(page.get("id").asString());
    List<Subscriber> out = new ArrayList<>();
    if (holder != null) {
      for (JsonNode n : holder.path("items")) {
        out.add(new Subscriber(n.get("id").asLong(), Json.text(n, "type")));
      }
    }
    return out;
  }

  private void store(ObjectNode page, List<Subscriber> list) {
    ArrayNode items = Json.array();
    list.forEach(s -> items.add(Json.object().put("id", s.id()).put("type", s.type())));
    Map<String, ObjectNode> docs = ctx.store().documents().of(SUBSCRIBERS);
    docs.put(page.get("id").asString(), Json.object().set("items", items));
  }

  private ApiResponse getSubscribers(ApiRequest req) {
    return ApiResponse.ok(Subscribers.render(subscribers(ctx.store(), page(req)), ctx.store()));
  }

  private ApiResponse setSubscribers(ApiRequest req) {
    ObjectNode page = page(req);
    store(page, Subscribers.parse(req.json(), ctx.store()));
    return ApiResponse.empty(204);
  }

  private ApiResponse addSubscriber(ApiRequest req) {
    ObjectNode page = page(req);
    Subscriber s = Subscribers.one(req.json(), ctx.store());
    List<Subscriber> list = new ArrayList<>(subscribers(ctx.store(), page));
    if (!list.contains(s)) {
      list.add(s);
    }
    store(page, list);
    return ApiResponse.empty(204);
  }

  private ApiResponse removeSubscriber(ApiRequest req) {
    ObjectNode page = page(req);
    String type = req.first("subscriber-type");
    if (!"USER".equals(type) && !"TEAM".equals(type)) {
      throw ApiException.badRequest("query parameter 'subscriber-type' must be USER or TEAM");
    }
    Subscriber s = new Subscriber(req.pathLong("subscriber-id"), type);
    List<Subscriber> list = new ArrayList<>(subscribers(ctx.store(), page));
    if (!list.remove(s)) {
      throw ApiException.notFound("not a private subscriber of this status page");
    }
    store(page, list);
    return ApiResponse.empty(204);
  }
}
