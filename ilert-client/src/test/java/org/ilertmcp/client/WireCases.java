package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilertmcp.client.WireCase.call;
import static org.ilertmcp.client.WireCase.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertActionTrigger;
import org.ilertmcp.client.alerts.AlertCountQuery;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.LogEntryQuery;
import org.ilertmcp.client.alerts.ManualAlert;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.client.events.EventReceipt;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.client.oncalls.OnCallQuery;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.teams.Team;

/** The table of wire cases: one or more per API method. */
final class WireCases {
  static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2025-03-08T12:30:00Z");

  /** The spec types sub-entities fully although ilert needs only their id (REFERENCE §1.6). */
  static final String ID_ONLY_REFS =
      "spec requires full sub-entities; ilert takes {id} refs (SimpleIdField64)";

  static final String ALERT_JSON =
      "{\"id\":90210001,\"summary\":\"Disk usage above 90%\",\"reportTime\":\"2025-03-01T10:15:02.120Z\","
          + "\"status\":\"SNOOZED_NEW_STATE\",\"priority\":\"HIGH\",\"alertKey\":\"db-01/disk\","
          + "\"someFutureField\":{\"x\":1},\"alertSource\":{\"id\":1201,\"name\":\"Prometheus prod\","
          + "\"integrationType\":\"BRAND_NEW_TYPE\"},\"responders\":[{\"user\":{\"id\":42},"
          + "\"status\":\"PENDING\"}],\"labels\":{\"env\":\"prod\"},\"customDetails\":{\"a\":[1,2]}}";

  private WireCases() {}

  static List<WireCase> all(CallContext ctx) {
    List<WireCase> cases = new ArrayList<>();
    alerts(ctx, cases);
    events(ctx, cases);
    alertSources(ctx, cases);
    escalationPolicies(ctx, cases);
    schedules(ctx, cases);
    onCalls(ctx, cases);
    users(ctx, cases);
    teams(ctx, cases);
    services(ctx, cases);
    incidents(ctx, cases);
    WireCasesLongTail.add(ctx, cases);
    return cases;
  }

