package org.ilertmcp.emulator.api;

import org.ilertmcp.emulator.domain.ActionResult;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.Image;
import org.ilertmcp.emulator.domain.Link;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.emulator.domain.Notification;
import org.ilertmcp.emulator.domain.Responder;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders alerts and their sub-resources in ilert's shapes. */
final class AlertViews {
  private final Context ctx;

  AlertViews(Context ctx) {
    this.ctx = ctx;
  }

  /** An {@code Alert}; includes: escalationRules, nextEscalationUser, customDetails. */
  ObjectNode alert(Alert a, User caller, boolean rules, boolean nextUser, boolean custom) {
    ObjectNode n = Json.object().put("id", a.id()).put("summary", a.summary());
    Json.put(n, "details", a.details());
    n.put("reportTime", Json.ts(a.reportTime()));
    Json.put(n, "resolvedOn", a.resolvedOn());
    n.put("status", a.status().name());
    var source = ctx.store().sources().get(a.sourceId());
    if (source != null) {
      n.set("alertSource", ctx.views().source(source, caller));
    }
    n.set("escalationPolicy", ctx.views().policy(a.policyId()));
    n.put("priority", a.priority().name());
    Json.put(n, "alertKey", a.alertKey());
    Json.put(n, "nextEscalation", a.nextEscalation());
    n.put("nextEscalationRuleIndex", Math.max(0, a.escalationLevel()));
    if (rules) {
      ArrayNode arr = n.putArray("escalationRules");
      EscalationPolicy p = ctx.store().policies().get(a.policyId());
      if (p != null) {
        p.rules().forEach(r -> arr.add(ctx.views().rule(r)));
      }
    }
    if (nextUser) {
      ctx.escalation()
          .nextEscalationUser(a)
          .ifPresent(u -> n.set("nextEscalationUser", ctx.views().user(u)));
    }
    ArrayNode images = n.putArray("images");
    for (Image i : a.images()) {
      ObjectNode img = Json.object();
      Json.put(img, "src", i.src());
      Json.put(img, "href", i.href());
      Json.put(img, "alt", i.alt());
      images.add(img);
    }
    ArrayNode links = n.putArray("links");
    for (Link l : a.links()) {
      ObjectNode link = Json.object();
      Json.put(link, "href", l.href());
      Json.put(link, "text", l.text());
      links.add(link);
    }
    ArrayNode responders = n.putArray("responders");
    a.responders().forEach(r -> responders.add(responder(r)));
    if (a.severity() != null) {
      n.put("severity", a.severity());
    }
    ObjectNode labels = n.putObject("labels");
    a.labels().forEach(labels::put);
    if (custom && a.customDetails() != null) {
      n.set("customDetails", Json.fromJava(a.customDetails()));
    }
    n.put("mergeState", "NONE");
    return n;
  }

  ObjectNode responder(Responder r) {
    ObjectNode n =
        Json.object().set("user", ctx.views().userRel(r.userId())).put("status", r.status());
    Json.put(n, "acceptedAt", r.acceptedAt());
    return n;
  }

  ObjectNode logEntry(LogEntry e, boolean vars) {
    ObjectNode n =
        Json.object()
            .put("id", e.id())
            .put("timestamp", Json.ts(e.timestamp()))
            .put("logEntryType", e.logEntryType())
            .put("text", e.text())
            .put("alertId", e.alertId());
    ArrayNode filters = n.putArray("filterTypes");
    e.filterTypes().forEach(filters::add);
    if (vars) {
      ObjectNode v = n.putObject("vars");
      e.vars().forEach(v::put);
    }
    return n;
  }

  ObjectNode notification(Notification x) {
    ObjectNode n =
        Json.object()
            .put("id", x.id())
            .put("method", x.method())
            .put("target", x.target())
            .put("subject", x.subject())
            .put("alertId", x.alertId());
    ObjectNode user = n.putObject("user").put("id", x.userId());
    ctx.store()
        .user(x.userId())
        .ifPresent(u -> user.put("firstname", u.firstName()).put("lastname", u.lastName()));
    n.put("notificationTime", Json.ts(x.notificationTime())).put("status", x.status());
    Json.put(n, "errorMessage", x.errorMessage());
    return n;
  }

  ObjectNode actionResult(ActionResult r) {
    ObjectNode n =
        Json.object()
            .put("id", r.id())
            .put("alertActionId", r.alertActionId())
            .put("alertId", r.alertId())
            .put("success", r.success());
    Json.put(n, "connectorId", r.connectorId());
    n.set("actor", ctx.views().user(r.actorUserId()));
    return n;
  }
}
