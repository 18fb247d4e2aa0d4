package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilertmcp.client.WireCase.call;
import static org.ilertmcp.client.WireCase.run;
import static org.ilertmcp.client.WireCases.FROM;
import static org.ilertmcp.client.WireCases.ID_ONLY_REFS;
import static org.ilertmcp.client.WireCases.UNTIL;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.ScriptedServer.Reply;
import org.ilertmcp.client.alertactions.AlertAction;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.connectors.Connector;
import org.ilertmcp.client.deployments.DeploymentEvent;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.client.heartbeats.HeartbeatMonitor;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.client.maintenance.MaintenanceWindowQuery;
import org.ilertmcp.client.metrics.Metric;
import org.ilertmcp.client.outages.OutageQuery;
import org.ilertmcp.client.outages.ServiceOutageOverride;
import org.ilertmcp.client.raw.RawResponse;
import org.ilertmcp.client.reports.ReportQuery;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.client.statuspages.StatusPageGroup;
import org.ilertmcp.client.supporthours.SupportHour;
import org.ilertmcp.client.templates.IncidentTemplate;

/** Wire cases of the less central resources. */
final class WireCasesLongTail {
  private WireCasesLongTail() {}

  static void add(CallContext ctx, List<WireCase> cases) {
    templates(ctx, cases);
    statusPages(ctx, cases);
    outages(ctx, cases);
    maintenance(ctx, cases);
    supportHours(ctx, cases);
    heartbeats(ctx, cases);
    deployments(ctx, cases);
    connectors(ctx, cases);
    alertActions(ctx, cases);
    reports(ctx, cases);
    metrics(ctx, cases);
    raw(ctx, cases);
  }

  private static Reply noContent() {
    return Reply.empty(204);
  }

  private static void templates(CallContext ctx, List<WireCase> cases) {
    IncidentTemplate t =
        new IncidentTemplate(
            null,
            "DB down",
            "Database outage",
            "INVESTIGATING",
            "We are on it",
            true,
            List.of(TeamRel.of(9)));
    String body =
        "{\"name\":\"DB down\",\"summary\":\"Database outage\",\"status\":\"INVESTIGATING\","
            + "\"message\":\"We are on it\",\"sendNotification\":true,\"teams\":[{\"id\":9}]}";
    cases.add(
        call("IncidentTemplatesApi.list", c -> c.incidentTemplates().list(ctx, new Page(0, 100)))
            .replies("[]")
            .expects("GET", "/api/incident-templates", "start-index", "0", "max-results", "100"));
    cases.add(
        call("IncidentTemplatesApi.listAll", c -> c.incidentTemplates().listAll(ctx, 4))
            .replies("[]")
            .expects("GET", "/api/incident-templates", "start-index", "0", "max-results", "4"));
    cases.add(
        call("IncidentTemplatesApi.get", c -> c.incidentTemplates().get(ctx, 3))
            .replies("{\"id\":3,\"name\":\"DB down\"}")
            .expects("GET", "/api/incident-templates/3"));
    cases.add(
        call("IncidentTemplatesApi.create", c -> c.incidentTemplates().create(ctx, t))
            .replies(201, "{\"id\":3}")
            .expects("POST", "/api/incident-templates")
            .body(body));
    cases.add(
        call("IncidentTemplatesApi.update", c -> c.incidentTemplates().update(ctx, 3, t))
            .expects("PUT", "/api/incident-templates/3")
            .body(body));
    cases.add(
        run("IncidentTemplatesApi.delete", c -> c.incidentTemplates().delete(ctx, 3))
            .replies(noContent())
            .expects("DELETE", "/api/incident-templates/3"));
  }