  private static void alerts(CallContext ctx, List<WireCase> cases) {
    AlertQuery query =
        new AlertQuery(
            List.of("PENDING", "ACCEPTED"),
            List.of(1201L, 1202L),
            List.of(501L),
            List.of("42", "43"),
            FROM,
            UNTIL,
            List.of("nextEscalationUser"));
    cases.add(
        call("AlertsApi.list", c -> c.alerts().list(ctx, query, new Page(100, 100)))
            .replies("[" + ALERT_JSON + "]")
            .expects(
                "GET",
                "/api/alerts",
                "start-index",
                "100",
                "max-results",
                "100",
                "include",
                "nextEscalationUser",
                "states",
                "PENDING",
                "states",
                "ACCEPTED",
                "sources",
                "1201",
                "sources",
                "1202",
                "policies",
                "501",
                "responders",
                "42",
                "responders",
                "43",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z")
            .then(
                r -> {
                  @SuppressWarnings("unchecked")
                  List<Alert> list = (List<Alert>) r;
                  Alert a = list.get(0);
                  assertThat(a.id()).isEqualTo(90210001L);
                  assertThat(a.status()).isEqualTo("SNOOZED_NEW_STATE");
                  assertThat(a.alertSource().integrationType()).isEqualTo("BRAND_NEW_TYPE");
                  assertThat(a.reportTime()).isEqualTo(Instant.parse("2025-03-01T10:15:02.120Z"));
                  assertThat(a.responders().get(0).user().id()).isEqualTo(42L);
                  assertThat(a.labels()).containsEntry("env", "prod");
                }));
    cases.add(
        call("AlertsApi.listAll", c -> c.alerts().listAll(ctx, AlertQuery.inStates("PENDING"), 30))
            .replies("[]")
            .expects(
                "GET",
                "/api/alerts",
                "start-index",
                "0",
                "max-results",
                "30",
                "states",
                "PENDING"));
    cases.add(
        call(
                "AlertsApi.count",
                c ->
                    c.alerts()
                        .count(
                            ctx,
                            new AlertCountQuery(
                                List.of("PENDING"), List.of(7L), List.of("42"), FROM, UNTIL)))
            .replies("{\"count\":17}")
            .expects(
                "GET",
                "/api/alerts/count",
                "states",
                "PENDING",
                "sources",
                "7",
                "responders",
                "42",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z")
            .then(r -> assertThat(r).isEqualTo(17L)));
    cases.add(
        call(
                "AlertsApi.get",
                c -> c.alerts().get(ctx, 5, List.of("escalationRules", "nextEscalationUser")))
            .replies(ALERT_JSON)
            .expects(
                "GET",
                "/api/alerts/5",
                "include",
                "escalationRules",
                "include",
                "nextEscalationUser")
            .then(r -> assertThat(((Alert) r).alertKey()).isEqualTo("db-01/disk")));
    cases.add(
        call(
                "AlertsApi.create",
                c ->
                    c.alerts()
                        .create(
                            ctx,
                            new ManualAlert(
                                "Checkout failing",
                                "Ticket #4711",
                                IdRef.of(1201),
                                IdRef.of(501),
                                "HIGH",
                                List.of(new ManualAlert.Responder(UserRel.of(42))),
                                null,
                                null)))
            .replies(201, ALERT_JSON)
            .expects("POST", "/api/alerts")
            .body(
                "{\"summary\":\"Checkout failing\",\"details\":\"Ticket #4711\",\"alertSource\":{\"id\":1201},"
                    + "\"escalationPolicy\":{\"id\":501},\"priority\":\"HIGH\","
                    + "\"responders\":[{\"user\":{\"id\":42}}]}"));
    cases.add(
        call("AlertsApi.accept", c -> c.alerts().accept(ctx, 5))
            .replies(ALERT_JSON)
            .expects("PUT", "/api/alerts/5/accept"));
    cases.add(
        call("AlertsApi.resolve", c -> c.alerts().resolve(ctx, 5))
            .replies(ALERT_JSON)
            .expects("PUT", "/api/alerts/5/resolve"));
    cases.add(
        call("AlertsApi.assignToUser", c -> c.alerts().assignToUser(ctx, 5, 42))
            .expects("PUT", "/api/alerts/5/assign", "user", "42"));
    cases.add(
        call("AlertsApi.assignToPolicy", c -> c.alerts().assignToPolicy(ctx, 5, 501))
            .expects("PUT", "/api/alerts/5/assign", "policy", "501"));
    cases.add(
        call("AlertsApi.assignToSchedule", c -> c.alerts().assignToSchedule(ctx, 5, 77))
            .expects("PUT", "/api/alerts/5/assign", "schedule", "77"));
    cases.add(
        call("AlertsApi.addResponder", c -> c.alerts().addResponder(ctx, 5, 42))
            .replies(201, "{\"user\":{\"id\":42},\"status\":\"PENDING\"}")
            .expects("POST", "/api/alerts/5/responders")
            .body("{\"user\":{\"id\":42}}")
            .specGap(
                "the spec lost this body in its Swagger 2 conversion (REFERENCE §15.6)",
                "validation.request.body.unexpected"));
    cases.add(
        run("AlertsApi.removeResponder", c -> c.alerts().removeResponder(ctx, 5, 42))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/alerts/5/responders/42"));
    cases.add(
        call("AlertsApi.suggestedResponders", c -> c.alerts().suggestedResponders(ctx, 5, "de"))
            .replies("[{\"group\":\"USER\",\"id\":42,\"name\":\"Ada\",\"disabled\":false}]")
            .expects("GET", "/api/alerts/5/suggested-responders", "lang", "de"));
    cases.add(
        call("AlertsApi.notifications", c -> c.alerts().notifications(ctx, 5))
            .replies("[{\"id\":1,\"method\":\"CARRIER_PIGEON\",\"status\":\"SUCCESS\"}]")
            .expects("GET", "/api/alerts/5/notifications"));
    LogEntryQuery logQuery =
        new LogEntryQuery("en", List.of("NOTIFICATIONS", "ALERT_UPDATES"), List.of("vars"));
    cases.add(
        call("AlertsApi.logEntries", c -> c.alerts().logEntries(ctx, 5, logQuery, new Page(0, 100)))
            .replies(
                "[{\"id\":1,\"logEntryType\":\"AlertReceivedLogEntry\",\"vars\":{\"a\":\"b\"}}]")
            .expects(
                "GET",
                "/api/alerts/5/log-entries",
                "lang",
                "en",
                "start-index",
                "0",
                "max-results",
                "100",
                "include",
                "vars",
                "filter-types",
                "NOTIFICATIONS",
                "filter-types",
                "ALERT_UPDATES"));
    cases.add(
        call(
                "AlertsApi.logEntriesAll",
                c -> c.alerts().logEntriesAll(ctx, 5, LogEntryQuery.all(), 5))
            .replies("[]")
            .expects("GET", "/api/alerts/5/log-entries", "start-index", "0", "max-results", "5"));
    cases.add(
        call("AlertsApi.actions", c -> c.alerts().actions(ctx, 5))
            .replies("[{\"alertActionId\":\"a1\",\"connectorId\":\"c1\",\"type\":\"webhook\"}]")
            .expects("GET", "/api/alerts/5/actions"));
    cases.add(
        call(
                "AlertsApi.runAction",
                c ->
                    c.alerts()
                        .runAction(
                            ctx, 5, new AlertActionTrigger("a1", "c1", "webhook", "Restart", null)))
            .replies(201, "{\"id\":\"r1\",\"alertActionId\":\"a1\",\"success\":true}")
            .expects("POST", "/api/alerts/5/actions")
            .body(
                "{\"alertActionId\":\"a1\",\"connectorId\":\"c1\",\"type\":\"webhook\",\"name\":\"Restart\"}"));
  }

  private static void events(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call(
                "EventsApi.send",
                c -> c.events().send(ctx, Event.alert("il1api123", "db-01/disk", "Disk full")))
            .replies(ScriptedServer.Reply.empty(202).withHeader("correlation-id", "corr-1"))
            .anonymous()
            .expects("POST", "/api/events")
            .body(
                "{\"integrationKey\":\"il1api123\",\"eventType\":\"ALERT\",\"summary\":\"Disk full\","
                    + "\"alertKey\":\"db-01/disk\"}")
            .then(
                r -> {
                  EventReceipt receipt = (EventReceipt) r;
                  assertThat(receipt.status()).isEqualTo(202);
                  assertThat(receipt.correlationId()).isEqualTo("corr-1");
                }));
    cases.add(
        call(
                "EventsApi.send",
                c ->
                    c.events()
                        .send(
                            ctx, Event.comment("il1api123", "k", "note", "Ada", "Looking into it")))
            .replies(202, "{\"alertKey\":\"k\",\"responseCode\":\"NEW_COMMENT\"}")
            .anonymous()
            .expects("POST", "/api/events")
            .body(
                "{\"integrationKey\":\"il1api123\",\"eventType\":\"COMMENT\",\"summary\":\"note\","
                    + "\"alertKey\":\"k\",\"comments\":[{\"creator\":\"Ada\",\"content\":\"Looking into it\"}]}")
            .then(r -> assertThat(((EventReceipt) r).responseCode()).isEqualTo("NEW_COMMENT")));
    cases.add(
        call("EventsApi.send", c -> c.events().send(ctx, Event.accept("il1api123", "k", "ack")))
            .replies(ScriptedServer.Reply.empty(202))
            .anonymous()
            .expects("POST", "/api/events")
            .body(
                "{\"integrationKey\":\"il1api123\",\"eventType\":\"ACCEPT\",\"summary\":\"ack\",\"alertKey\":\"k\"}"));
    cases.add(
        call("EventsApi.send", c -> c.events().send(ctx, Event.resolve("il1api123", "k", "ok")))
            .replies(ScriptedServer.Reply.empty(202))
            .anonymous()
            .expects("POST", "/api/events")
            .body(
                "{\"integrationKey\":\"il1api123\",\"eventType\":\"RESOLVE\",\"summary\":\"ok\",\"alertKey\":\"k\"}"));
  }

  private static final String POLICY_JSON =
      "{\"id\":501,\"name\":\"DBA on-call\",\"routingKey\":\"dba\",\"escalationRules\":"
          + "[{\"escalationTimeout\":15,\"schedules\":[{\"id\":77,\"name\":\"DBA weekly\",\"type\":\"RECURRING\"}]}]}";

  private static EscalationPolicy policy() {
    return new EscalationPolicy(
        null,
        "DBA on-call",
        List.of(new EscalationRule(15, List.of(UserRel.of(42)), List.of(ScheduleRel.of(77)), null)),
        List.of(TeamRel.of(9)),
        false,
        1,
        0,
        "dba");
  }

  private static final String POLICY_BODY =
      "{\"name\":\"DBA on-call\",\"escalationRules\":[{\"escalationTimeout\":15,\"users\":[{\"id\":42}],"
          + "\"schedules\":[{\"id\":77}]}],\"teams\":[{\"id\":9}],\"repeating\":false,\"frequency\":1,"
          + "\"delayMin\":0,\"routingKey\":\"dba\"}";

  private static void alertSources(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call("AlertSourcesApi.list", c -> c.alertSources().list(ctx, new Page(50, 50)))
            .replies("[]")
            .expects("GET", "/api/alert-sources", "start-index", "50", "max-results", "50"));
    cases.add(
        call("AlertSourcesApi.listAll", c -> c.alertSources().listAll(ctx, 120))
            .replies("[]")
            .expects("GET", "/api/alert-sources", "start-index", "0", "max-results", "50"));
    cases.add(
        call(
                "AlertSourcesApi.get",
                c -> c.alertSources().get(ctx, "1201", List.of("summaryTemplate", "eventFilter")))
            .replies(
                "{\"id\":1201,\"name\":\"Prom\",\"summaryTemplate\":{\"textTemplate\":\"{{x}}\"},\"eventFilter\":\"a\"}")
            .expects(
                "GET",
                "/api/alert-sources/1201",
                "include",
                "summaryTemplate",
                "include",
                "eventFilter")
            .then(
                r -> assertThat(((AlertSource) r).summaryTemplate().has("textTemplate")).isTrue()));
    EscalationPolicy ref = new EscalationPolicy(501L, null, null, null, null, null, null, null);
    cases.add(
        call(
                "AlertSourcesApi.create",
                c -> c.alertSources().create(ctx, AlertSource.newSource("Prom", "PROMETHEUS", ref)))
            .replies(201, "{\"id\":1201}")
            .expects("POST", "/api/alert-sources")
            .body(
                "{\"name\":\"Prom\",\"integrationType\":\"PROMETHEUS\",\"escalationPolicy\":{\"id\":501}}")
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        call(
                "AlertSourcesApi.update",
                c ->
                    c.alertSources()
                        .update(ctx, 1201, AlertSource.newSource("Prom", "PROMETHEUS", ref)))
            .expects("PUT", "/api/alert-sources/1201")
            .body(
                "{\"name\":\"Prom\",\"integrationType\":\"PROMETHEUS\",\"escalationPolicy\":{\"id\":501}}")
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        run("AlertSourcesApi.delete", c -> c.alertSources().delete(ctx, 1201))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/alert-sources/1201"));
  }

  private static void escalationPolicies(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call("EscalationPoliciesApi.list", c -> c.escalationPolicies().list(ctx, null))
            .replies("[" + POLICY_JSON + "]")
            .expects("GET", "/api/escalation-policies"));
    cases.add(
        call("EscalationPoliciesApi.listAll", c -> c.escalationPolicies().listAll(ctx, 10))
            .replies("[]")
            .expects("GET", "/api/escalation-policies", "start-index", "0", "max-results", "10"));
    cases.add(
        call("EscalationPoliciesApi.get", c -> c.escalationPolicies().get(ctx, 501))
            .replies(POLICY_JSON)
            .expects("GET", "/api/escalation-policies/501")
            .then(
                r ->
                    assertThat(
                            ((EscalationPolicy) r).escalationRules().get(0).schedules().get(0).id())
                        .isEqualTo(77L)));
    cases.add(
        call("EscalationPoliciesApi.create", c -> c.escalationPolicies().create(ctx, policy()))
            .replies(201, POLICY_JSON)
            .expects("POST", "/api/escalation-policies")
            .body(POLICY_BODY));
    cases.add(
        call("EscalationPoliciesApi.update", c -> c.escalationPolicies().update(ctx, 501, policy()))
            .replies(POLICY_JSON)
            .expects("PUT", "/api/escalation-policies/501")
            .body(POLICY_BODY));
    cases.add(
        run("EscalationPoliciesApi.delete", c -> c.escalationPolicies().delete(ctx, 501))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/escalation-policies/501"));
    cases.add(
        call(
                "EscalationPoliciesApi.resolveByRoutingKey",
                c -> c.escalationPolicies().resolveByRoutingKey(ctx, "dba,ops"))
            .replies(POLICY_JSON)
            .expects("GET", "/api/escalation-policies/resolve", "routing-key", "dba,ops")
            .then(r -> assertThat((Optional<?>) r).isPresent()));
    cases.add(
        call(
                "EscalationPoliciesApi.resolveByRoutingKey",
                c -> c.escalationPolicies().resolveByRoutingKey(ctx, "nope"))
            .replies(404, "{\"status\":404,\"message\":\"no policy\",\"code\":\"NOT_FOUND\"}")
            .expects("GET", "/api/escalation-policies/resolve", "routing-key", "nope")
            .then(r -> assertThat((Optional<?>) r).isEmpty()));
    cases.add(
        call(
                "EscalationPoliciesApi.updateLevel",
                c ->
                    c.escalationPolicies()
                        .updateLevel(
                            ctx,
                            501,
                            0,
                            new EscalationRule(10, List.of(UserRel.of(43)), null, null)))
            .replies("{\"escalationTimeout\":10,\"users\":[{\"id\":43}]}")
            .expects("PUT", "/api/escalation-policies/501/levels/0")
            .body("{\"escalationTimeout\":10,\"users\":[{\"id\":43}]}"));
  }

  private static final String SCHEDULE_BODY =
      "{\"name\":\"DBA weekly\",\"timezone\":\"Europe/Berlin\",\"type\":\"STATIC\","
          + "\"shifts\":[{\"user\":{\"id\":42},\"start\":\"2025-03-01T00:00:00Z\",\"end\":\"2025-03-08T12:30:00Z\"}]}";

  private static User userRef(long id) {
    return new User(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  private static Schedule schedule() {
    return new Schedule(
        null,
        "DBA weekly",
        "Europe/Berlin",
        "STATIC",
        null,
        List.of(new Shift(userRef(42), FROM, UNTIL)),
        null,
        null,
        null,
        null,
        null);
  }

  private static void schedules(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call(
                "SchedulesApi.list",
                c ->
                    c.schedules().list(ctx, List.of("currentShift", "nextShift"), new Page(20, 20)))
            .replies("[]")
            .expects(
                "GET",
                "/api/schedules",
                "include",
                "currentShift",
                "include",
                "nextShift",
                "start-index",
                "20",
                "max-results",
                "20"));
    cases.add(
        call("SchedulesApi.listAll", c -> c.schedules().listAll(ctx, List.of(), 50))
            .replies("[]")
            .expects("GET", "/api/schedules", "start-index", "0", "max-results", "20"));
    cases.add(
        call("SchedulesApi.get", c -> c.schedules().get(ctx, 77, List.of("scheduleLayers")))
            .replies(
                "{\"id\":77,\"type\":\"RECURRING\",\"scheduleLayers\":[{\"name\":\"L1\",\"startsOn\":\"2025-01-06T09:00\","
                    + "\"rotation\":\"P7D\",\"users\":[{\"id\":42}],\"restrictions\":[]}]}")
            .expects("GET", "/api/schedules/77", "include", "scheduleLayers")
            .then(
                r ->
                    assertThat(((Schedule) r).scheduleLayers().get(0).startsOn())
                        .isEqualTo("2025-01-06T09:00")));
    cases.add(
        call("SchedulesApi.create", c -> c.schedules().create(ctx, schedule(), true))
            .replies(201, "{\"id\":77}")
            .expects("POST", "/api/schedules", "abort-on-gaps", "true")
            .body(SCHEDULE_BODY));
    cases.add(
        call("SchedulesApi.update", c -> c.schedules().update(ctx, 77, schedule(), null))
            .expects("PUT", "/api/schedules/77")
            .body(SCHEDULE_BODY));
    cases.add(
        run("SchedulesApi.delete", c -> c.schedules().delete(ctx, 77))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/schedules/77"));
    cases.add(
        call(
                "SchedulesApi.shifts",
                c -> c.schedules().shifts(ctx, 77, new ShiftQuery(FROM, UNTIL, true)))
            .replies(
                "[{\"user\":{\"id\":42,\"firstName\":\"Ada\"},\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-02T08:00:00Z\"}]")
            .expects(
                "GET",
                "/api/schedules/77/shifts",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z",
                "exclude-overrides",
                "true"));
    cases.add(
        call("SchedulesApi.overrides", c -> c.schedules().overrides(ctx, 77))
            .replies("[]")
            .expects("GET", "/api/schedules/77/overrides"));
    cases.add(
        call(
                "SchedulesApi.putOverride",
                c -> c.schedules().putOverride(ctx, 77, new Shift(userRef(43), FROM, UNTIL)))
            .replies("{\"id\":77,\"name\":\"DBA weekly\",\"type\":\"STATIC\"}")
            .expects("PUT", "/api/schedules/77/overrides")
            .body(
                "{\"user\":{\"id\":43},\"start\":\"2025-03-01T00:00:00Z\",\"end\":\"2025-03-08T12:30:00Z\"}")
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        call("SchedulesApi.userOnCall", c -> c.schedules().userOnCall(ctx, 77))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("GET", "/api/schedules/77/user-on-call")
            .then(r -> assertThat((Optional<?>) r).isEmpty()));
    cases.add(
        call("SchedulesApi.userOnCall", c -> c.schedules().userOnCall(ctx, 77))
            .replies(
                "{\"user\":{\"id\":42},\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-02T08:00:00Z\"}")
            .expects("GET", "/api/schedules/77/user-on-call")
            .then(r -> assertThat((Optional<?>) r).isPresent()));
  }

  private static void onCalls(CallContext ctx, List<WireCase> cases) {
    OnCallQuery query =
        new OnCallQuery(
            List.of(501L),
            null,
            List.of(77L),
            List.of(42L),
            List.of("user"),
            FROM,
            UNTIL,
            "Europe/Berlin");
    cases.add(
        call("OnCallsApi.list", c -> c.onCalls().list(ctx, query, new Page(0, 250)))
            .replies(
                "[{\"user\":{\"id\":42},\"escalationPolicy\":{\"id\":501},\"schedule\":{\"id\":77},"
                    + "\"start\":\"2025-03-03T08:00:00Z\",\"end\":\"2025-03-07T16:00:00Z\",\"escalationLevel\":1}]")
            .expects(
                "GET",
                "/api/on-calls",
                "policies",
                "501",
                "schedules",
                "77",
                "users",
                "42",
                "expand",
                "user",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z",
                "timezone",
                "Europe/Berlin",
                "start-index",
                "0",
                "max-results",
                "250"));
    OnCallQuery levels =
        new OnCallQuery(
            null, List.of(new OnCallQuery.PolicyLevel(501, 1)), null, null, null, null, null, null);
    cases.add(
        call("OnCallsApi.listAll", c -> c.onCalls().listAll(ctx, levels, 300))
            .replies("[]")
            .expects(
                "GET",
                "/api/on-calls",
                "start-index",
                "0",
                "max-results",
                "250",
                "policy-levels",
                "{\"id\":501,\"level\":1}"));
  }

  private static void users(CallContext ctx, List<WireCase> cases) {
    String userJson =
        "{\"id\":42,\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@acme.example\","
            + "\"role\":\"SUPER_RESPONDER\",\"username\":\"ada\"}";
    cases.add(
        call("UsersApi.list", c -> c.users().list(ctx, new Page(0, 100)))
            .replies("[" + userJson + "]")
            .expects("GET", "/api/users", "start-index", "0", "max-results", "100"));
    cases.add(
        call("UsersApi.listAll", c -> c.users().listAll(ctx, 5))
            .replies("[]")
            .expects("GET", "/api/users", "start-index", "0", "max-results", "5"));
    cases.add(
        call("UsersApi.get", c -> c.users().get(ctx, 42))
            .replies(userJson)
            .expects("GET", "/api/users/42")
            .then(r -> assertThat(((User) r).role()).isEqualTo("SUPER_RESPONDER")));
    cases.add(
        call("UsersApi.current", c -> c.users().current(ctx))
            .replies(userJson)
            .expects("GET", "/api/users/current"));
    cases.add(
        call("UsersApi.searchByEmail", c -> c.users().searchByEmail(ctx, "ada@acme.example"))
            .replies(userJson)
            .expects("POST", "/api/users/search-email")
            .body("{\"email\":\"ada@acme.example\"}")
            .then(r -> assertThat((Optional<?>) r).isPresent()));
    cases.add(
        call("UsersApi.searchByEmail", c -> c.users().searchByEmail(ctx, "nobody@acme.example"))
            .replies(404, "{\"status\":404,\"message\":\"not found\"}")
            .expects("POST", "/api/users/search-email")
            .body("{\"email\":\"nobody@acme.example\"}")
            .then(r -> assertThat((Optional<?>) r).isEmpty()));
    cases.add(
        call(
                "UsersApi.create",
                c ->
                    c.users()
                        .create(
                            ctx, User.newUser("Ada", "Lovelace", "ada@acme.example", "USER"), true))
            .replies(201, userJson)
            .expects("POST", "/api/users", "send-no-invitation", "true")
            .body(
                "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@acme.example\",\"role\":\"USER\"}"));
    cases.add(
        call(
                "UsersApi.update",
                c ->
                    c.users()
                        .update(ctx, 42, User.newUser("Ada", "King", "ada@acme.example", null)))
            .replies(userJson)
            .expects("PUT", "/api/users/42")
            .body("{\"firstName\":\"Ada\",\"lastName\":\"King\",\"email\":\"ada@acme.example\"}"));
    cases.add(
        run("UsersApi.delete", c -> c.users().delete(ctx, 42))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/users/42"));
  }

  private static void teams(CallContext ctx, List<WireCase> cases) {
    Team team = new Team(null, "Platform", "PUBLIC", null, null, null);
    cases.add(
        call("TeamsApi.list", c -> c.teams().list(ctx, 42L, new Page(0, 100)))
            .replies(
                "[{\"id\":9,\"name\":\"Platform\",\"members\":[{\"user\":{\"id\":42},\"role\":\"RESPONDER\"}]}]")
            .expects(
                "GET", "/api/teams", "start-index", "0", "max-results", "100", "members", "42"));
    cases.add(
        call("TeamsApi.listAll", c -> c.teams().listAll(ctx, null, 3))
            .replies("[]")
            .expects("GET", "/api/teams", "start-index", "0", "max-results", "3"));
    cases.add(
        call("TeamsApi.get", c -> c.teams().get(ctx, 9))
            .replies("{\"id\":9,\"name\":\"Platform\"}")
            .expects("GET", "/api/teams/9"));
    cases.add(
        call("TeamsApi.create", c -> c.teams().create(ctx, team))
            .replies(201, "{\"id\":9,\"name\":\"Platform\"}")
            .expects("POST", "/api/teams")
            .body("{\"name\":\"Platform\",\"visibility\":\"PUBLIC\"}"));
    cases.add(
        call("TeamsApi.update", c -> c.teams().update(ctx, 9, team))
            .expects("PUT", "/api/teams/9")
            .body("{\"name\":\"Platform\",\"visibility\":\"PUBLIC\"}"));
    cases.add(
        run("TeamsApi.delete", c -> c.teams().delete(ctx, 9))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/teams/9"));
    cases.add(
        call("TeamsApi.addMember", c -> c.teams().addMember(ctx, 9, 42, "RESPONDER"))
            .replies("{\"user\":{\"id\":42},\"role\":\"RESPONDER\"}")
            .expects("POST", "/api/teams/9/members")
            .body("{\"user\":{\"id\":42},\"role\":\"RESPONDER\"}")
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        run("TeamsApi.removeMember", c -> c.teams().removeMember(ctx, 9, 42))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/teams/9/members/42"));
  }

  private static void services(CallContext ctx, List<WireCase> cases) {
    String serviceJson =
        "{\"id\":88,\"name\":\"Checkout\",\"status\":\"OPERATIONAL\",\"uptime\":{\"rangeStart\":\"2024-12-01T00:00:00Z\","
            + "\"outages\":[{\"status\":\"PARTIAL_OUTAGE\",\"from\":\"2025-02-10T08:00:00Z\",\"until\":\"2025-02-10T08:30:00Z\"}],"
            + "\"uptimePercentage\":{\"p90\":99.98,\"p60\":99.97,\"p30\":99.95}},\"incidents\":[{\"id\":3301,\"status\":\"IDENTIFIED\"}]}";
    cases.add(
        call(
                "ServicesApi.list",
                c -> c.services().list(ctx, List.of("uptime", "incidents"), new Page(0, 25)))
            .replies("[" + serviceJson + "]")
            .expects(
                "GET",
                "/api/services",
                "start-index",
                "0",
                "max-results",
                "25",
                "include",
                "uptime",
                "include",
                "incidents"));
    cases.add(
        call("ServicesApi.listAll", c -> c.services().listAll(ctx, List.of(), 1000))
            .replies("[]")
            .expects("GET", "/api/services", "start-index", "0", "max-results", "100"));
    cases.add(
        call("ServicesApi.get", c -> c.services().get(ctx, 88, List.of("uptime", "incidents")))
            .replies(serviceJson)
            .expects("GET", "/api/services/88", "include", "uptime", "include", "incidents")
            .then(
                r -> {
                  Service s = (Service) r;
                  assertThat(s.uptime().uptimePercentage().p30()).isEqualTo(99.95);
                  assertThat(s.incidents().get(0).id()).isEqualTo(3301L);
                }));
    cases.add(
        call(
                "ServicesApi.create",
                c -> c.services().create(ctx, Service.newService("Checkout", "OPERATIONAL")))
            .replies(201, serviceJson)
            .expects("POST", "/api/services")
            .body("{\"name\":\"Checkout\",\"status\":\"OPERATIONAL\"}"));
    cases.add(
        call(
                "ServicesApi.update",
                c -> c.services().update(ctx, 88, Service.newService("Checkout", "DEGRADED")))
            .expects("PUT", "/api/services/88")
            .body("{\"name\":\"Checkout\",\"status\":\"DEGRADED\"}"));
    cases.add(
        run("ServicesApi.delete", c -> c.services().delete(ctx, 88))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("DELETE", "/api/services/88"));
    cases.add(
        call("ServicesApi.privateSubscribers", c -> c.services().privateSubscribers(ctx, 88))
            .replies("[{\"id\":42,\"name\":\"Ada\",\"type\":\"USER\"}]")
            .expects("GET", "/api/services/88/private-subscribers"));
    cases.add(
        run(
                "ServicesApi.setPrivateSubscribers",
                c ->
                    c.services()
                        .setPrivateSubscribers(
                            ctx, 88, List.of(Subscriber.user(42), Subscriber.team(9))))
            .replies(ScriptedServer.Reply.empty(202))
            .expects("PUT", "/api/services/88/private-subscribers")
            .body("[{\"id\":42,\"type\":\"USER\"},{\"id\":9,\"type\":\"TEAM\"}]"));
  }

  private static Incident incident() {
    return Incident.of(
        "Checkout degraded",
        "INVESTIGATING",
        "Looking into elevated errors",
        true,
        List.of(new AffectedService("DEGRADED", IdRef.of(88))));
  }

  private static final String INCIDENT_BODY =
      "{\"summary\":\"Checkout degraded\",\"status\":\"INVESTIGATING\",\"message\":\"Looking into elevated errors\","
          + "\"sendNotification\":true,\"affectedServices\":[{\"impact\":\"DEGRADED\",\"service\":{\"id\":88}}]}";

  private static void incidents(CallContext ctx, List<WireCase> cases) {
    IncidentQuery query =
        new IncidentQuery(
            List.of("INVESTIGATING", "IDENTIFIED"),
            List.of(88L, 89L),
            FROM,
            UNTIL,
            List.of("subscribed"));
    cases.add(
        call("IncidentsApi.list", c -> c.incidents().list(ctx, query, new Page(0, 25)))
            .replies("[]")
            .expects(
                "GET",
                "/api/incidents",
                "start-index",
                "0",
                "max-results",
                "25",
                "include",
                "subscribed",
                "states",
                "INVESTIGATING",
                "states",
                "IDENTIFIED",
                "services",
                "88",
                "services",
                "89",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z"));
    cases.add(
        call("IncidentsApi.listAll", c -> c.incidents().listAll(ctx, IncidentQuery.all(), 7))
            .replies("[]")
            .expects("GET", "/api/incidents", "start-index", "0", "max-results", "7"));
    cases.add(
        call(
                "IncidentsApi.get",
                c -> c.incidents().get(ctx, 3301, List.of("history", "affectedTeams")))
            .replies(
                ScriptedServer.Reply.json(
                        200,
                        "{\"id\":3301,\"status\":\"IDENTIFIED\",\"history\":[{\"id\":\"u-1\",\"content\":\"x\","
                            + "\"incidentStatus\":\"INVESTIGATING\",\"createdAt\":\"2025-03-01T10:20:00Z\"}]}")
                    .withHeader("ETag", "W/\"v7\""))
            .expects("GET", "/api/incidents/3301", "include", "history", "include", "affectedTeams")
            .then(
                r -> {
                  @SuppressWarnings("unchecked")
                  Tagged<Incident> t = (Tagged<Incident>) r;
                  assertThat(t.etag()).isEqualTo("W/\"v7\"");
                  assertThat(t.value().history().get(0).id()).isEqualTo("u-1");
                }));
    cases.add(
        call("IncidentsApi.create", c -> c.incidents().create(ctx, incident()))
            .replies("{\"id\":3301}")
            .expects("POST", "/api/incidents")
            .body(INCIDENT_BODY));
    cases.add(
        call("IncidentsApi.update", c -> c.incidents().update(ctx, 3301, incident(), "W/\"v7\""))
            .replies("{\"id\":3301}")
            .expects("PUT", "/api/incidents/3301")
            .header("If-Match", "W/\"v7\"")
            .body(INCIDENT_BODY));
    cases.add(
        call("IncidentsApi.publishInfo", c -> c.incidents().publishInfo(ctx, incident()))
            .replies("{\"publicSubscribers\":12,\"privateSubscribers\":3}")
            .expects("POST", "/api/incidents/publish-info")
            .body(INCIDENT_BODY));
    cases.add(
        call("IncidentsApi.privateSubscribers", c -> c.incidents().privateSubscribers(ctx, 3301))
            .replies("[]")
            .expects("GET", "/api/incidents/3301/private-subscribers"));
    cases.add(
        run(
                "IncidentsApi.addPrivateSubscribers",
                c -> c.incidents().addPrivateSubscribers(ctx, 3301, List.of(Subscriber.user(42))))
            .replies(ScriptedServer.Reply.empty(204))
            .expects("POST", "/api/incidents/3301/private-subscribers")
            .body("[{\"id\":42,\"type\":\"USER\"}]"));
  }
}
