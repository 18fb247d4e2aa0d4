package org.ilertmcp.emulator.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.Image;
import org.ilertmcp.emulator.domain.Link;
import org.ilertmcp.emulator.domain.Priority;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.EventInput;
import org.ilertmcp.emulator.engine.EventOutcome;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Integration-key ingest: {@code POST /api/events} (and the legacy {@code /api/v1/events}), {@code
 * POST /api/deployment-events}, heartbeat pings. No Authorization header is needed.
 */
public final class EventsResource {
  private static final Set<String> TYPES = Set.of("ALERT", "ACCEPT", "RESOLVE", "COMMENT");

  private final Context ctx;

  /** The ingest resource. */
  public EventsResource(Context ctx) {
    this.ctx = ctx;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.post("/events", Access.INTEGRATION, this::event);
    r.post("/v1/events", Access.INTEGRATION, this::event);
    r.post("/deployment-events", Access.INTEGRATION, this::deployment);
    r.get("/heartbeats/{key}", Access.INTEGRATION, this::heartbeat);
    r.post("/heartbeats/{key}", Access.INTEGRATION, this::heartbeat);
  }

  private ApiResponse event(ApiRequest req) {
    JsonNode body = req.json();
    if (!body.isObject()) {
      throw ApiException.badRequest("the event must be a JSON object");
    }
    String key = Json.text(body, "integrationKey");
    if (key == null) {
      key = Json.text(body, "apiKey");
    }
    if (key == null || key.isBlank()) {
      throw ApiException.badRequest("field 'integrationKey' is required");
    }
    String type = Json.required(body, "eventType");
    if (!TYPES.contains(type)) {
      throw ApiException.badRequest("Unsupported value for field 'eventType': " + type);
    }
    String summary = Json.text(body, "summary");
    if ("ALERT".equals(type) && (summary == null || summary.isBlank())) {
      throw ApiException.badRequest("field 'summary' is required for ALERT events");
    }
    String alertKey = Json.text(body, "alertKey");
    if (alertKey == null) {
      alertKey = Json.text(body, "incidentKey");
    }
    EventInput input =
        new EventInput(
            type,
            alertKey,
            summary,
            Json.text(body, "details"),
            priority(Json.text(body, "priority")),
            severity(body.get("severity")),
            Json.text(body, "routingKey"),
            comments(body),
            Json.stringMap(body, "labels"),
            links(body),
            images(body),
            Json.toJava(body.get("customDetails")));
    String integrationKey = key;
    AlertSource source =
        ctx.store().sources().values().stream()
            .filter(s -> s.integrationKey().equals(integrationKey))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("no alert source with this integration key"));
    ObjectNode out = Json.object();
    Json.put(out, "alertKey", alertKey);
    if (!source.active()) {
      out.put("responseCode", "ALERT_SOURCE_DISABLED");
    } else if ("ALERT".equals(type) && inMaintenance(source.id(), req.now())) {
      out.put("responseCode", "IN_MAINTENANCE");
    } else {
      EventOutcome outcome = ctx.alerts().onEvent(source, input, req.now());
      out.put("responseCode", outcome.responseCode());
      if (outcome.alert() != null) {
        out.put("alertUrl", "/api/alerts/" + outcome.alert().id());
      }
    }
    return ApiResponse.of(202, out).header("correlation-id", "evt-" + ctx.store().nextId("evt", 1));
  }

  private boolean inMaintenance(long sourceId, Instant now) {
    for (ObjectNode w : ctx.store().documents().of("maintenance-windows").values()) {
      Instant start = Instant.parse(Json.text(w, "start"));
      Instant end = Instant.parse(Json.text(w, "end"));
      if (!now.isBefore(start)
          && now.isBefore(end)
          && Json.refIds(w, "alertSources").contains(sourceId)) {
        return true;
      }
    }
    return false;
  }

  private static Priority priority(String raw) {
    if (raw == null) {
      return null;
    }
    if (!raw.equals("HIGH") && !raw.equals("LOW")) {
      throw ApiException.badRequest("Unsupported value for field 'priority': " + raw);
    }
    return Priority.valueOf(raw);
  }

  private static Integer severity(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 5) {
      throw ApiException.badRequest("field 'severity' must be an integer from 1 to 5");
    }
    return node.asInt();
  }

  private static List<String> comments(JsonNode body) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : body.path("comments")) {
      String content = Json.text(c, "content");
      if (content != null) {
        String creator = Json.text(c, "creator");
        out.add(creator == null ? content : creator + ": " + content);
      }
    }
    return out;
  }

  private static List<Link> links(JsonNode body) {
    List<Link> out = new ArrayList<>();
    for (JsonNode l : body.path("links")) {
      out.add(new Link(Json.text(l, "href"), Json.text(l, "text")));
    }
    return out;
  }

  private static List<Image> images(JsonNode body) {
    List<Image> out = new ArrayList<>();
    for (JsonNode i : body.path("images")) {
      out.add(new Image(Json.text(i, "src"), Json.text(i, "href"), Json.text(i, "alt")));
    }
    return out;
  }

  private ApiResponse deployment(ApiRequest req) {
    JsonNode body = req.json();
    String key = Json.text(body, "integrationKey");
    if (key == null) {
      key = Json.text(body, "apiKey");
    }
    if (key == null) {
      throw ApiException.badRequest("field 'integrationKey' is required");
    }
    Json.required(body, "summary");
    String integrationKey = key;
    ObjectNode pipeline =
        ctx.store().documents().of("deployment-pipelines").values().stream()
            .filter(p -> integrationKey.equals(Json.text(p, "integrationKey")))
            .findFirst()
            .orElseThrow(
                () -> ApiException.notFound("no deployment pipeline with this integration key"));
    ObjectNode stored = ((ObjectNode) body).deepCopy();
    stored.remove("integrationKey");
    stored.remove("apiKey");
    stored.put("pipelineId", Json.text(pipeline, "id"));
    stored.put("receivedAt", Json.ts(req.now()));
    String id = Long.toString(ctx.store().nextId("deployment-event", 1));
    ctx.store().documents().of("deployment-events").put(id, stored);
    return ApiResponse.empty(202);
  }

  private ApiResponse heartbeat(ApiRequest req) {
    String key = req.pathParam("key");
    for (Map.Entry<String, ObjectNode> e :
        ctx.store().documents().of("heartbeat-monitors").entrySet()) {
      if (key.equals(Json.text(e.getValue(), "integrationKey"))) {
        e.getValue().put("state", "HEALTHY");
        e.getValue().put("lastPingAt", Json.ts(req.now()));
        return ApiResponse.empty(202);
      }
    }
    throw ApiException.notFound("no heartbeat monitor with this key");
  }
}
