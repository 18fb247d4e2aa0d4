package org.ilertmcp.emulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/heartbeat-monitors}: cursor paging ({@code cursor} in, {@code next-cursor} header
 * out; {@code start-index} ignored), 409 with the existing monitor when the name is taken, and a
 * new integration key whenever {@code intervalSec} changes.
 */
public final class HeartbeatMonitorsResource {
  private static final String COLLECTION = "heartbeat-monitors";

  private final Context ctx;

  /** The heartbeat monitors resource. */
  public HeartbeatMonitorsResource(Context ctx) {
    this.ctx = ctx;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/heartbeat-monitors", Access.READ, this::list);
    r.post("/heartbeat-monitors", Access.MANAGE, this::create);
    r.get("/heartbeat-monitors/{id}", Access.READ, this::get);
    r.put("/heartbeat-monitors/{id}", Access.MANAGE, this::replace);
    r.delete("/heartbeat-monitors/{id}", Access.MANAGE, this::delete);
  }

  private Map<String, ObjectNode> docs() {
    return ctx.store().documents().of(COLLECTION);
  }

  private ApiResponse list(ApiRequest req) {
    int size = 100;
    String raw = req.first("max-results");
    if (raw != null) {
      try {
        size = Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("max-results must be a number");
      }
    }
    if (size < 1 || size > 200) {
      throw ApiException.badRequest("max-results must be between 1 and 200 for this resource");
    }
    long after = 0;
    String cursor = req.first("cursor");
    if (cursor != null) {
      try {
        after = Long.parseLong(cursor);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("invalid cursor");
      }
    }
    List<ObjectNode> page = new ArrayList<>();
    boolean more = false;
    for (ObjectNode d : docs().values()) {
      if (d.get("id").asLong() <= after || !ctx.visibility().listed(req, Json.refIds(d, "teams"))) {
        continue;
      }
      if (page.size() == size) {
        more = true;
        break;
      }
      page.add(d);
    }
    ApiResponse res = ApiResponse.ok(Json.array(page.stream().map(d -> listView(req, d)).toList()));
    if (more) {
      res = res.header("next-cursor", page.get(page.size() - 1).get("id").asString());
    }
    return res;
  }

  /**
   * The monitor's state as of now: UNKNOWN until the first ping, then HEALTHY while pings arrive
   * within {@code intervalSec}, OVERDUE after.
   */
  private static String state(ObjectNode d, java.time.Instant now) {
    String last = Json.text(d, "lastPingAt");
    if (last == null) {
      return Json.text(d, "state");
    }
    java.time.Instant due =
        java.time.Instant.parse(last).plusSeconds(d.get("intervalSec").asLong());
    return now.isAfter(due) ? "OVERDUE" : "HEALTHY";
  }

  private ObjectNode listView(ApiRequest req, ObjectNode d) {
    ObjectNode v = d.deepCopy().without(List.of("alertSource", "lastPingAt"));
    v.put("state", state(d, req.now()));
    if (!req.includes("integrationKey")) {
      v.remove("integrationKey");
    }
    if (!req.includes("integrationUrl")) {
      v.remove("integrationUrl");
    }
    return v;
  }

  private ObjectNode view(ApiRequest req, ObjectNode d, boolean keyByDefault) {
    ObjectNode v = d.deepCopy().without("lastPingAt");
    v.put("state", state(d, req.now()));
    Long sourceId = Json.refId(v, "alertSource");
    if (sourceId != null && ctx.store().sources().containsKey(sourceId)) {
      v.set("alertSource", ctx.views().source(ctx.store().sources().get(sourceId), req.caller()));
    }
    if (!keyByDefault && !req.includes("integrationKey")) {
      v.remove("integrationKey");
    }
    if (!req.includes("integrationUrl")) {
      v.remove("integrationUrl");
    }
    return v;
  }

  private ObjectNode find(ApiRequest req) {
    String id = Long.toString(req.pathLong("id"));
    ObjectNode d = docs().get(id);
    if (d == null || !ctx.visibility().canSee(req.caller(), Json.refIds(d, "teams"))) {
      throw ApiException.notFound("heartbeat monitor " + id + " not found");
    }
    return d;
  }

  private ApiResponse get(ApiRequest req) {
    return ApiResponse.ok(view(req, find(req), false));
  }

  private ApiResponse create(ApiRequest req) {
    ObjectNode body = validated(req);
    String name = Json.text(body, "name");
    for (ObjectNode existing : docs().values()) {
      if (name.equals(Json.text(existing, "name"))) {
        return ApiResponse.of(409, view(req, existing, true));
      }
    }
    long id = ctx.store().nextId(COLLECTION, 1501);
    body.put("id", id);
    body.put("state", "UNKNOWN");
    body.put("createdAt", Json.ts(req.now()));
    body.put("updatedAt", Json.ts(req.now()));
    setKey(body, id, body.get("intervalSec").asInt());
    docs().put(Long.toString(id), body);
    return ApiResponse.of(201, view(req, body, true))
        .header("Location", "/api/heartbeat-monitors/" + id);
  }

  private ApiResponse replace(ApiRequest req) {
    ObjectNode old = find(req);
    ObjectNode body = validated(req);
    long id = old.get("id").asLong();
    body.put("id", id);
    body.put("state", Json.text(old, "state"));
    body.set("createdAt", old.get("createdAt"));
    body.put("updatedAt", Json.ts(req.now()));
    if (old.get("intervalSec").asInt() == body.get("intervalSec").asInt()) {
      body.set("integrationKey", old.get("integrationKey"));
      body.set("integrationUrl", old.get("integrationUrl"));
    } else {
      // ilert regenerates the key when the interval changes; a version suffix makes that visible
      setKey(body, id, body.get("intervalSec").asInt());
    }
    docs().put(Long.toString(id), body);
    return ApiResponse.ok(view(req, body, false));
  }

  private ApiResponse delete(ApiRequest req) {
    ObjectNode d = find(req);
    docs().remove(d.get("id").asString());
    return ApiResponse.empty(204);
  }

  private ObjectNode validated(ApiRequest req) {
    JsonNode json = req.json();
    if (!json.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    ObjectNode body = ((ObjectNode) json).deepCopy();
    Json.required(body, "name");
    JsonNode interval = body.get("intervalSec");
    if (interval == null || !interval.isIntegralNumber()) {
      throw ApiException.badRequest("field 'intervalSec' is required");
    }
    if (interval.asLong() < 25 || interval.asLong() > 2_678_400) {
      throw ApiException.badRequest("intervalSec must be between 25 and 2678400");
    }
    return body;
  }

  private void setKey(ObjectNode body, long id, int interval) {
    String key = "demo-heartbeat-" + id + "-" + interval;
    body.put("integrationKey", key);
    body.put("integrationUrl", "http://localhost/api/heartbeats/" + key);
  }
}
