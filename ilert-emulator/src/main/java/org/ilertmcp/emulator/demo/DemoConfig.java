package org.ilertmcp.emulator.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.emulator.domain.AffectedService;
import org.ilertmcp.emulator.domain.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.emulator.domain.Subscriber;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo organisation's incidents and configuration documents: 3 incidents (one ongoing), 2
 * status pages, maintenance windows, support hours, heartbeat monitors, 3 deployment pipelines,
 * connectors, alert actions, incident templates and a metric.
 */
final class DemoConfig {
  private final Store store;
  private final Instant now;

  DemoConfig(Store store, Instant now) {
    this.store = store;
    this.now = now.truncatedTo(ChronoUnit.MINUTES);
  }

  void populate() {
    incidents();
    statusPages();
    maintenanceWindows();
    supportHours();
    heartbeats();
    pipelines();
    actions();
    templates();
  }

  private Instant ago(Duration d) {
    return now.minus(d);
  }

  private void incidents() {
    Incident latency = new Incident(701, ago(Duration.ofDays(12)));
    update(
        latency,
        "Checkout latency elevated",
        "INVESTIGATING",
        "We are looking into slow checkouts.",
        601,
        "DEGRADED",
        DemoPeople.MANAGER,
        latency.createdAt());
    update(
        latency,
        "Checkout latency elevated",
        "IDENTIFIED",
        "A slow database query was identified.",
        601,
        "DEGRADED",
        DemoPeople.MANAGER,
        latency.createdAt().plus(Duration.ofMinutes(40)));
    update(
        latency,
        "Checkout latency elevated",
        "RESOLVED",
        "The query was fixed; latency is normal.",
        601,
        "OPERATIONAL",
        DemoPeople.MANAGER,
        latency.createdAt().plus(Duration.ofMinutes(120)));
    Incident outage = new Incident(702, ago(Duration.ofDays(5)));
    update(
        outage,
        "Payments gateway outage",
        "INVESTIGATING",
        "Card payments are failing.",
        602,
        "MAJOR_OUTAGE",
        DemoPeople.ADMIN,
        outage.createdAt());
    update(
        outage,
        "Payments gateway outage",
        "RESOLVED",
        "The provider restored service.",
        602,
        "OPERATIONAL",
        DemoPeople.ADMIN,
        outage.createdAt().plus(Duration.ofMinutes(45)));
    Incident ongoing = new Incident(703, ago(Duration.ofMinutes(40)));
    update(
        ongoing,
        "Mobile push notifications delayed",
        "INVESTIGATING",
        "Push notifications arrive late.",
        604,
        "PARTIAL_OUTAGE",
        DemoPeople.MANAGER,
        ongoing.createdAt());
    update(
        ongoing,
        "Mobile push notifications delayed",
        "IDENTIFIED",
        "A queue backlog in the push service was found; draining it.",
        604,
        "PARTIAL_OUTAGE",
        1007,
        ago(Duration.ofMinutes(15)));
    ongoing.privateSubscribers().add(new Subscriber(DemoPeople.STAKEHOLDER, "USER"));
    for (Incident i : List.of(latency, outage, ongoing)) {
      store.incidents().put(i.id(), i);
      store.nextId("incident", i.id());
    }
    store.services().put(604L, store.services().get(604L).withStatus("PARTIAL_OUTAGE"));
  }

  private void update(
      Incident i,
      String summary,
      String status,
      String message,
      long service,
      String impact,
      long user,
      Instant at) {
    i.apply(
        summary,
        status,
        message,
        true,
        List.of(new AffectedService(service, impact)),
        new IncidentUpdate(store.nextStringId("incident-update"), message, user, status, true, at));
  }

  private ObjectNode doc(String collection, String id) {
    ObjectNode d = Json.object();
    store.documents().of(collection).put(id, d);
    return d;
  }

  private static ArrayNode refs(long... ids) {
    ArrayNode a = Json.array();
    for (long id : ids) {
      a.add(Json.object().put("id", id));
    }
    return a;
  }

  private ArrayNode teams(long id) {
    return Json.array().add(Json.object().put("id", id).put("name", store.teams().get(id).name()));
  }