  private static void statusPages(CallContext ctx, List<WireCase> cases) {
    StatusPage page =
        new StatusPage(
            null,
            "Acme Status",
            "acme",
            null,
            "Europe/Berlin",
            "PUBLIC",
            null,
            null,
            null,
            "LIGHT",
            null,
            List.of(IdRef.of(88)),
            null,
            null,
            null,
            null,
            null);
    String body =
        "{\"name\":\"Acme Status\",\"subdomain\":\"acme\",\"timezone\":\"Europe/Berlin\",\"visibility\":\"PUBLIC\","
            + "\"appearance\":\"LIGHT\",\"services\":[{\"id\":88}]}";
    cases.add(
        call(
                "StatusPagesApi.list",
                c -> c.statusPages().list(ctx, List.of("subscribed"), new Page(0, 50)))
            .replies("[{\"id\":12,\"name\":\"Acme\",\"visibility\":\"SECRET_NEW\"}]")
            .expects(
                "GET",
                "/api/status-pages",
                "start-index",
                "0",
                "max-results",
                "50",
                "include",
                "subscribed"));
    cases.add(
        call("StatusPagesApi.listAll", c -> c.statusPages().listAll(ctx, List.of(), 60))
            .replies("[]")
            .expects("GET", "/api/status-pages", "start-index", "0", "max-results", "50"));
    cases.add(
        call(
                "StatusPagesApi.get",
                c -> c.statusPages().get(ctx, 12, List.of("groups", "structure")))
            .replies(
                "{\"id\":12,\"groups\":[{\"id\":5,\"name\":\"Core\"}],\"structure\":{\"elements\":[{\"id\":5,\"type\":\"GROUP\"}]}}")
            .expects("GET", "/api/status-pages/12", "include", "groups", "include", "structure")
            .then(r -> assertThat(((StatusPage) r).groups().get(0).name()).isEqualTo("Core")));
    cases.add(
        call("StatusPagesApi.create", c -> c.statusPages().create(ctx, page))
            .replies(201, "{\"id\":12}")
            .expects("POST", "/api/status-pages")
            .body(body));
    cases.add(
        call("StatusPagesApi.update", c -> c.statusPages().update(ctx, 12, page))
            .expects("PUT", "/api/status-pages/12")
            .body(body));
    cases.add(
        run("StatusPagesApi.delete", c -> c.statusPages().delete(ctx, 12))
            .replies(noContent())
            .expects("DELETE", "/api/status-pages/12"));
    cases.add(
        call("StatusPagesApi.groups", c -> c.statusPages().groups(ctx, 12, new Page(0, 100)))
            .replies("[{\"id\":5,\"name\":\"Core\"}]")
            .expects(
                "GET", "/api/status-pages/12/groups", "start-index", "0", "max-results", "100"));
    cases.add(
        call("StatusPagesApi.getGroup", c -> c.statusPages().getGroup(ctx, 12, 5))
            .replies("{\"id\":5,\"name\":\"Core\"}")
            .expects("GET", "/api/status-pages/12/groups/5"));
    cases.add(
        call(
                "StatusPagesApi.createGroup",
                c -> c.statusPages().createGroup(ctx, 12, new StatusPageGroup(null, "Core")))
            .replies(201, "{\"id\":5,\"name\":\"Core\"}")
            .expects("POST", "/api/status-pages/12/groups")
            .body("{\"name\":\"Core\"}"));
    cases.add(
        call(
                "StatusPagesApi.updateGroup",
                c -> c.statusPages().updateGroup(ctx, 12, 5, new StatusPageGroup(5L, "Core+")))
            .replies("{\"id\":5,\"name\":\"Core+\"}")
            .expects("PUT", "/api/status-pages/12/groups/5")
            .body("{\"id\":5,\"name\":\"Core+\"}"));
    cases.add(
        run("StatusPagesApi.deleteGroup", c -> c.statusPages().deleteGroup(ctx, 12, 5))
            .replies(noContent())
            .expects("DELETE", "/api/status-pages/12/groups/5"));
    cases.add(
        call("StatusPagesApi.privateSubscribers", c -> c.statusPages().privateSubscribers(ctx, 12))
            .replies("[{\"id\":9,\"name\":\"Platform\",\"type\":\"TEAM\"}]")
            .expects("GET", "/api/status-pages/12/private-subscribers"));
    cases.add(
        run(
                "StatusPagesApi.addPrivateSubscriber",
                c -> c.statusPages().addPrivateSubscriber(ctx, 12, Subscriber.team(9)))
            .replies(noContent())
            .expects("POST", "/api/status-pages/12/private-subscribers")
            .body("{\"id\":9,\"type\":\"TEAM\"}"));
    cases.add(
        run(
                "StatusPagesApi.removePrivateSubscriber",
                c -> c.statusPages().removePrivateSubscriber(ctx, 12, Subscriber.user(42)))
            .replies(noContent())
            .expects(
                "DELETE",
                "/api/status-pages/12/private-subscribers/42",
                "subscriber-type",
                "USER"));
  }

