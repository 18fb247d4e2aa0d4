package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contract test: drives every route the emulator serves with real HTTP calls (successes and errors)
 * and validates each response against the committed contract of ilert's API.
 */
class ContractTest {
  private static final Instant NOW = Instant.parse("2026-03-11T10:15:00Z");
  private static final String A = "demo-admin-key";
  private static final String U = "demo-user-key";
  private static final String R = "demo-responder-key";
  private static final String S = "demo-stakeholder-key";

  /** Creates the spec documents as 200 but ilert answers 201 (REFERENCE.md §1.7, §15.3). */
  private static final Set<String> CREATED_NOT_OK =
      Set.of(
          "POST /teams",
          "POST /services",
          "POST /status-pages",
          "POST /incident-templates",
          "POST /metrics",
          "POST /alert-actions",
          "POST /connectors",
          "POST /deployment-pipelines");

  private static IlertEmulator emu;
  private static Api api;
  private static SpecValidator spec;
  private final Map<SpecValidator.Kind, Integer> totals = new EnumMap<>(SpecValidator.Kind.class);
  private final List<String> failures = new ArrayList<>();
  private final Set<String> succeeded = new TreeSet<>();
  private final Set<String> failedOnPurpose = new TreeSet<>();
  private final Map<String, Integer> tolerated = new java.util.TreeMap<>();
  private int calls;