  private void statusPages() {
    ObjectNode pub = doc("status-pages", "1401");
    pub.put("id", 1401)
        .put("name", "Acme Status")
        .put("subdomain", "acme-demo")
        .put("timezone", "Europe/Berlin")
        .put("visibility", "PUBLIC")
        .put("pageLayout", "RESPONSIVE")
        .put("appearance", "LIGHT")
        .put("activated", true)
        .put("showSubscribeAction", true)
        .put("showIncidentHistoryOption", true)
        .put("hiddenFromSearch", false)
        .put("publicSubscriberCount", 342);
    pub.set("services", refs(601, 602, 603, 604));
    pub.set("teams", Json.array());
    pub.set("metrics", Json.array());
    pub.putObject("structure")
        .putArray("elements")
        .add(
            Json.object()
                .put("id", 1451)
                .put("type", "GROUP")
                .set(
                    "children",
                    Json.array()
                        .add(Json.object().put("id", 601).put("type", "SERVICE"))
                        .add(Json.object().put("id", 602).put("type", "SERVICE"))))
        .add(Json.object().put("id", 603).put("type", "SERVICE"))
        .add(Json.object().put("id", 604).put("type", "SERVICE"));
    ObjectNode internal = doc("status-pages", "1402");
    internal
        .put("id", 1402)
        .put("name", "Internal Platform")
        .put("subdomain", "acme-internal-demo")
        .put("timezone", "Europe/Berlin")
        .put("visibility", "PRIVATE")
        .put("pageLayout", "SINGLE_COLUMN")
        .put("appearance", "DARK")
        .put("activated", true)
        .put("showSubscribeAction", false)
        .put("showIncidentHistoryOption", true)
        .put("hiddenFromSearch", true);
    internal.set("services", refs(603, 605, 606));
    internal.set("teams", teams(201));
    internal.set("metrics", Json.array());
    internal
        .putObject("structure")
        .putArray("elements")
        .add(Json.object().put("id", 603).put("type", "SERVICE"))
        .add(Json.object().put("id", 605).put("type", "SERVICE"))
        .add(Json.object().put("id", 606).put("type", "SERVICE"));
    store.nextId("status-pages", 1401);
    store.nextId("status-pages", 1402);
    ObjectNode group = doc("status-page-groups", "1451");
    group.put("id", 1451).put("name", "Payments").put("statusPageId", 1401);
    store.nextId("status-page-groups", 1451);
    ObjectNode subs = doc("status-page-subscribers", "1402");
    subs.putArray("items")
        .add(Json.object().put("id", 201).put("type", "TEAM"))
        .add(Json.object().put("id", DemoPeople.STAKEHOLDER).put("type", "USER"));
  }

  private void maintenanceWindows() {
    ObjectNode past = doc("maintenance-windows", "1201");
    Instant pastStart = ago(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    past.put("id", 1201)
        .put("summary", "Checkout database upgrade")
        .put("description", "PostgreSQL minor version upgrade")
        .put("timezone", "Europe/Berlin")
        .put("start", Json.ts(pastStart))
        .put("end", Json.ts(pastStart.plus(Duration.ofHours(2))))
        .put("createdBy", "amelia.archer");
    past.set("alertSources", refs(DemoStructure.SRC_DATADOG));
    past.set("services", refs(601));
    past.putObject("notifications").put("atCreation", true).put("atStart", true).put("atEnd", true);
    ObjectNode next = doc("maintenance-windows", "1202");
    Instant nextStart = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
    next.put("id", 1202)
        .put("summary", "Search index rebuild")
        .put("description", "Full reindex of the product catalogue")
        .put("timezone", "Europe/Berlin")
        .put("start", Json.ts(nextStart))
        .put("end", Json.ts(nextStart.plus(Duration.ofHours(3))))
        .put("createdBy", "jonas.becker");
    next.set("alertSources", refs(DemoStructure.SRC_PROMETHEUS));
    next.set("services", refs(605));
    next.putObject("notifications")
        .put("atCreation", false)
        .put("atStart", true)
        .put("atEnd", true);
    store.nextId("maintenance-windows", 1201);
    store.nextId("maintenance-windows", 1202);
  }

  private void supportHours() {
    ObjectNode s = doc("support-hours", "1101");
    s.put("id", 1101).put("name", "Berlin office hours").put("timezone", "Europe/Berlin");
    s.set("teams", teams(201));
    ObjectNode days = s.putObject("supportDays");
    for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      days.putObject(d).put("start", "08:00").put("end", "18:00");
    }
    s.putArray("exceptions");
    store.nextId("support-hours", 1101);
  }

  private void heartbeats() {
    ObjectNode backup = doc("heartbeat-monitors", "1501");
    backup
        .put("id", 1501)
        .put("name", "nightly-backup")
        .put("state", "HEALTHY")
        .put("intervalSec", 86400)
        .put("alertSummary", "Nightly backup heartbeat overdue")
        .put("integrationKey", "demo-heartbeat-1501-86400")
        .put("integrationUrl", "http://localhost/api/heartbeats/demo-heartbeat-1501-86400");
    backup.set("alertSource", Json.object().put("id", DemoStructure.SRC_HEARTBEAT));
    backup.set("teams", teams(201));
    ObjectNode billing = doc("heartbeat-monitors", "1502");
    billing
        .put("id", 1502)
        .put("name", "hourly-billing-cron")
        .put("state", "UNKNOWN")
        .put("intervalSec", 3600)
        .put("alertSummary", "Billing cron did not run")
        .put("integrationKey", "demo-heartbeat-1502-3600")
        .put("integrationUrl", "http://localhost/api/heartbeats/demo-heartbeat-1502-3600");
    billing.set("teams", teams(202));
    for (ObjectNode h : List.of(backup, billing)) {
      h.put("createdAt", Json.ts(ago(Duration.ofDays(90))))
          .put("updatedAt", Json.ts(ago(Duration.ofDays(2))));
    }
    store.nextId("heartbeat-monitors", 1501);
    store.nextId("heartbeat-monitors", 1502);
  }

