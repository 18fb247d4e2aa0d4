package org.ilertmcp.emulator.api;

import org.ilertmcp.emulator.domain.AffectedService;
import org.ilertmcp.emulator.domain.Incident;
import org.ilertmcp.emulator.domain.IncidentUpdate;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders incidents in ilert's shapes. */
final class IncidentViews {
  private final Context ctx;

  IncidentViews(Context ctx) {
    this.ctx = ctx;
  }

  /** An incident; includes (subscribed, affectedTeams, history) only when {@code includes}. */
  ObjectNode incident(Incident i, ApiRequest req, boolean includes) {
    ObjectNode n =
        Json.object().put("id", i.id()).put("summary", i.summary()).put("status", i.status());
    Json.put(n, "message", i.message());
    n.put("sendNotification", i.sendNotification());
    n.put("createdAt", Json.ts(i.createdAt())).put("updatedAt", Json.ts(i.updatedAt()));
    ArrayNode affected = n.putArray("affectedServices");
    for (AffectedService a : i.affectedServices()) {
      affected.add(
          Json.object()
              .put("impact", a.impact())
              .set("service", ctx.views().service(a.serviceId())));
    }
    Json.put(n, "resolvedOn", i.resolvedOn());
    if (includes && req.includes("subscribed")) {
      n.put(
          "subscribed",
          i.privateSubscribers().stream()
              .anyMatch(s -> "USER".equals(s.type()) && s.id() == req.caller().id()));
    }
    if (includes && req.includes("affectedTeams")) {
      java.util.Set<Long> teams = new java.util.TreeSet<>();
      for (AffectedService a : i.affectedServices()) {
        var s = ctx.store().services().get(a.serviceId());
        if (s != null) {
          teams.addAll(s.teamIds());
        }
      }
      n.set("affectedTeams", ctx.views().teamRels(java.util.List.copyOf(teams)));
    }
    if (includes && req.includes("history")) {
      ArrayNode history = n.putArray("history");
      for (IncidentUpdate u : i.history()) {
        history.add(
            Json.object()
                .put("id", u.id())
                .put("content", u.content())
                .set("creator", ctx.views().userRel(u.creatorUserId()))
                .put("incidentStatus", u.incidentStatus())
                .put("sendNotification", u.sendNotification())
                .put("createdAt", Json.ts(u.createdAt())));
      }
    }
    return n;
  }
}
