package org.ilertmcp.emulator.api;

import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import org.ilertmcp.emulator.http.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CRUD over stored JSON documents for configuration resources: list (paged, filtered, team
 * visibility), create, get, full-replace PUT, delete. Behaviour specific to a resource lives in its
 * {@link DocSpec}.
 */
final class DocumentResource {
  private final Store store;
  private final Visibility visibility;
  private final DocSpec spec;

  DocumentResource(Store store, Visibility visibility, DocSpec spec) {
    this.store = store;
    this.visibility = visibility;
    this.spec = spec;
  }

  void register(Router r) {
    r.get(spec.path(), Access.READ, this::list);
    r.post(spec.path(), Access.MANAGE, this::create);
    if (spec.required().contains("name")) {
      r.get(spec.path() + "/name/{name}", Access.READ, this::byName);
    }
    r.get(spec.path() + "/{id}", Access.READ, this::get);
    r.put(spec.path() + "/{id}", Access.MANAGE, this::replace);
    r.delete(spec.path() + "/{id}", Access.MANAGE, this::delete);
  }

  Map<String, ObjectNode> docs() {
    return store.documents().of(spec.collection());
  }

  ApiResponse list(ApiRequest req) {
    // ilert lowers the metrics page maximum to 25 when an include is requested
    int max = "metrics".equals(spec.collection()) && req.has("include") ? 25 : spec.max();
    Paging paging = Paging.of(req, spec.defaultMax(), max);
    List<ObjectNode> items =
        docs().values().stream()
            .filter(d -> visibility.listed(req, Json.refIds(d, "teams")))
            .filter(d -> spec.filter().test(req, d))
            .toList();
    return ApiResponse.ok(
        Json.array(
            paging.apply(items).stream()
                .map(d -> spec.listView().apply(req, spec.view().apply(req, d.deepCopy())))
                .toList()));
  }

  ObjectNode find(ApiRequest req, String id) {
    if (!spec.stringIds()) {
      req.pathLong("id");
    }
    ObjectNode d = docs().get(id);
    if (d == null || !visibility.canSee(req.caller(), Json.refIds(d, "teams"))) {
      throw ApiException.notFound(spec.path().substring(1) + " " + id + " not found");
    }
    return d;
  }

  ApiResponse get(ApiRequest req) {
    ObjectNode d = find(req, req.pathParam("id"));
    return ApiResponse.ok(spec.view().apply(req, d.deepCopy()));
  }

  /** Undocumented {@code GET /<resource>/name/{name}} (the Go client and Terraform use it). */
  ApiResponse byName(ApiRequest req) {
    String name = req.pathParam("name");
    return docs().values().stream()
        .filter(d -> name.equals(Json.text(d, "name")))
        .filter(d -> visibility.canSee(req.caller(), Json.refIds(d, "teams")))
        .findFirst()
        .map(d -> ApiResponse.ok(spec.view().apply(req, d.deepCopy())))
        .orElseThrow(
            () -> ApiException.notFound("no " + spec.path().substring(1) + " named " + name));
  }

  ApiResponse create(ApiRequest req) {
    ObjectNode body = validated(req);
    String id =
        spec.stringIds()
            ? store.nextStringId(spec.collection())
            : Long.toString(store.nextId(spec.collection(), spec.idBase()));
    stamp(body, id, req, null);
    spec.beforeSave().accept(req, body);
    docs().put(id, body);
    return ApiResponse.of(spec.createStatus(), spec.view().apply(req, body.deepCopy()))
        .header("Location", "/api" + spec.path() + "/" + id);
  }

  ApiResponse replace(ApiRequest req) {
    String id = req.pathParam("id");
    ObjectNode old = find(req, id);
    ObjectNode body = validated(req);
    stamp(body, id, req, old);
    spec.beforeSave().accept(req, body);
    docs().put(id, body);
    return ApiResponse.ok(spec.view().apply(req, body.deepCopy()));
  }

  ApiResponse delete(ApiRequest req) {
    String id = req.pathParam("id");
    find(req, id);
    docs().remove(id);
    return ApiResponse.empty(204);
  }

  private ObjectNode validated(ApiRequest req) {
    JsonNode json = req.json();
    if (!json.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    ObjectNode body = ((ObjectNode) json).deepCopy();
    for (String field : spec.required()) {
      JsonNode v = body.get(field);
      if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
        throw ApiException.badRequest("field '" + field + "' is required");
      }
    }
    return body;
  }

  /**
   * Server-set fields. ilert semantics: an omitted {@code teams} keeps the old teams, an explicit
   * {@code []} clears them; teams come back sorted by id.
   */
  private void stamp(ObjectNode body, String id, ApiRequest req, ObjectNode old) {
    if (spec.stringIds()) {
      body.put("id", id);
    } else {
      body.put("id", Long.parseLong(id));
    }
    if (!body.has("teams") && old != null && old.has("teams")) {
      body.set("teams", old.get("teams"));
    }
    if (body.has("teams")) {
      List<Long> teams = Json.refIds(body, "teams");
      body.set(
          "teams",
          Json.array(
              teams.stream()
                  .sorted()
                  .map(
                      t -> {
                        ObjectNode rel = Json.object().put("id", t);
                        var team = store.teams().get(t);
                        if (team != null) {
                          rel.put("name", team.name());
                        }
                        return rel;
                      })
                  .toList()));
    }
    if (spec.timestamps()) {
      String now = Json.ts(req.now());
      body.put(
          "createdAt", old != null && old.has("createdAt") ? old.get("createdAt").asString() : now);
      body.put("updatedAt", now);
    } else {
      body.remove(List.of("createdAt", "updatedAt"));
    }
  }
}
