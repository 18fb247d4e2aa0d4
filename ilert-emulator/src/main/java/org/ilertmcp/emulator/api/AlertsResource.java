package org.ilertmcp.emulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Priority;
import org.ilertmcp.emulator.domain.Responder;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/alerts/**}: list, count, get, create, state changes, timeline, actions. */
public final class AlertsResource {
  private static final Set<String> LOG_FILTERS =
      Set.of(
          "NOTIFICATIONS",
          "ALERT_SOURCE_EVENTS",
          "CALL_ROUTING_EVENTS",
          "ALERT_UPDATES",
          "CONNECTOR_EVENTS",
          "INCIDENT_COMMUNICATIONS");

  private final Context ctx;
  private final Lookups find;
  private final AlertViews views;

  /** The alerts resource. */
  public AlertsResource(Context ctx) {
    this.ctx = ctx;
    this.find = new Lookups(ctx);
    this.views = new AlertViews(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/alerts", Access.READ, this::list);
    r.get("/alerts/count", Access.READ, this::count);
    r.post("/alerts", Access.RESPOND, this::create);
    r.get("/alerts/{id}", Access.READ, this::get);
    r.put("/alerts/{id}/accept", Access.RESPOND, this::accept);
    r.put("/alerts/{id}/resolve", Access.RESPOND, this::resolve);
    r.put("/alerts/{id}/assign", Access.RESPOND, this::assign);
    r.get("/alerts/{id}/suggested-responders", Access.READ, this::suggested);
    r.post("/alerts/{id}/responders", Access.RESPOND, this::addResponder);
    r.delete("/alerts/{id}/responders/{user-id}", Access.RESPOND, this::removeResponder);
    r.get("/alerts/{id}/notifications", Access.READ, this::notifications);
    r.get("/alerts/{id}/log-entries", Access.READ, this::logEntries);
    r.get("/alerts/{id}/actions", Access.READ, this::actions);
    r.post("/alerts/{id}/actions", Access.RESPOND, this::runAction);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 100);
    boolean nextUser = req.includes("nextEscalationUser");
    List<Alert> page = paging.apply(filtered(req));
    return ApiResponse.ok(
        Json.array(
            page.stream().map(a -> views.alert(a, req.caller(), false, nextUser, false)).toList()));
  }

  private ApiResponse count(ApiRequest req) {
    return ApiResponse.ok(Json.object().put("count", filtered(req).size()));
  }

