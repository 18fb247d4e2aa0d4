package org.ilertmcp.emulator.api;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.EscalationRule;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;

/** {@code /api/escalation-policies/**} and {@code /api/alert-sources/**}. */
public final class PoliciesResource {
  private final Context ctx;
  private final Lookups find;

  /** The policies and alert sources resource. */
  public PoliciesResource(Context ctx) {
    this.ctx = ctx;
    this.find = new Lookups(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/escalation-policies", Access.READ, this::list);
    r.post("/escalation-policies", Access.MANAGE, this::create);
    r.get("/escalation-policies/resolve", Access.READ, this::resolve);
    r.get(
        "/escalation-policies/name/{name}",
        Access.READ,
        req ->
            ApiResponse.ok(
                ctx.views()
                    .policy(
                        Named.find(
                            ctx.store().policies().values(),
                            p -> p.name(),
                            p -> ctx.visibility().canSee(req.caller(), p.teamIds()),
                            req))));
    r.get("/escalation-policies/{id}", Access.READ, this::get);
    r.put("/escalation-policies/{id}", Access.MANAGE, this::update);
    r.delete("/escalation-policies/{id}", Access.MANAGE, this::delete);
    r.put("/escalation-policies/{id}/levels/{level}", Access.MANAGE, this::level);
    r.get("/alert-sources", Access.READ, this::sources);
    r.post("/alert-sources", Access.MANAGE, this::createSource);
    r.get(
        "/alert-sources/name/{name}",
        Access.READ,
        req ->
            ApiResponse.ok(
                ctx.views()
                    .source(
                        Named.find(
                            ctx.store().sources().values(),
                            s -> s.name(),
                            s -> ctx.visibility().canSee(req.caller(), s.teamIds()),
                            req),
                        req.caller())));
    r.get("/alert-sources/{id}", Access.READ, this::source);
    r.put("/alert-sources/{id}", Access.MANAGE, this::updateSource);
    r.delete("/alert-sources/{id}", Access.MANAGE, this::deleteSource);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 50);
    List<EscalationPolicy> items =
        ctx.store().policies().values().stream()
            .filter(p -> ctx.visibility().listed(req, p.teamIds()))
            .toList();
    return ApiResponse.ok(
        Json.array(paging.apply(items).stream().map(ctx.views()::policy).toList()));
  }

  private ApiResponse get(ApiRequest req) {
    return ApiResponse.ok(ctx.views().policy(find.policy(req, req.pathLong("id"))));
  }

  /** Ordered comma-separated routing keys; the first key with a matching policy wins. */
  private ApiResponse resolve(ApiRequest req) {
    String expr = req.first("routing-key");
    if (expr == null || expr.isBlank()) {
      throw ApiException.badRequest("query parameter 'routing-key' is required");
    }
    for (String key : expr.split(",")) {
      for (EscalationPolicy p : ctx.store().policies().values()) {
        if (key.trim().equalsIgnoreCase(p.routingKey())
            && ctx.visibility().canSee(req.caller(), p.teamIds())) {
          return ApiResponse.ok(ctx.views().policy(p));
        }
      }
    }
    throw ApiException.notFound("no escalation policy matches routing key " + expr);
  }

  private ApiResponse create(ApiRequest req) {
    long id = ctx.store().nextId("policy", 401);
    EscalationPolicy p = policyFromBody(req.json(), id);
    ctx.store().policies().put(id, p);
    return ApiResponse.of(201, ctx.views().policy(p))
        .header("Location", "/api/escalation-policies/" + id);
  }

  private ApiResponse update(ApiRequest req) {
    EscalationPolicy old = find.policy(req, req.pathLong("id"));
    JsonNode body = req.json();
    EscalationPolicy p = policyFromBody(body, old.id());
    if (!body.has("teams")) {
      p =
          new EscalationPolicy(
              p.id(),
              p.name(),
              p.rules(),
              old.teamIds(),
              p.repeating(),
              p.frequency(),
              p.delayMin(),
              p.routingKey());
    }
    ctx.store().policies().put(old.id(), p);
    return ApiResponse.ok(ctx.views().policy(p));
  }

  private ApiResponse delete(ApiRequest req) {
    EscalationPolicy p = find.policy(req, req.pathLong("id"));
    if (ctx.store().sources().values().stream().anyMatch(s -> s.escalationPolicyId() == p.id())) {
      throw ApiException.badRequest("the escalation policy is still used by an alert source");
    }
    ctx.store().policies().remove(p.id());
    return ApiResponse.empty(204);
  }

  private ApiResponse level(ApiRequest req) {
    EscalationPolicy p = find.policy(req, req.pathLong("id"));
    long level = req.pathLong("level");
    if (level < 0 || level >= p.rules().size()) {
      throw ApiException.badRequest(
          "level must be between 0 and " + (p.rules().size() - 1) + " (0-based)");
    }
    EscalationRule rule = rule(req.json());
    ctx.store().policies().put(p.id(), p.withRule((int) level, rule));
    return ApiResponse.ok(ctx.views().rule(rule));
  }