  @BeforeAll
  static void start() {
    emu =
        IlertEmulator.builder().clock(new MutableClock(NOW)).demoOrganisation(true).build().start();
    api = new Api(emu.baseUrl());
    spec = new SpecValidator();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private JsonNode call(
      String key, String method, String path, String body, int expected, String... headers) {
    Api.Reply r = api.call(key, method, path, body, headers);
    calls++;
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String template = emu.routeTemplate(method, bare.substring("/api".length()));
    String route = method + " " + template;
    if (r.status() != expected) {
      failures.add(
          route + " " + path + ": expected " + expected + " got " + r.status() + " " + r.body());
    }
    if (template == null) {
      failures.add("no route for " + method + " " + path);
      return r.json();
    }
    (r.status() < 400 ? succeeded : failedOnPurpose).add(route);
    String specTemplate =
        template.equals("/teams/{id}/members/{user-id}") ? "/teams/{id}/members/{id}" : template;
    String specStatus = r.status() == 201 && CREATED_NOT_OK.contains(route) ? "200" : null;
    if (template.endsWith("/name/{name}")) {
      // undocumented lookup by name: the body must be what GET /<resource>/{id} documents
      specTemplate = template.replace("/name/{name}", "/{id}");
      specStatus = r.status() == 200 ? "200" : null;
    }
    boolean arrayOfItem = route.equals("GET /alerts/{id}/actions") && r.status() == 200;
    SpecValidator.Result result =
        spec.validate(
            method, specTemplate, bare, r.status(), r.headers(), r.body(), specStatus, arrayOfItem);
    totals.merge(result.kind(), 1, Integer::sum);
    result
        .problems()
        .forEach(p -> failures.add(route + " [" + r.status() + "] " + path + ": " + p));
    result.tolerated().forEach(t -> tolerated.merge(t, 1, Integer::sum));
    return r.json();
  }

  private JsonNode get(String key, String path, int expected) {
    return call(key, "GET", path, null, expected);
  }

  @Test
  void everyServedEndpointAnswersAsTheSpecSays() {
    alerts();
    events();
    sourcesAndPolicies();
    schedulesAndOnCalls();
    usersAndTeams();
    servicesAndIncidents();
    statusPages();
    configuration();
    reports();
    namedLookups();

    System.out.printf(
        "Contract test: %d calls, %d routes with a validated success, %d routes with a validated"
            + " error; validated against the operation: %d, error bodies against RestError: %d,"
            + " documented discrepancies against the spec's success schema: %d, not in the spec:"
            + " %d; failures: %d%n",
        calls,
        succeeded.size(),
        failedOnPurpose.size(),
        totals.getOrDefault(SpecValidator.Kind.OPERATION, 0),
        totals.getOrDefault(SpecValidator.Kind.ERROR_BODY, 0),
        totals.getOrDefault(SpecValidator.Kind.DISCREPANCY, 0),
        totals.getOrDefault(SpecValidator.Kind.NOT_IN_SPEC, 0),
        failures.size());
    tolerated.forEach((why, n) -> System.out.printf("  tolerated %3d x %s%n", n, why));
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertThat(failures).isEmpty();
    Set<String> missing = new LinkedHashSet<>(emu.routes());
    missing.removeAll(succeeded);
    assertThat(missing).as("routes never exercised successfully").isEmpty();
  }

  private long openAlert(long source) {
    for (JsonNode a : get(A, "/api/alerts?states=PENDING&sources=" + source, 200)) {
      return a.get("id").asLong();
    }
    throw new AssertionError("no open alert on source " + source);
  }

  private void alerts() {
    get(A, "/api/alerts?states=PENDING&max-results=10&include=nextEscalationUser", 200);
    get(A, "/api/alerts?state=ACCEPTED&alert-source=502", 200);
    get(
        A,
        "/api/alerts?sources=504&from=2026-03-01T00:00:00Z&until=2026-03-05T00:00:00Z&start-index=5&max-results=5",
        200);
    get(A, "/api/alerts?responders=1003&policies=401", 200);
    get(A, "/api/alerts?max-results=101", 400);
    get(A, "/api/alerts?states=BOGUS", 400);
    get(A, "/api/alerts?from=yesterday", 400);
    get(null, "/api/alerts", 401);
    get("not-a-key", "/api/alerts", 403);
    get(A, "/api/alerts/count?states=PENDING&states=ACCEPTED", 200);
    get(A, "/api/alerts/count?sources=x", 400);
    long open = openAlert(501);
    get(
        A,
        "/api/alerts/"
            + open
            + "?include=escalationRules&include=nextEscalationUser&include=customDetails",
        200);
    get(A, "/api/alerts/42", 404);
    get(A, "/api/alerts/abc", 400);
    JsonNode manual =
        call(
            R,
            "POST",
            "/api/alerts",
            "{\"summary\":\"Checkout smoke test failed\",\"alertSource\":{\"id\":501},\"priority\":\"HIGH\"}",
            201);
    long id = manual.get("id").asLong();
    call(R, "POST", "/api/alerts", "{\"alertSource\":{\"id\":501}}", 400);
    call(R, "POST", "/api/alerts", "{not json", 400);
    call(S, "POST", "/api/alerts", "{\"summary\":\"x\",\"alertSource\":{\"id\":501}}", 403);
    get(A, "/api/alerts/" + id + "/suggested-responders?lang=en", 200);
    get(A, "/api/alerts/" + id + "/suggested-responders?lang=fr", 400);
    call(R, "POST", "/api/alerts/" + id + "/responders", "{\"user\":{\"id\":1004}}", 201);
    call(R, "POST", "/api/alerts/" + id + "/responders", "{\"user\":{\"id\":1004}}", 405);
    call(R, "POST", "/api/alerts/" + id + "/responders", "{\"user\":{\"id\":99}}", 404);
    call(R, "DELETE", "/api/alerts/" + id + "/responders/1004", null, 204);
    call(R, "DELETE", "/api/alerts/" + id + "/responders/1004", null, 404);
    call(R, "PUT", "/api/alerts/" + id + "/assign?user=1006", null, 200);
    call(R, "PUT", "/api/alerts/" + id + "/assign?policy-id=402", null, 200);
    call(R, "PUT", "/api/alerts/" + id + "/assign?schedule=301", null, 200);
    call(R, "PUT", "/api/alerts/" + id + "/assign", null, 400);
    call(S, "PUT", "/api/alerts/" + id + "/accept", null, 403);
    call(R, "PUT", "/api/alerts/" + id + "/accept", null, 200);
    get(A, "/api/alerts/" + id + "/notifications", 200);
    get(
        A,
        "/api/alerts/" + id + "/log-entries?filter-types=ALERT_UPDATES&include=vars&max-results=20",
        200);
    get(A, "/api/alerts/" + id + "/log-entries?filter-types=EVERYTHING", 400);
    get(A, "/api/alerts/" + id + "/log-entries?max-results=500", 400);
    get(A, "/api/alerts/" + id + "/actions", 200);
    call(
        R, "POST", "/api/alerts/" + id + "/actions", "{\"alertActionId\":\"aa-jira-ticket\"}", 201);
    call(R, "POST", "/api/alerts/" + id + "/actions", "{\"alertActionId\":\"nope\"}", 404);
    call(S, "PUT", "/api/alerts/" + id + "/resolve", null, 403);
    call(R, "PUT", "/api/alerts/" + id + "/resolve", null, 200);
    call(R, "PUT", "/api/alerts/" + id + "/resolve", null, 400);
  }

  private void events() {
    String key = "demo-src-prometheus-production";
    call(
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\""
            + key
            + "\",\"eventType\":\"ALERT\",\"summary\":\"Queue depth high\",\"alertKey\":\"queue-depth\",\"priority\":\"HIGH\",\"severity\":2,\"labels\":{\"env\":\"prod\"},\"links\":[{\"href\":\"https://grafana.demo.invalid\",\"text\":\"Dashboard\"}]}",
        202);
    call(
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\""
            + key
            + "\",\"eventType\":\"COMMENT\",\"alertKey\":\"QUEUE-DEPTH\",\"comments\":[{\"creator\":\"bot\",\"content\":\"still rising\"}]}",
        202);
    call(
        null,
        "POST",
        "/api/events",
        "{\"apiKey\":\"" + key + "\",\"eventType\":\"ACCEPT\",\"alertKey\":\"queue-depth\"}",
        202);
    call(
        null,
        "POST",
        "/api/v1/events",
        "{\"apiKey\":\"" + key + "\",\"eventType\":\"RESOLVE\",\"alertKey\":\" queue-depth \"}",
        202);
    call(
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\"" + key + "\",\"eventType\":\"PANIC\",\"summary\":\"x\"}",
        400);
    call(
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\""
            + key
            + "\",\"eventType\":\"ALERT\",\"summary\":\"x\",\"severity\":\"SEV1\"}",
        400);
    call(
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\"no-such-key\",\"eventType\":\"ALERT\",\"summary\":\"x\"}",
        404);
    call(
        null,
        "POST",
        "/api/deployment-events",
        "{\"integrationKey\":\"demo-pipeline-checkout-service\",\"summary\":\"Deploy v1.2.3\",\"timestamp\":1773224100}",
        202);
    call(
        null,
        "POST",
        "/api/deployment-events",
        "{\"integrationKey\":\"nope\",\"summary\":\"x\"}",
        404);
    call(null, "GET", "/api/heartbeats/demo-heartbeat-1502-3600", null, 202);
    call(null, "POST", "/api/heartbeats/demo-heartbeat-1502-3600", null, 202);
    call(null, "GET", "/api/heartbeats/unknown", null, 404);
  }

  private void sourcesAndPolicies() {
    get(A, "/api/alert-sources", 200);
    get(A, "/api/alert-sources?max-results=51", 400);
    get(R, "/api/alert-sources/501", 200);
    get(A, "/api/alert-sources/demo-src-datadog-payments", 200);
    get(R, "/api/alert-sources/507", 404);
    JsonNode src =
        call(
            A,
            "POST",
            "/api/alert-sources",
            "{\"name\":\"Uptime checks\",\"integrationType\":\"API\",\"escalationPolicy\":{\"id\":401},\"teams\":[{\"id\":201}]}",
            201);
    long srcId = src.get("id").asLong();
    call(
        A,
        "PUT",
        "/api/alert-sources/" + srcId,
        "{\"name\":\"Uptime checks v2\",\"integrationType\":\"API\",\"escalationPolicy\":{\"id\":402}}",
        200);
    call(A, "POST", "/api/alert-sources", "{\"name\":\"x\",\"integrationType\":\"API\"}", 400);
    call(
        S,
        "POST",
        "/api/alert-sources",
        "{\"name\":\"x\",\"integrationType\":\"API\",\"escalationPolicy\":{\"id\":401}}",
        403);
    call(A, "DELETE", "/api/alert-sources/" + srcId, null, 204);

    get(A, "/api/escalation-policies", 200);
    get(A, "/api/escalation-policies/401", 200);
    get(A, "/api/escalation-policies/resolve?routing-key=unknown,payments", 200);
    get(A, "/api/escalation-policies/resolve?routing-key=nothing", 404);
    JsonNode policy =
        call(
            A,
            "POST",
            "/api/escalation-policies",
            "{\"name\":\"Night shift\",\"escalationRules\":[{\"escalationTimeout\":10,\"users\":[{\"id\":1003}]},{\"escalationTimeout\":10,\"schedules\":[{\"id\":301}]}],\"routingKey\":\"night\"}",
            201);
    long policyId = policy.get("id").asLong();
    call(
        A,
        "PUT",
        "/api/escalation-policies/" + policyId,
        "{\"name\":\"Night shift\",\"escalationRules\":[{\"escalationTimeout\":5,\"users\":[{\"id\":1006}]}],\"repeating\":true,\"frequency\":2}",
        200);
    call(
        A,
        "PUT",
        "/api/escalation-policies/" + policyId + "/levels/0",
        "{\"escalationTimeout\":7,\"users\":[{\"id\":1003}]}",
        200);
    call(
        A,
        "PUT",
        "/api/escalation-policies/" + policyId + "/levels/9",
        "{\"escalationTimeout\":7,\"users\":[{\"id\":1003}]}",
        400);
    call(A, "POST", "/api/escalation-policies", "{\"name\":\"Empty\",\"escalationRules\":[]}", 400);
    call(A, "DELETE", "/api/escalation-policies/" + policyId, null, 204);
  }

  private void schedulesAndOnCalls() {
    get(A, "/api/schedules?include=currentShift&include=nextShift", 200);
    get(A, "/api/schedules?max-results=21", 400);
    get(A, "/api/schedules/302?include=scheduleLayers", 200);
    get(A, "/api/schedules/302/shifts?from=2026-03-01T00:00:00Z&until=2026-03-15T00:00:00Z", 200);
    get(A, "/api/schedules/303/shifts?exclude-overrides=true", 200);
    get(A, "/api/schedules/303/shifts?from=2026-03-15T00:00:00Z&until=2026-03-01T00:00:00Z", 400);
    get(A, "/api/schedules/303/overrides", 200);
    call(
        U,
        "PUT",
        "/api/schedules/301/overrides",
        "{\"user\":{\"id\":1010},\"start\":\"2026-03-12T08:00:00Z\",\"end\":\"2026-03-12T20:00:00Z\"}",
        200);
    call(
        U,
        "POST",
        "/api/schedules/301/overrides",
        "{\"user\":{\"id\":1006},\"start\":\"2026-03-13T08:00:00Z\",\"end\":\"2026-03-13T20:00:00Z\"}",
        200);
    call(
        U,
        "PUT",
        "/api/schedules/301/overrides",
        "{\"user\":{\"id\":1006},\"start\":\"2026-03-01T08:00:00Z\",\"end\":\"2026-03-01T20:00:00Z\"}",
        400);
    call(
        R,
        "PUT",
        "/api/schedules/301/overrides",
        "{\"user\":{\"id\":1006},\"start\":\"2026-03-13T08:00:00Z\",\"end\":\"2026-03-13T20:00:00Z\"}",
        403);
    get(A, "/api/schedules/303/user-on-call", 200);
    JsonNode created =
        call(
            U,
            "POST",
            "/api/schedules",
            "{\"name\":\"Launch week\",\"timezone\":\"Europe/Berlin\",\"type\":\"STATIC\",\"shifts\":[{\"user\":{\"id\":1003},\"start\":\"2026-03-20T08:00\",\"end\":\"2026-03-20T18:00\"}]}",
            201);
    long sid = created.get("id").asLong();
    get(A, "/api/schedules/" + sid + "/user-on-call", 204);
    call(
        U,
        "PUT",
        "/api/schedules/" + sid,
        "{\"name\":\"Launch week\",\"timezone\":\"Europe/Berlin\",\"type\":\"STATIC\",\"shifts\":[{\"user\":{\"id\":1006},\"start\":\"2026-03-20T08:00:00+01:00\",\"end\":\"2026-03-20T18:00:00+01:00\"}]}",
        200);
    call(
        U,
        "POST",
        "/api/schedules",
        "{\"name\":\"Bad\",\"timezone\":\"Mars/Olympus\",\"type\":\"STATIC\"}",
        400);
    call(U, "DELETE", "/api/schedules/" + sid, null, 204);

    get(A, "/api/on-calls", 200);
    get(A, "/api/on-calls?policies=401&expand=user&expand=escalationPolicy&expand=schedule", 200);
    get(
        A,
        "/api/on-calls?schedules=301&from=2026-03-01T00:00:00Z&until=2026-03-20T00:00:00Z&timezone=Europe/Berlin",
        200);
    get(A, "/api/on-calls?policy-levels=%7B%22id%22%3A401%2C%22level%22%3A1%7D&users=1003", 200);
    get(A, "/api/on-calls?from=2026-03-20T00:00:00Z&until=2026-03-01T00:00:00Z", 400);
    get(A, "/api/on-calls?from=2026-01-01T00:00:00Z&until=2026-06-01T00:00:00Z", 400);
    get(A, "/api/on-calls?max-results=251", 400);
  }

  private void usersAndTeams() {
    get(S, "/api/users", 200);
    get(S, "/api/users/current", 200);
    call(
        R,
        "PUT",
        "/api/users/current",
        "{\"firstName\":\"Chloe\",\"lastName\":\"Dubois\",\"email\":\"chloe.dubois@demo.invalid\",\"role\":\"RESPONDER\",\"position\":\"SRE\"}",
        200);
    call(
        R,
        "PUT",
        "/api/users/current",
        "{\"firstName\":\"Chloe\",\"lastName\":\"Dubois\",\"email\":\"chloe.dubois@demo.invalid\",\"role\":\"ADMIN\"}",
        403);
    get(S, "/api/users/1003", 200);
    get(S, "/api/users/999", 404);
    call(S, "POST", "/api/users/search-email", "{\"email\":\"chloe.dubois@demo.invalid\"}", 200);
    call(S, "POST", "/api/users/search-email", "{\"email\":\"nobody@demo.invalid\"}", 404);
    JsonNode user =
        call(
            A,
            "POST",
            "/api/users?send-no-invitation=true",
            "{\"firstName\":\"Lena\",\"lastName\":\"Novak\",\"email\":\"lena.novak@demo.invalid\",\"role\":\"RESPONDER\",\"timezone\":\"Europe/Berlin\"}",
            201);
    long uid = user.get("id").asLong();
    call(
        U,
        "POST",
        "/api/users",
        "{\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x@demo.invalid\"}",
        403);
    call(
        A,
        "PUT",
        "/api/users/" + uid,
        "{\"firstName\":\"Lena\",\"lastName\":\"Novak\",\"email\":\"lena.novak@demo.invalid\",\"role\":\"USER\"}",
        200);
    call(A, "DELETE", "/api/users/" + uid, null, 204);

    get(R, "/api/teams", 200);
    get(R, "/api/teams?members=1003", 200);
    get(R, "/api/teams/201", 200);
    get(R, "/api/teams/204", 404);
    JsonNode team =
        call(
            U,
            "POST",
            "/api/teams",
            "{\"name\":\"SRE guild\",\"visibility\":\"PUBLIC\",\"members\":[{\"user\":{\"id\":1003},\"role\":\"RESPONDER\"}]}",
            201);
    long tid = team.get("id").asLong();
    call(
        U,
        "PUT",
        "/api/teams/" + tid,
        "{\"name\":\"SRE guild\",\"visibility\":\"PRIVATE\",\"members\":[{\"user\":{\"id\":1002},\"role\":\"ADMIN\"}]}",
        200);
    get(R, "/api/teams/" + tid, 404);
    call(
        U,
        "POST",
        "/api/teams/" + tid + "/members",
        "{\"user\":{\"id\":1006},\"role\":\"USER\"}",
        200);
    call(U, "DELETE", "/api/teams/" + tid + "/members/1006", null, 204);
    call(U, "POST", "/api/teams", "{\"visibility\":\"PUBLIC\"}", 400);
    call(U, "DELETE", "/api/teams/" + tid, null, 204);
  }

  private void servicesAndIncidents() {
    get(A, "/api/services", 200);
    get(A, "/api/services?include=uptime&include=incidents&max-results=25", 200);
    get(A, "/api/services?include=uptime&max-results=26", 400);
    get(A, "/api/services/604?include=uptime&include=incidents&include=subscribed", 200);
    JsonNode svc =
        call(
            U,
            "POST",
            "/api/services",
            "{\"name\":\"Recommendations\",\"alias\":\"reco\",\"teams\":[{\"id\":201}]}",
            201);
    long svcId = svc.get("id").asLong();
    call(
        U,
        "PUT",
        "/api/services/" + svcId,
        "{\"name\":\"Recommendations\",\"status\":\"DEGRADED\"}",
        200);
    call(
        U,
        "PUT",
        "/api/services/" + svcId,
        "{\"name\":\"Recommendations\",\"status\":\"BROKEN\"}",
        400);
    call(
        U,
        "PUT",
        "/api/services/601/private-subscribers",
        "[{\"id\":1012,\"type\":\"USER\"},{\"id\":202,\"type\":\"TEAM\"}]",
        204);
    get(U, "/api/services/601/private-subscribers", 200);
    call(U, "DELETE", "/api/services/" + svcId, null, 204);
    get(A, "/api/service-outages?service=602", 200);
    get(
        A,
        "/api/service-outages?service=602&ignore-overrides=true&from=2026-02-01T00:00:00Z&until=2026-03-11T00:00:00Z",
        200);
    get(A, "/api/service-outages", 400);
    get(A, "/api/service-outages/overrides?service=602", 200);
    JsonNode ov =
        call(
            U,
            "POST",
            "/api/service-outages/overrides",
            "{\"service\":{\"id\":602},\"status\":\"OPERATIONAL\",\"from\":\"2026-03-06T00:00:00Z\",\"until\":\"2026-03-07T00:00:00Z\"}",
            201);
    String ovId = ov.get("id").asString();
    get(A, "/api/service-outages/overrides/" + ovId, 200);
    call(
        U,
        "PUT",
        "/api/service-outages/overrides/" + ovId,
        "{\"service\":{\"id\":602},\"status\":\"PARTIAL_OUTAGE\",\"from\":\"2026-03-06T00:00:00Z\",\"until\":\"2026-03-06T01:00:00Z\"}",
        200);
    call(
        U,
        "POST",
        "/api/service-outages/overrides",
        "{\"service\":{\"id\":602},\"status\":\"OPERATIONAL\",\"from\":\"2026-03-07T00:00:00Z\",\"until\":\"2026-03-06T00:00:00Z\"}",
        400);
    call(U, "DELETE", "/api/service-outages/overrides/" + ovId, null, 204);

    get(S, "/api/incidents?states=RESOLVED", 200);
    get(S, "/api/incidents?include=subscribed&max-results=25", 200);
    get(S, "/api/incidents?states=ON_FIRE", 400);
    Api.Reply first = api.get(U, "/api/incidents/703");
    String etag = first.header("ETag");
    get(U, "/api/incidents/703?include=history&include=affectedTeams&include=subscribed", 200);
    String update =
        "{\"summary\":\"Mobile push notifications delayed\",\"status\":\"MONITORING\",\"message\":\"Backlog drained; monitoring.\",\"affectedServices\":[{\"impact\":\"DEGRADED\",\"service\":{\"id\":604}}]}";
    call(U, "PUT", "/api/incidents/703", update, 200, "If-Match", etag);
    call(U, "PUT", "/api/incidents/703", update, 412, "If-Match", etag);
    call(S, "PUT", "/api/incidents/703", update, 403);
    JsonNode inc =
        call(
            U,
            "POST",
            "/api/incidents",
            "{\"summary\":\"Search slow\",\"status\":\"INVESTIGATING\",\"sendNotification\":false,\"affectedServices\":[{\"impact\":\"DEGRADED\",\"service\":{\"id\":605}}]}",
            200);
    call(U, "POST", "/api/incidents", "{\"summary\":\"x\",\"status\":\"PANIC\"}", 400);
    call(
        U,
        "POST",
        "/api/incidents/publish-info",
        "{\"summary\":\"Checkout down\",\"status\":\"INVESTIGATING\",\"affectedServices\":[{\"impact\":\"MAJOR_OUTAGE\",\"service\":{\"id\":603}}]}",
        200);
    call(
        U,
        "POST",
        "/api/incidents/" + inc.get("id").asLong() + "/private-subscribers",
        "[{\"id\":1012,\"type\":\"USER\"}]",
        204);
    get(U, "/api/incidents/" + inc.get("id").asLong() + "/private-subscribers", 200);
    get(U, "/api/incidents/9999", 404);
  }

  private void statusPages() {
    get(S, "/api/status-pages", 200);
    get(S, "/api/status-pages?max-results=51", 400);
    get(
        S,
        "/api/status-pages/1401?include=groups&include=uptime&include=subscribed&include=structure",
        200);
    JsonNode page =
        call(
            U,
            "POST",
            "/api/status-pages",
            "{\"name\":\"Partner status\",\"subdomain\":\"partner-demo\",\"visibility\":\"PRIVATE\",\"services\":[{\"id\":601}]}",
            201);
    long pid = page.get("id").asLong();
    call(
        U,
        "PUT",
        "/api/status-pages/" + pid,
        "{\"name\":\"Partner status\",\"subdomain\":\"partner-demo\",\"visibility\":\"PUBLIC\",\"services\":[{\"id\":601},{\"id\":602}]}",
        200);
    call(U, "POST", "/api/status-pages", "{\"name\":\"Bad\",\"visibility\":\"SECRET\"}", 400);
    get(S, "/api/status-pages/1401/groups", 200);
    JsonNode group =
        call(U, "POST", "/api/status-pages/" + pid + "/groups", "{\"name\":\"Core\"}", 201);
    long gid = group.get("id").asLong();
    get(S, "/api/status-pages/" + pid + "/groups/" + gid, 200);
    get(S, "/api/status-pages/1401/groups/" + gid, 404);
    call(
        U,
        "PUT",
        "/api/status-pages/" + pid + "/groups/" + gid,
        "{\"name\":\"Core services\"}",
        200);
    call(U, "DELETE", "/api/status-pages/" + pid + "/groups/" + gid, null, 204);
    get(S, "/api/status-pages/1402/private-subscribers", 200);
    call(
        U,
        "PUT",
        "/api/status-pages/" + pid + "/private-subscribers",
        "[{\"id\":201,\"type\":\"TEAM\"}]",
        204);
    call(
        U,
        "POST",
        "/api/status-pages/" + pid + "/private-subscribers",
        "{\"id\":1012,\"type\":\"USER\"}",
        204);
    call(
        U,
        "DELETE",
        "/api/status-pages/" + pid + "/private-subscribers/1012?subscriber-type=USER",
        null,
        204);
    call(
        U,
        "DELETE",
        "/api/status-pages/" + pid + "/private-subscribers/1012?subscriber-type=USER",
        null,
        404);
    call(U, "DELETE", "/api/status-pages/" + pid, null, 204);
  }

  private void crud(
      String path, String create, String replace, String badCreate, int createStatus) {
    get(A, "/api" + path, 200);
    JsonNode created = call(U, "POST", "/api" + path, create, createStatus);
    String id = created.get("id").asString();
    get(A, "/api" + path + "/" + id, 200);
    call(U, "PUT", "/api" + path + "/" + id, replace, 200);
    call(U, "POST", "/api" + path, badCreate, 400);
    call(S, "POST", "/api" + path, create, 403);
    call(U, "DELETE", "/api" + path + "/" + id, null, 204);
    get(A, "/api" + path + "/" + id, 404);
  }

  private void configuration() {
    crud(
        "/connectors",
        "{\"name\":\"Ops GitHub\",\"type\":\"github\",\"params\":{\"apiKey\":\"not-a-real-token\"}}",
        "{\"name\":\"Ops GitHub 2\",\"type\":\"github\"}",
        "{\"type\":\"github\"}",
        201);
    crud(
        "/alert-actions",
        "{\"name\":\"Page via webhook\",\"connectorType\":\"webhook\",\"triggerMode\":\"MANUAL\",\"alertSources\":[{\"id\":501}],\"conditions\":\"alert.priority == 'HIGH'\"}",
        "{\"name\":\"Page via webhook\",\"connectorType\":\"webhook\",\"triggerMode\":\"AUTOMATIC\",\"triggerTypes\":[\"alert-created\"],\"alertSourceIds\":[501]}",
        "{\"name\":\"No sources\",\"connectorType\":\"webhook\"}",
        201);
    get(A, "/api/alert-actions?source=501&include=conditions", 200);
    crud(
        "/deployment-pipelines",
        "{\"name\":\"search-indexer\",\"integrationType\":\"API\"}",
        "{\"name\":\"search-indexer\",\"integrationType\":\"API\",\"teams\":[{\"id\":201}]}",
        "{\"name\":\"x\"}",
        201);
    get(A, "/api/deployment-pipelines/801?include=integrationUrl", 200);
    crud(
        "/incident-templates",
        "{\"name\":\"Outage\",\"summary\":\"Outage\",\"status\":\"INVESTIGATING\",\"message\":\"We are on it.\"}",
        "{\"name\":\"Outage\",\"summary\":\"Major outage\",\"status\":\"IDENTIFIED\"}",
        "{\"summary\":\"x\"}",
        201);
    crud(
        "/support-hours",
        "{\"name\":\"NY hours\",\"timezone\":\"America/New_York\",\"supportDays\":{\"MONDAY\":{\"start\":\"09:00\",\"end\":\"17:00\"}}}",
        "{\"name\":\"NY hours\",\"timezone\":\"America/New_York\",\"supportDays\":{\"TUESDAY\":{\"start\":\"09:00\",\"end\":\"17:00\"}}}",
        "{\"name\":\"x\"}",
        201);
    crud(
        "/maintenance-windows",
        "{\"summary\":\"Kernel patching\",\"start\":\"2026-03-12T22:00:00Z\",\"end\":\"2026-03-12T23:00:00Z\",\"alertSources\":[{\"id\":504}],\"services\":[{\"id\":603}]}",
        "{\"summary\":\"Kernel patching\",\"start\":\"2026-03-12T22:00:00Z\",\"end\":\"2026-03-13T01:00:00Z\"}",
        "{\"summary\":\"Backwards\",\"start\":\"2026-03-12T22:00:00Z\",\"end\":\"2026-03-12T21:00:00Z\"}",
        200);
    get(A, "/api/maintenance-windows?state=OPEN&services=605", 200);
    get(A, "/api/maintenance-windows?state=SOON", 400);
    crud(
        "/metrics",
        "{\"name\":\"Error budget\",\"aggregationType\":\"AVG\",\"displayType\":\"GRAPH\"}",
        "{\"name\":\"Error budget\",\"aggregationType\":\"MAX\",\"displayType\":\"SINGLE\"}",
        "{\"name\":\"x\"}",
        201);
    get(A, "/api/metrics?include=integrationKey&max-results=26", 400);
    crud(
        "/heartbeat-monitors",
        "{\"name\":\"etl-job\",\"intervalSec\":900}",
        "{\"name\":\"etl-job\",\"intervalSec\":1800}",
        "{\"name\":\"too-fast\",\"intervalSec\":5}",
        201);
    call(
        U,
        "POST",
        "/api/heartbeat-monitors",
        "{\"name\":\"nightly-backup\",\"intervalSec\":86400}",
        409);
    Api.Reply page = api.get(A, "/api/heartbeat-monitors?max-results=1");
    calls++;
    if (page.header("next-cursor") == null) {
      failures.add("GET /heartbeat-monitors?max-results=1 did not send next-cursor");
    }
    get(
        A,
        "/api/heartbeat-monitors?max-results=1&cursor="
            + page.header("next-cursor")
            + "&include=integrationKey",
        200);
    get(A, "/api/heartbeat-monitors?max-results=201", 400);
  }

  private void namedLookups() {
    for (String path :
        List.of(
            "/api/alert-sources/name/Prometheus%20production",
            "/api/escalation-policies/name/Platform%20critical",
            "/api/schedules/name/Platform%20weekly",
            "/api/services/name/Checkout%20API",
            "/api/teams/name/Platform",
            "/api/connectors/name/Acme%20Jira",
            "/api/alert-actions/name/Create%20Jira%20ticket",
            "/api/deployment-pipelines/name/checkout-service",
            "/api/incident-templates/name/Degraded%20performance",
            "/api/support-hours/name/Berlin%20office%20hours",
            "/api/metrics/name/Checkout%20p99%20latency",
            "/api/status-pages/name/Acme%20Status")) {
      get(R, path, 200);
    }
    get(R, "/api/teams/name/Security", 404);
    get(R, "/api/services/name/Nope", 404);
  }

  private void reports() {
    get(
        A,
        "/api/reports/alerts?from=2026-02-09T00:00:00Z&until=2026-03-11T00:00:00Z&group-by=DAY&metric=MTTA&sources=501",
        200);
    get(A, "/api/reports/alerts?from=2026-02-09T00:00:00Z&until=2026-03-11T00:00:00Z", 200);
    get(
        A,
        "/api/reports/alerts/summary?from=2026-02-09T00:00:00Z&until=2026-03-11T00:00:00Z&priority=HIGH",
        200);
    get(A, "/api/reports/alerts?until=2026-03-11T00:00:00Z", 400);
    get(A, "/api/reports/alerts/summary?from=2026-02-09T00:00:00Z&until=2027-03-11T00:00:00Z", 400);
  }
}