  private void pipelines() {
    pipeline(801, "checkout-service", "GITHUB", 202);
    pipeline(802, "payments-api", "GITLAB", 202);
    pipeline(803, "mobile-backend", "API", 203);
  }

  private void pipeline(long id, String name, String type, long team) {
    ObjectNode p = doc("deployment-pipelines", Long.toString(id));
    String key = "demo-pipeline-" + name;
    p.put("id", id)
        .put("name", name)
        .put("integrationType", type)
        .put("integrationKey", key)
        .put("integrationUrl", "http://localhost/api/deployment-events?key=" + key)
        .put("createdAt", Json.ts(ago(Duration.ofDays(120))))
        .put("updatedAt", Json.ts(ago(Duration.ofDays(10))));
    p.set("teams", teams(team));
    store.nextId("deployment-pipelines", id);
  }

  private void actions() {
    ObjectNode jira = doc("connectors", "c-jira-demo");
    jira.put("id", "c-jira-demo")
        .put("type", "jira")
        .put("name", "Acme Jira")
        .put("createdAt", Json.ts(ago(Duration.ofDays(100))))
        .put("updatedAt", Json.ts(ago(Duration.ofDays(100))));
    jira.putObject("params")
        .put("url", "https://jira.demo.invalid")
        .put("email", "bot@demo.invalid");
    ObjectNode slack = doc("connectors", "c-slack-demo");
    slack
        .put("id", "c-slack-demo")
        .put("type", "slack")
        .put("name", "Acme Slack")
        .put("createdAt", Json.ts(ago(Duration.ofDays(100))))
        .put("updatedAt", Json.ts(ago(Duration.ofDays(100))));
    action(
        "aa-jira-ticket",
        "Create Jira ticket",
        "jira",
        "c-jira-demo",
        "MANUAL",
        refs(DemoStructure.SRC_PROMETHEUS, DemoStructure.SRC_DATADOG),
        Json.object().put("project", "OPS").put("issueType", "Task"));
    action(
            "aa-slack-incidents",
            "Post to #incidents",
            "slack",
            "c-slack-demo",
            "AUTOMATIC",
            refs(DemoStructure.SRC_PROMETHEUS),
            Json.object().put("channelId", "C0DEMO01").put("channelName", "incidents"))
        .putArray("triggerTypes")
        .add("alert-created")
        .add("alert-resolved");
    action(
        "aa-restart-pod",
        "Restart checkout pod",
        "webhook",
        null,
        "MANUAL",
        refs(DemoStructure.SRC_KUBERNETES_FLAPPING),
        Json.object().put("webhookUrl", "https://automation.demo.invalid/restart-checkout"));
    action(
        "aa-broken-webhook",
        "Legacy runbook webhook",
        "webhook",
        null,
        "MANUAL",
        refs(DemoStructure.SRC_PROMETHEUS),
        Json.object().put("webhookUrl", "https://automation.demo.invalid/fail"));
  }

  private ObjectNode action(
      String id,
      String name,
      String type,
      String connector,
      String mode,
      ArrayNode sources,
      ObjectNode params) {
    ObjectNode a = doc("alert-actions", id);
    a.put("id", id).put("name", name).put("connectorType", type).put("triggerMode", mode);
    Json.put(a, "connectorId", connector);
    a.set("alertSources", sources);
    a.set("params", params);
    a.set("teams", Json.array());
    a.put("createdAt", Json.ts(ago(Duration.ofDays(60))))
        .put("updatedAt", Json.ts(ago(Duration.ofDays(60))));
    return a;
  }

  private void templates() {
    ObjectNode t = doc("incident-templates", "901");
    t.put("id", 901)
        .put("name", "Degraded performance")
        .put("summary", "Degraded performance")
        .put("status", "INVESTIGATING")
        .put("message", "We are investigating reports of degraded performance.")
        .put("sendNotification", true);
    t.set("teams", Json.array());
    ObjectNode m = doc("metrics", "1301");
    m.put("id", 1301)
        .put("name", "Checkout p99 latency")
        .put("description", "p99 latency of checkout in ms")
        .put("aggregationType", "AVG")
        .put("displayType", "GRAPH")
        .put("unitLabel", "ms")
        .put("interpolateGaps", true)
        .put("integrationKey", "demo-metric-checkout-p99");
    m.set("teams", teams(202));
    store.nextId("incident-templates", 901);
    store.nextId("metrics", 1301);
  }
}
