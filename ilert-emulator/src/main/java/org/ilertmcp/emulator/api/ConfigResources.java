package org.ilertmcp.emulator.api;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The configuration resources that are plain CRUD on ilert, each a {@link DocSpec}: connectors,
 * alert actions, deployment pipelines, incident templates, support hours, maintenance windows,
 * metrics and service-outage overrides.
 */
public final class ConfigResources {
  private final Context ctx;

  /** The configuration resources. */
  public ConfigResources(Context ctx) {
    this.ctx = ctx;
  }

  /** Registers every configuration resource. */
  public void register(Router r) {
    for (DocSpec spec : specs()) {
      new DocumentResource(ctx.store(), ctx.visibility(), spec).register(r);
    }
  }

  private List<DocSpec> specs() {
    return List.of(
        DocSpec.plain("connectors", "/connectors", true, 1, 50, 100, 201, List.of("name", "type"))
            .withView((req, d) -> d.without("params"))
            .withTimestamps(),
        DocSpec.plain(
                "alert-actions",
                "/alert-actions",
                true,
                1,
                100,
                100,
                201,
                List.of("name", "connectorType"))
            .withFilter(this::alertActionFilter)
            .withView(this::alertActionView)
            .withBeforeSave(this::alertActionSave)
            .withTimestamps(),
        DocSpec.plain(
                "deployment-pipelines",
                "/deployment-pipelines",
                false,
                801,
                50,
                100,
                201,
                List.of("name", "integrationType"))
            .withView(this::pipelineView)
            .withBeforeSave(this::pipelineSave)
            .withTimestamps(),
        DocSpec.plain(
            "incident-templates",
            "/incident-templates",
            false,
            901,
            50,
            100,
            201,
            List.of("name", "summary")),
        DocSpec.plain(
                "support-hours",
                "/support-hours",
                false,
                1101,
                50,
                50,
                201,
                List.of("name", "timezone", "supportDays"))
            .withListView((req, d) -> d.without("exceptions")),
        DocSpec.plain(
                "maintenance-windows",
                "/maintenance-windows",
                false,
                1201,
                50,
                100,
                200,
                List.of("summary", "start", "end"))
            .withFilter(this::maintenanceFilter)
            .withView(this::maintenanceView)
            .withBeforeSave(this::maintenanceSave),
        DocSpec.plain(
                "metrics",
                "/metrics",
                false,
                1301,
                10,
                100,
                201,
                List.of("name", "aggregationType", "displayType"))
            .withView((req, d) -> req.includes("integrationKey") ? d : d.without("integrationKey")),
        DocSpec.plain(
                "service-outage-overrides",
                "/service-outages/overrides",
                true,
                1,
                1000,
                1000,
                201,
                List.of("service", "status", "from", "until"))
            .withFilter(this::overrideFilter)
            .withView(this::overrideView)
            .withBeforeSave(this::overrideSave));
  }

  private boolean alertActionFilter(ApiRequest req, ObjectNode d) {
    Long source = req.longParam("source");
    String connector = req.first("connector");
    return (source == null || Json.refIds(d, "alertSources").contains(source))
        && (connector == null || connector.equals(Json.text(d, "connectorId")));
  }

  private ObjectNode alertActionView(ApiRequest req, ObjectNode d) {
    ArrayNode sources = Json.array();
    for (Long id : Json.refIds(d, "alertSources")) {
      AlertSource s = ctx.store().sources().get(id);
      sources.add(s == null ? Json.object().put("id", id) : ctx.views().source(s, req.caller()));
    }
    d.set("alertSources", sources);
    d.put("bidirectional", false);
    return req.includes("conditions") ? d : d.without("conditions");
  }

  private void alertActionSave(ApiRequest req, ObjectNode d) {
    List<Long> sources = Json.refIds(d, "alertSources");
    if (sources.isEmpty()) {
      sources = Json.refIds(d, "alertSourceIds");
    }
    if (sources.isEmpty()) {
      throw ApiException.badRequest(
          "Either field 'alertSourceIds [long]' or 'alertSources [{id}]' is required");
    }
    ArrayNode refs = Json.array();
    for (Long id : sources) {
      if (!ctx.store().sources().containsKey(id)) {
        throw ApiException.badRequest("alert source " + id + " does not exist");
      }
      refs.add(Json.object().put("id", id));
    }
    d.remove("alertSourceIds");
    d.set("alertSources", refs);
    if (!d.has("triggerMode")) {
      d.put("triggerMode", "AUTOMATIC");
    }
  }