  private static void outages(CallContext ctx, List<WireCase> cases) {
    ServiceOutageOverride override =
        new ServiceOutageOverride(null, IdRef.of(88), "OPERATIONAL", FROM, UNTIL);
    String body =
        "{\"service\":{\"id\":88},\"status\":\"OPERATIONAL\",\"from\":\"2025-03-01T00:00:00Z\",\"until\":\"2025-03-08T12:30:00Z\"}";
    cases.add(
        call(
                "ServiceOutagesApi.list",
                c -> c.serviceOutages().list(ctx, new OutageQuery(88L, FROM, UNTIL, true)))
            .replies(
                "[{\"status\":\"MAJOR_OUTAGE\",\"from\":\"2025-03-02T00:00:00Z\",\"until\":\"2025-03-02T01:00:00Z\"}]")
            .expects(
                "GET",
                "/api/service-outages",
                "service",
                "88",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z",
                "ignore-overrides",
                "true"));
    cases.add(
        call(
                "ServiceOutagesApi.overrides",
                c -> c.serviceOutages().overrides(ctx, new OutageQuery(88L, null, null, null)))
            .replies("[{\"id\":\"o-1\",\"service\":{\"id\":88}}]")
            .expects("GET", "/api/service-outages/overrides", "service", "88"));
    cases.add(
        call("ServiceOutagesApi.getOverride", c -> c.serviceOutages().getOverride(ctx, "17"))
            .replies("{\"id\":\"o-1\"}")
            .expects("GET", "/api/service-outages/overrides/17"));
    cases.add(
        call(
                "ServiceOutagesApi.createOverride",
                c -> c.serviceOutages().createOverride(ctx, override))
            .replies(201, "{\"id\":\"o-1\"}")
            .expects("POST", "/api/service-outages/overrides")
            .body(body));
    cases.add(
        call(
                "ServiceOutagesApi.updateOverride",
                c -> c.serviceOutages().updateOverride(ctx, "17", override))
            .expects("PUT", "/api/service-outages/overrides/17")
            .body(body));
    cases.add(
        run("ServiceOutagesApi.deleteOverride", c -> c.serviceOutages().deleteOverride(ctx, "17"))
            .replies(noContent())
            .expects("DELETE", "/api/service-outages/overrides/17"));
  }