  private EscalationPolicy policyFromBody(JsonNode body, long id) {
    String name = Json.required(body, "name");
    JsonNode rulesNode = body.get("escalationRules");
    if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
      throw ApiException.badRequest("field 'escalationRules' needs at least one rule");
    }
    List<EscalationRule> rules = new ArrayList<>();
    for (JsonNode r : rulesNode) {
      rules.add(rule(r));
    }
    int frequency = body.path("frequency").asInt(1);
    int delay = body.path("delayMin").asInt(0);
    if (frequency < 1 || frequency > 9) {
      throw ApiException.badRequest("frequency must be between 1 and 9");
    }
    if (delay < 0 || delay > 15) {
      throw ApiException.badRequest("delayMin must be between 0 and 15");
    }
    return new EscalationPolicy(
        id,
        name,
        rules,
        Json.refIds(body, "teams"),
        body.path("repeating").asBoolean(false),
        frequency,
        delay,
        Json.text(body, "routingKey"));
  }

  private EscalationRule rule(JsonNode r) {
    JsonNode timeout = r.get("escalationTimeout");
    if (timeout == null || !timeout.isIntegralNumber()) {
      throw ApiException.badRequest("every rule needs an integer 'escalationTimeout' (minutes)");
    }
    if (timeout.asInt() < 0 || timeout.asInt() > 525_600) {
      throw ApiException.badRequest("escalationTimeout must be between 0 and 525600");
    }
    List<Long> users = new ArrayList<>(Json.refIds(r, "users"));
    Long single = Json.refId(r, "user");
    if (single != null) {
      users.add(single);
    }
    List<Long> schedules = new ArrayList<>(Json.refIds(r, "schedules"));
    Long schedule = Json.refId(r, "schedule");
    if (schedule != null) {
      schedules.add(schedule);
    }
    users.forEach(find::user);
    for (Long s : schedules) {
      if (!ctx.store().schedules().containsKey(s)) {
        throw ApiException.badRequest("schedule " + s + " does not exist");
      }
    }
    return new EscalationRule(timeout.asInt(), users, schedules, Json.refIds(r, "teams"));
  }

  private ApiResponse sources(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 50);
    List<AlertSource> items =
        ctx.store().sources().values().stream()
            .filter(s -> ctx.visibility().listed(req, s.teamIds()))
            .toList();
    return ApiResponse.ok(
        Json.array(
            paging.apply(items).stream().map(s -> ctx.views().source(s, req.caller())).toList()));
  }

  /** By numeric id or by integration key, as ilert allows. */
  private AlertSource sourceByPath(ApiRequest req) {
    String raw = req.pathParam("id");
    if (raw.chars().allMatch(Character::isDigit)) {
      return find.source(req, Long.parseLong(raw));
    }
    return ctx.store().sources().values().stream()
        .filter(s -> s.integrationKey().equals(raw))
        .filter(s -> ctx.visibility().canSee(req.caller(), s.teamIds()))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("alert source " + raw + " not found"));
  }

  private ApiResponse source(ApiRequest req) {
    return ApiResponse.ok(ctx.views().source(sourceByPath(req), req.caller()));
  }

  private ApiResponse createSource(ApiRequest req) {
    long id = ctx.store().nextId("source", 501);
    AlertSource s = sourceFromBody(req.json(), id, "demo-source-" + id + "-integration", req);
    ctx.store().sources().put(id, s);
    return ApiResponse.of(201, ctx.views().source(s, req.caller()))
        .header("Location", "/api/alert-sources/" + id);
  }

  private ApiResponse updateSource(ApiRequest req) {
    AlertSource old = sourceByPath(req);
    AlertSource s = sourceFromBody(req.json(), old.id(), old.integrationKey(), req);
    ctx.store().sources().put(old.id(), s);
    return ApiResponse.ok(ctx.views().source(s, req.caller()));
  }

  private ApiResponse deleteSource(ApiRequest req) {
    ctx.store().sources().remove(sourceByPath(req).id());
    return ApiResponse.empty(204);
  }

  private AlertSource sourceFromBody(JsonNode body, long id, String key, ApiRequest req) {
    Long policy = Json.refId(body, "escalationPolicy");
    if (policy == null) {
      throw ApiException.badRequest("field 'escalationPolicy' is required");
    }
    find.policy(req, policy);
    String priorityRule = Json.text(body, "alertPriorityRule");
    if (priorityRule == null) {
      priorityRule = Json.text(body, "incidentPriorityRule");
    }
    return new AlertSource(
        id,
        Json.required(body, "name"),
        Json.required(body, "integrationType"),
        key,
        policy,
        Json.refIds(body, "teams"),
        Json.text(body, "alertCreation") == null
            ? "ONE_ALERT_PER_EMAIL"
            : Json.text(body, "alertCreation"),
        Json.text(body, "alertGroupingWindow"),
        Json.text(body, "autoResolutionTimeout"),
        priorityRule == null ? "HIGH" : priorityRule,
        body.path("active").asBoolean(true),
        req.now());
  }
}