  /**
   * Alerts matching the list/count filters, newest first. The spec lists no {@code policies} on
   * count; it is applied there too rather than silently ignored.
   */
  private List<Alert> filtered(ApiRequest req) {
    Predicate<Alert> p = a -> ctx.visibility().canSee(req.caller(), a);
    List<String> states = req.all("states", "state");
    for (String s : states) {
      if (!Set.of("PENDING", "ACCEPTED", "RESOLVED").contains(s)) {
        throw ApiException.badRequest("states must be PENDING, ACCEPTED or RESOLVED, got " + s);
      }
    }
    if (!states.isEmpty()) {
      p = p.and(a -> states.contains(a.status().name()));
    }
    List<Long> sources = req.longs("sources", "alert-source");
    if (!sources.isEmpty()) {
      p = p.and(a -> sources.contains(a.sourceId()));
    }
    List<Long> policies = req.longs("policies", "policy");
    if (!policies.isEmpty()) {
      p = p.and(a -> policies.contains(a.policyId()));
    }
    List<String> responders = req.all("responders", "assigned-to");
    if (!responders.isEmpty()) {
      List<Long> ids = responders.stream().map(find::userByIdOrName).map(User::id).toList();
      p = p.and(a -> a.responders().stream().anyMatch(r -> ids.contains(r.userId())));
    }
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    if (from != null) {
      p = p.and(a -> !a.reportTime().isBefore(from));
    }
    if (until != null) {
      p = p.and(a -> a.reportTime().isBefore(until));
    }
    List<Alert> out = new ArrayList<>();
    for (Alert a : ctx.store().alerts().descendingMap().values()) {
      if (p.test(a)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparing(Alert::reportTime).thenComparing(Alert::id).reversed());
    return out;
  }

  private ApiResponse get(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    return ApiResponse.ok(
        views.alert(
            a,
            req.caller(),
            req.includes("escalationRules"),
            req.includes("nextEscalationUser"),
            req.includes("customDetails")));
  }

  private ApiResponse create(ApiRequest req) {
    JsonNode body = req.json();
    String summary = Json.required(body, "summary");
    Long sourceId = Json.refId(body, "alertSource");
    if (sourceId == null) {
      throw ApiException.badRequest("field 'alertSource' is required");
    }
    AlertSource source = find.source(req, sourceId);
    Long policyId = Json.refId(body, "escalationPolicy");
    if (policyId != null) {
      find.policy(req, policyId);
    }
    Priority priority = priority(Json.text(body, "priority"));
    List<User> responders = new ArrayList<>();
    JsonNode rs = body.get("responders");
    if (rs != null && rs.isArray()) {
      for (JsonNode r : rs) {
        Long id = r.has("user") ? Json.refId(r, "user") : Json.longValue(r, "id");
        if (id == null) {
          throw ApiException.badRequest("responders need {\"user\": {\"id\": ...}}");
        }
        responders.add(find.user(id));
      }
    }
    Alert alert =
        ctx.alerts()
            .createManual(
                source,
                policyId,
                summary,
                Json.text(body, "details"),
                priority,
                responders,
                req.caller(),
                req.now());
    return ApiResponse.of(201, views.alert(alert, req.caller(), false, false, false))
        .header("Location", "/api/alerts/" + alert.id());
  }

  private static Priority priority(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Priority.valueOf(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("priority must be HIGH or LOW");
    }
  }

  private ApiResponse accept(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    ctx.alerts().accept(a, req.caller(), req.now());
    return ApiResponse.ok(views.alert(a, req.caller(), false, false, false));
  }

  private ApiResponse resolve(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    ctx.alerts().resolve(a, req.caller(), req.now());
    return ApiResponse.ok(views.alert(a, req.caller(), false, false, false));
  }

  private ApiResponse assign(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    String user = req.first("user", "user-id");
    Long policy = req.longParam("policy", "policy-id");
    Long schedule = req.longParam("schedule", "schedule-id");
    int given = (user != null ? 1 : 0) + (policy != null ? 1 : 0) + (schedule != null ? 1 : 0);
    if (given != 1) {
      throw ApiException.badRequest(
          "give exactly one of the query parameters user, policy, schedule");
    }
    if (user != null) {
      User target = find.userByIdOrName(user);
      if (!target.role().canRespond()) {
        throw ApiException.badRequest("user " + target.id() + " cannot respond to alerts");
      }
      ctx.alerts().assignToUser(a, target, req.caller(), req.now());
    } else if (policy != null) {
      ctx.alerts().assignToPolicy(a, find.policy(req, policy), req.caller(), req.now());
    } else {
      ctx.alerts().assignToSchedule(a, find.schedule(req, schedule), req.caller(), req.now());
    }
    return ApiResponse.ok(views.alert(a, req.caller(), false, false, false));
  }

  private ApiResponse suggested(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    language(req);
    ArrayNode out = Json.array();
    Map<Long, Integer> helpers = new LinkedHashMap<>();
    for (Alert other : ctx.store().alerts().descendingMap().values()) {
      if (other.sourceId() == a.sourceId() && other.acceptedBy() != null) {
        helpers.merge(other.acceptedBy(), 1, Integer::sum);
      }
    }
    helpers.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
        .limit(3)
        .forEach(e -> out.add(suggestion("SUGGESTED", e.getKey(), userName(e.getKey()), false)));
    for (User u : ctx.store().users().values()) {
      boolean already = a.responders().stream().anyMatch(r -> r.userId() == u.id());
      out.add(suggestion("USER", u.id(), u.fullName(), already || !u.role().canRespond()));
    }
    ctx.store()
        .policies()
        .values()
        .forEach(p -> out.add(suggestion("ESCALATION_POLICY", p.id(), p.name(), false)));
    ctx.store()
        .schedules()
        .values()
        .forEach(s -> out.add(suggestion("ON_CALL_SCHEDULE", s.id(), s.name(), false)));
    return ApiResponse.ok(out);
  }

  private String userName(long id) {
    return ctx.store().user(id).map(User::fullName).orElse("user " + id);
  }

  private static ObjectNode suggestion(String group, long id, String name, boolean disabled) {
    return Json.object()
        .put("group", group)
        .put("id", id)
        .put("name", name)
        .put("disabled", disabled);
  }

  private ApiResponse addResponder(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    JsonNode body = req.json();
    Long id = body.has("user") ? Json.refId(body, "user") : Json.longValue(body, "id");
    if (id == null) {
      id = Json.longValue(body, "userId");
    }
    if (id == null) {
      throw ApiException.badRequest("body must be {\"user\": {\"id\": <userId>}}");
    }
    User user = find.user(id);
    Responder r = ctx.alerts().addResponder(a, user, req.caller(), req.now());
    return ApiResponse.of(201, views.responder(r));
  }

  private ApiResponse removeResponder(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    ctx.alerts().removeResponder(a, req.pathLong("user-id"), req.caller(), req.now());
    return ApiResponse.empty(204);
  }

  private ApiResponse notifications(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    return ApiResponse.ok(
        Json.array(ctx.store().notifications(a.id()).stream().map(views::notification).toList()));
  }

  private ApiResponse logEntries(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    language(req);
    Paging paging = Paging.of(req, 50, 100);
    List<String> filters = req.all("filter-types", "filterTypes");
    for (String f : filters) {
      if (!LOG_FILTERS.contains(f)) {
        throw ApiException.badRequest("unknown filter-types value " + f);
      }
    }
    List<LogEntry> entries =
        ctx.store().log(a.id()).stream()
            .filter(e -> filters.isEmpty() || e.filterTypes().stream().anyMatch(filters::contains))
            .toList();
    boolean vars = req.includes("vars");
    return ApiResponse.ok(
        Json.array(paging.apply(entries).stream().map(e -> views.logEntry(e, vars)).toList()));
  }

  private static void language(ApiRequest req) {
    String lang = req.first("lang", "lng");
    if (lang != null && !lang.equals("en") && !lang.equals("de")) {
      throw ApiException.badRequest("lang must be en or de");
    }
  }

  /** Manual alert actions that apply to the alert's source (or to every source). */
  private List<ObjectNode> manualActions(Alert a) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode action : ctx.store().documents().of("alert-actions").values()) {
      if (!"MANUAL".equals(Json.text(action, "triggerMode"))) {
        continue;
      }
      List<Long> sources = Json.refIds(action, "alertSources");
      if (sources.isEmpty() || sources.contains(a.sourceId())) {
        out.add(action);
      }
    }
    return out;
  }

  private ApiResponse actions(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    ArrayNode out = Json.array();
    for (ObjectNode action : manualActions(a)) {
      String id = Json.text(action, "id");
      ObjectNode t = Json.object().put("alertActionId", id);
      Json.put(t, "connectorId", Json.text(action, "connectorId"));
      t.put("type", Json.text(action, "connectorType")).put("name", Json.text(action, "name"));
      ArrayNode history = t.putArray("history");
      for (ActionResult r : ctx.store().actionResults(a.id())) {
        if (r.alertActionId().equals(id)) {
          history.add(views.actionResult(r));
        }
      }
      out.add(t);
    }
    return ApiResponse.ok(out);
  }

  private ApiResponse runAction(ApiRequest req) {
    Alert a = find.alert(req, req.pathLong("id"));
    String actionId = Json.required(req.json(), "alertActionId");
    ObjectNode action =
        manualActions(a).stream()
            .filter(x -> actionId.equals(Json.text(x, "id")))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no manual alert action " + actionId + " for this alert"));
    String url = Json.text(action.path("params"), "webhookUrl");
    boolean succeeds = url == null || !url.contains("fail");
    ActionResult result =
        ctx.alerts()
            .runAction(
                a,
                actionId,
                Json.text(action, "connectorId"),
                Json.text(action, "name"),
                succeeds,
                req.caller(),
                req.now());
    return ApiResponse.of(201, views.actionResult(result));
  }
}