  private static void maintenance(CallContext ctx, List<WireCase> cases) {
    MaintenanceWindow window =
        new MaintenanceWindow(
            null,
            "DB upgrade",
            "Postgres 16",
            "Europe/Berlin",
            FROM,
            UNTIL,
            List.of(IdRef.of(1201)),
            List.of(IdRef.of(88)),
            null,
            new MaintenanceWindow.Notifications(true, true, false));
    String body =
        "{\"summary\":\"DB upgrade\",\"description\":\"Postgres 16\",\"timezone\":\"Europe/Berlin\","
            + "\"start\":\"2025-03-01T00:00:00Z\",\"end\":\"2025-03-08T12:30:00Z\",\"alertSources\":[{\"id\":1201}],"
            + "\"services\":[{\"id\":88}],\"notifications\":{\"atCreation\":true,\"atStart\":true,\"atEnd\":false}}";
    MaintenanceWindowQuery query =
        new MaintenanceWindowQuery("OPEN", List.of(88L, 89L), List.of(1201L), FROM, UNTIL);
    cases.add(
        call(
                "MaintenanceWindowsApi.list",
                c -> c.maintenanceWindows().list(ctx, query, new Page(0, 100)))
            .replies("[]")
            .expects(
                "GET",
                "/api/maintenance-windows",
                "state",
                "OPEN",
                "services",
                "88",
                "services",
                "89",
                "sources",
                "1201",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z",
                "start-index",
                "0",
                "max-results",
                "100"));
    cases.add(
        call(
                "MaintenanceWindowsApi.listAll",
                c -> c.maintenanceWindows().listAll(ctx, MaintenanceWindowQuery.all(), 9))
            .replies("[]")
            .expects("GET", "/api/maintenance-windows", "start-index", "0", "max-results", "9"));
    cases.add(
        call("MaintenanceWindowsApi.get", c -> c.maintenanceWindows().get(ctx, 700))
            .replies("{\"id\":700,\"summary\":\"DB upgrade\",\"start\":\"2025-03-10T20:00:00Z\"}")
            .expects("GET", "/api/maintenance-windows/700"));
    cases.add(
        call("MaintenanceWindowsApi.create", c -> c.maintenanceWindows().create(ctx, window))
            .replies("{\"id\":700}")
            .expects("POST", "/api/maintenance-windows")
            .body(body)
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        call("MaintenanceWindowsApi.update", c -> c.maintenanceWindows().update(ctx, 700, window))
            .expects("PUT", "/api/maintenance-windows/700")
            .body(body)
            .specGap(ID_ONLY_REFS, "validation.request.body.schema.required"));
    cases.add(
        run("MaintenanceWindowsApi.delete", c -> c.maintenanceWindows().delete(ctx, 700))
            .replies(noContent())
            .expects("DELETE", "/api/maintenance-windows/700"));
  }

  private static void supportHours(CallContext ctx, List<WireCase> cases) {
    SupportHour hours =
        new SupportHour(
            null,
            "Office",
            "Europe/Berlin",
            Map.of("MONDAY", new SupportHour.Day("08:00", "17:00")),
            null,
            null);
    String body =
        "{\"name\":\"Office\",\"timezone\":\"Europe/Berlin\",\"supportDays\":{\"MONDAY\":{\"start\":\"08:00\",\"end\":\"17:00\"}}}";
    cases.add(
        call("SupportHoursApi.list", c -> c.supportHours().list(ctx, new Page(0, 50)))
            .replies("[]")
            .expects("GET", "/api/support-hours", "start-index", "0", "max-results", "50"));
    cases.add(
        call("SupportHoursApi.listAll", c -> c.supportHours().listAll(ctx, 2))
            .replies("[]")
            .expects("GET", "/api/support-hours", "start-index", "0", "max-results", "2"));
    cases.add(
        call("SupportHoursApi.get", c -> c.supportHours().get(ctx, 31))
            .replies(body)
            .expects("GET", "/api/support-hours/31")
            .then(
                r ->
                    assertThat(((SupportHour) r).supportDays().get("MONDAY").end())
                        .isEqualTo("17:00")));
    cases.add(
        call("SupportHoursApi.create", c -> c.supportHours().create(ctx, hours))
            .replies(201, "{\"id\":31}")
            .expects("POST", "/api/support-hours")
            .body(body));
    cases.add(
        call("SupportHoursApi.update", c -> c.supportHours().update(ctx, 31, hours))
            .expects("PUT", "/api/support-hours/31")
            .body(body));
    cases.add(
        run("SupportHoursApi.delete", c -> c.supportHours().delete(ctx, 31))
            .replies(noContent())
            .expects("DELETE", "/api/support-hours/31"));
  }