  /**
   * As for alert sources, the integration key (and the URL that embeds it) is shown only to roles
   * that may manage configuration; ilert returns it null to callers without update permission.
   */
  private ObjectNode pipelineView(ApiRequest req, ObjectNode d) {
    if (req.caller() != null && !req.caller().role().canManage()) {
      return d.without(List.of("integrationKey", "integrationUrl"));
    }
    return req.includes("integrationUrl") ? d : d.without("integrationUrl");
  }

  private void pipelineSave(ApiRequest req, ObjectNode d) {
    String id = Json.text(d, "id");
    ObjectNode old = ctx.store().documents().of("deployment-pipelines").get(id);
    String key =
        old != null ? Json.text(old, "integrationKey") : "demo-pipeline-" + id + "-integration";
    d.put("integrationKey", key);
    d.put("integrationUrl", "http://localhost/api/deployment-events?key=" + key);
  }

  private boolean maintenanceFilter(ApiRequest req, ObjectNode d) {
    Instant start = Instant.parse(Json.text(d, "start"));
    Instant end = Instant.parse(Json.text(d, "end"));
    String state = req.first("state");
    if (state != null && !state.equals("OPEN") && !state.equals("CLOSED")) {
      throw ApiException.badRequest("state must be OPEN or CLOSED");
    }
    if ("OPEN".equals(state) && !end.isAfter(req.now())) {
      return false;
    }
    if ("CLOSED".equals(state) && end.isAfter(req.now())) {
      return false;
    }
    List<Long> services = req.longs("services");
    if (!services.isEmpty() && Json.refIds(d, "services").stream().noneMatch(services::contains)) {
      return false;
    }
    List<Long> sources = req.longs("sources");
    if (!sources.isEmpty()
        && Json.refIds(d, "alertSources").stream().noneMatch(sources::contains)) {
      return false;
    }
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    return (from == null || end.isAfter(from)) && (until == null || start.isBefore(until));
  }

  private ObjectNode maintenanceView(ApiRequest req, ObjectNode d) {
    ArrayNode sources = Json.array();
    for (Long id : Json.refIds(d, "alertSources")) {
      AlertSource s = ctx.store().sources().get(id);
      sources.add(s == null ? Json.object().put("id", id) : ctx.views().source(s, req.caller()));
    }
    d.set("alertSources", sources);
    ArrayNode services = Json.array();
    Json.refIds(d, "services").forEach(id -> services.add(ctx.views().service(id)));
    d.set("services", services);
    return d;
  }

  private void maintenanceSave(ApiRequest req, ObjectNode d) {
    Instant start = ApiRequest.parseInstant(Json.text(d, "start"), "field 'start'");
    Instant end = ApiRequest.parseInstant(Json.text(d, "end"), "field 'end'");
    if (!end.isAfter(start)) {
      throw ApiException.badRequest("'end' must be after 'start'");
    }
    d.put("start", Json.ts(start));
    d.put("end", Json.ts(end));
    d.set("alertSources", refs(Json.refIds(d, "alertSources")));
    d.set("services", refs(Json.refIds(d, "services")));
    if (!d.has("timezone")) {
      d.put("timezone", "Europe/Berlin");
    }
    if (!d.has("createdBy") && req.caller() != null) {
      d.put("createdBy", req.caller().username());
    }
  }

  private boolean overrideFilter(ApiRequest req, ObjectNode d) {
    Long service = req.longParam("service");
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    return (service == null || service.equals(Json.refId(d, "service")))
        && (from == null || Instant.parse(Json.text(d, "until")).isAfter(from))
        && (until == null || Instant.parse(Json.text(d, "from")).isBefore(until));
  }

  private ObjectNode overrideView(ApiRequest req, ObjectNode d) {
    Long service = Json.refId(d, "service");
    if (service != null) {
      d.set("service", ctx.views().service(service));
    }
    return d.without(List.of("createdAt", "updatedAt"));
  }

  private void overrideSave(ApiRequest req, ObjectNode d) {
    Long service = Json.refId(d, "service");
    if (service == null || !ctx.store().services().containsKey(service)) {
      throw ApiException.badRequest("field 'service' must reference an existing service");
    }
    Instant from = ApiRequest.parseInstant(Json.text(d, "from"), "field 'from'");
    Instant until = ApiRequest.parseInstant(Json.text(d, "until"), "field 'until'");
    if (!until.isAfter(from)) {
      throw ApiException.badRequest("'until' must be after 'from'");
    }
    d.set("service", Json.object().put("id", service));
    d.put("from", Json.ts(from));
    d.put("until", Json.ts(until));
  }

  private static ArrayNode refs(List<Long> ids) {
    ArrayNode a = Json.array();
    ids.forEach(id -> a.add(Json.object().put("id", id)));
    return a;
  }
}