  private static void heartbeats(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call(
                "HeartbeatMonitorsApi.list",
                c -> c.heartbeatMonitors().list(ctx, List.of("integrationUrl"), "abc==", 200))
            .replies(
                Reply.json(
                        200,
                        "[{\"id\":1,\"name\":\"backup\",\"state\":\"HEALTHY\",\"intervalSec\":300}]")
                    .withHeader("next-cursor", "def=="))
            .expects(
                "GET",
                "/api/heartbeat-monitors",
                "cursor",
                "abc==",
                "max-results",
                "200",
                "include",
                "integrationUrl")
            .then(r -> assertThat(((CursorPage<?>) r).next()).contains("def==")));
    cases.add(
        call("HeartbeatMonitorsApi.listAll", c -> c.heartbeatMonitors().listAll(ctx, List.of(), 20))
            .replies("[]")
            .expects("GET", "/api/heartbeat-monitors", "max-results", "20"));
    cases.add(
        call(
                "HeartbeatMonitorsApi.get",
                c -> c.heartbeatMonitors().get(ctx, 1, List.of("integrationKey")))
            .replies("{\"id\":1,\"name\":\"backup\"}")
            .expects("GET", "/api/heartbeat-monitors/1", "include", "integrationKey"));
    cases.add(
        call(
                "HeartbeatMonitorsApi.create",
                c ->
                    c.heartbeatMonitors()
                        .create(
                            ctx,
                            HeartbeatMonitor.newMonitor("backup", 300),
                            List.of("integrationUrl")))
            .replies(201, "{\"id\":1}")
            .expects("POST", "/api/heartbeat-monitors", "include", "integrationUrl")
            .body("{\"name\":\"backup\",\"intervalSec\":300}"));
    cases.add(
        call(
                "HeartbeatMonitorsApi.update",
                c ->
                    c.heartbeatMonitors()
                        .update(ctx, 1, HeartbeatMonitor.newMonitor("backup", 600)))
            .expects("PUT", "/api/heartbeat-monitors/1")
            .body("{\"name\":\"backup\",\"intervalSec\":600}"));
    cases.add(
        run("HeartbeatMonitorsApi.delete", c -> c.heartbeatMonitors().delete(ctx, 1))
            .replies(noContent())
            .expects("DELETE", "/api/heartbeat-monitors/1"));
  }

  private static void deployments(CallContext ctx, List<WireCase> cases) {
    DeploymentPipeline pipeline = DeploymentPipeline.newPipeline("web", "API");
    cases.add(
        call(
                "DeploymentPipelinesApi.list",
                c -> c.deploymentPipelines().list(ctx, new Page(0, 100)))
            .replies("[{\"id\":3,\"name\":\"web\",\"integrationType\":\"ARGOCD\"}]")
            .expects("GET", "/api/deployment-pipelines", "start-index", "0", "max-results", "100"));
    cases.add(
        call("DeploymentPipelinesApi.listAll", c -> c.deploymentPipelines().listAll(ctx, 1))
            .replies("[]")
            .expects("GET", "/api/deployment-pipelines", "start-index", "0", "max-results", "1"));
    cases.add(
        call("DeploymentPipelinesApi.get", c -> c.deploymentPipelines().get(ctx, 3))
            .replies("{\"id\":3,\"params\":{\"branchFilters\":[\"main\"]}}")
            .expects("GET", "/api/deployment-pipelines/3"));
    cases.add(
        call("DeploymentPipelinesApi.create", c -> c.deploymentPipelines().create(ctx, pipeline))
            .replies(201, "{\"id\":3}")
            .expects("POST", "/api/deployment-pipelines")
            .body("{\"name\":\"web\",\"integrationType\":\"API\"}"));
    cases.add(
        call("DeploymentPipelinesApi.update", c -> c.deploymentPipelines().update(ctx, 3, pipeline))
            .expects("PUT", "/api/deployment-pipelines/3")
            .body("{\"name\":\"web\",\"integrationType\":\"API\"}"));
    cases.add(
        run("DeploymentPipelinesApi.delete", c -> c.deploymentPipelines().delete(ctx, 3))
            .replies(noContent())
            .expects("DELETE", "/api/deployment-pipelines/3"));
    cases.add(
        call(
                "DeploymentEventsApi.send",
                c ->
                    c.deploymentEvents()
                        .send(
                            ctx,
                            new DeploymentEvent(
                                "il1dpl1",
                                "web v42 deployed",
                                1740787200L,
                                "ada@acme.example",
                                null,
                                null)))
            .replies(Reply.empty(202))
            .anonymous()
            .expects("POST", "/api/deployment-events")
            .body(
                "{\"integrationKey\":\"il1dpl1\",\"summary\":\"web v42 deployed\",\"timestamp\":1740787200,"
                    + "\"userEmail\":\"ada@acme.example\"}")
            .then(r -> assertThat(r).isEqualTo(202)));
  }

  private static void connectors(CallContext ctx, List<WireCase> cases) {
    Connector connector = new Connector(null, "slack", "Slack", null, null, null);
    cases.add(
        call("ConnectorsApi.list", c -> c.connectors().list(ctx, new Page(0, 100)))
            .replies("[{\"id\":\"c1\",\"type\":\"pagerbeam\",\"name\":\"x\"}]")
            .expects("GET", "/api/connectors", "start-index", "0", "max-results", "100"));
    cases.add(
        call("ConnectorsApi.listAll", c -> c.connectors().listAll(ctx, 1))
            .replies("[]")
            .expects("GET", "/api/connectors", "start-index", "0", "max-results", "1"));
    cases.add(
        call("ConnectorsApi.get", c -> c.connectors().get(ctx, "c1"))
            .replies("{\"id\":\"c1\"}")
            .expects("GET", "/api/connectors/c1"));
    cases.add(
        call("ConnectorsApi.create", c -> c.connectors().create(ctx, connector))
            .replies(201, "{\"id\":\"c1\"}")
            .expects("POST", "/api/connectors")
            .body("{\"type\":\"slack\",\"name\":\"Slack\"}"));
    cases.add(
        call("ConnectorsApi.update", c -> c.connectors().update(ctx, "c1", connector))
            .expects("PUT", "/api/connectors/c1")
            .body("{\"type\":\"slack\",\"name\":\"Slack\"}"));
    cases.add(
        run("ConnectorsApi.delete", c -> c.connectors().delete(ctx, "c1"))
            .replies(noContent())
            .expects("DELETE", "/api/connectors/c1"));
  }

  private static void alertActions(CallContext ctx, List<WireCase> cases) {
    AlertAction action =
        new AlertAction(
            null,
            "Restart",
            "c1",
            "webhook",
            "MANUAL",
            List.of("alert-created"),
            null,
            List.of(TeamRel.of(9)),
            null,
            null,
            null,
            null,
            null);
    String body =
        "{\"name\":\"Restart\",\"connectorId\":\"c1\",\"connectorType\":\"webhook\",\"triggerMode\":\"MANUAL\","
            + "\"triggerTypes\":[\"alert-created\"],\"teams\":[{\"id\":9}]}";
    cases.add(
        call("AlertActionsApi.list", c -> c.alertActions().list(ctx, 1201L, "c1", new Page(0, 100)))
            .replies("[]")
            .expects(
                "GET",
                "/api/alert-actions",
                "source",
                "1201",
                "connector",
                "c1",
                "start-index",
                "0",
                "max-results",
                "100"));
    cases.add(
        call("AlertActionsApi.listAll", c -> c.alertActions().listAll(ctx, null, null, 150))
            .replies("[]")
            .expects("GET", "/api/alert-actions", "start-index", "0", "max-results", "100"));
    cases.add(
        call("AlertActionsApi.get", c -> c.alertActions().get(ctx, "a1", List.of("conditions")))
            .replies("{\"id\":\"a1\",\"conditions\":\"alert.priority == 'HIGH'\"}")
            .expects("GET", "/api/alert-actions/a1", "include", "conditions"));
    cases.add(
        call("AlertActionsApi.create", c -> c.alertActions().create(ctx, action))
            .replies(201, "{\"id\":\"a1\"}")
            .expects("POST", "/api/alert-actions")
            .body(body));
    cases.add(
        call("AlertActionsApi.update", c -> c.alertActions().update(ctx, "a1", action))
            .expects("PUT", "/api/alert-actions/a1")
            .body(body));
    cases.add(
        run("AlertActionsApi.delete", c -> c.alertActions().delete(ctx, "a1"))
            .replies(noContent())
            .expects("DELETE", "/api/alert-actions/a1"));
  }

  private static void reports(CallContext ctx, List<WireCase> cases) {
    ReportQuery query =
        new ReportQuery(
            FROM, UNTIL, List.of(1201L), List.of(501L), "Europe/Berlin", "MTTA", "WEEK", "HIGH");
    String[] expected = {
      "sources", "1201",
      "policies", "501",
      "from", "2025-03-01T00:00:00Z",
      "until", "2025-03-08T12:30:00Z",
      "timezone", "Europe/Berlin",
      "metric", "MTTA",
      "group-by", "WEEK",
      "priority", "HIGH"
    };
    cases.add(
        call("ReportsApi.alerts", c -> c.reports().alerts(ctx, query))
            .replies("[[\"2025-03-03\",12],[\"2025-03-10\",3]]")
            .expects("GET", "/api/reports/alerts", expected));
    cases.add(
        call(
                "ReportsApi.alertsSummary",
                c -> c.reports().alertsSummary(ctx, ReportQuery.between(FROM, UNTIL)))
            .replies("[[\"total\",15]]")
            .expects(
                "GET",
                "/api/reports/alerts/summary",
                "from",
                "2025-03-01T00:00:00Z",
                "until",
                "2025-03-08T12:30:00Z"));
  }

  private static void metrics(CallContext ctx, List<WireCase> cases) {
    Metric metric = Metric.newMetric("Latency", "AVG", "GRAPH");
    String body = "{\"name\":\"Latency\",\"aggregationType\":\"AVG\",\"displayType\":\"GRAPH\"}";
    cases.add(
        call("MetricsApi.list", c -> c.metrics().list(ctx, List.of("dataSource"), new Page(0, 25)))
            .replies("[]")
            .expects(
                "GET",
                "/api/metrics",
                "start-index",
                "0",
                "max-results",
                "25",
                "include",
                "dataSource"));
    cases.add(
        call("MetricsApi.listAll", c -> c.metrics().listAll(ctx, List.of(), 10))
            .replies("[]")
            .expects("GET", "/api/metrics", "start-index", "0", "max-results", "10"));
    cases.add(
        call("MetricsApi.get", c -> c.metrics().get(ctx, 4))
            .replies("{\"id\":4,\"name\":\"Latency\",\"aggregationType\":\"P99\"}")
            .expects("GET", "/api/metrics/4"));
    cases.add(
        call("MetricsApi.create", c -> c.metrics().create(ctx, metric))
            .replies(201, "{\"id\":4}")
            .expects("POST", "/api/metrics")
            .body(body));
    cases.add(
        call("MetricsApi.update", c -> c.metrics().update(ctx, 4, metric))
            .expects("PUT", "/api/metrics/4")
            .body(body));
    cases.add(
        run("MetricsApi.delete", c -> c.metrics().delete(ctx, 4))
            .replies(noContent())
            .expects("DELETE", "/api/metrics/4"));
    cases.add(
        run("MetricsApi.ingest", c -> c.metrics().ingest(ctx, "ilm1key", 1740787200L, 12.5))
            .replies(Reply.empty(202))
            .anonymous()
            .expects("POST", "/api/series/ilm1key")
            .body("{\"timestamp\":1740787200,\"value\":12.5}"));
  }

  private static void raw(CallContext ctx, List<WireCase> cases) {
    cases.add(
        call(
                "RawApi.send",
                c ->
                    c.raw()
                        .send(
                            ctx,
                            "GET",
                            "/alerts",
                            List.of(
                                Map.entry("states", "PENDING"), Map.entry("states", "ACCEPTED")),
                            null))
            .replies("[{\"id\":12,\"status\":\"ACCEPTED\"}]")
            .expects("GET", "/api/alerts", "states", "PENDING", "states", "ACCEPTED")
            .then(
                r -> {
                  RawResponse response = (RawResponse) r;
                  assertThat(response.status()).isEqualTo(200);
                  assertThat(response.body().path(0).path("status").asString())
                      .isEqualTo("ACCEPTED");
                }));
  }
}
