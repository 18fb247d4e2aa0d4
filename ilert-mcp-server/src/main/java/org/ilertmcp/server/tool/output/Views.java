package org.ilertmcp.server.tool.output;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.Times;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Curated projections of ilert objects shared by several tools: snake_case keys, nulls dropped,
 * instants as ISO-8601 UTC, untrusted monitoring text cleaned. Integration keys are never shown.
 */
public final class Views {
  private Views() {}

  public static ObjectNode ref(Long id, String name) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", id);
    return Json.putIfPresent(out, "name", name);
  }

  public static ObjectNode user(User u) {
    ObjectNode out = ref(u.id(), fullName(u.firstName(), u.lastName()));
    Json.putIfPresent(out, "email", u.email());
    Json.putIfPresent(out, "timezone", u.timezone());
    return Json.putIfPresent(out, "role", u.role());
  }

  public static ObjectNode user(UserRel u) {
    return ref(u.id(), fullName(u.firstName(), u.lastName()));
  }

  public static String fullName(String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return name.isEmpty() ? null : name;
  }

  public static ObjectNode policy(EscalationPolicy p) {
    return p == null ? null : ref(p.id(), p.name());
  }

  public static ObjectNode source(AlertSource s) {
    return s == null ? null : ref(s.id(), s.name());
  }

  public static ArrayNode teams(List<TeamRel> teams) {
    ArrayNode out = Json.array();
    if (teams != null) {
      teams.forEach(t -> out.add(ref(t.id(), t.name())));
    }
    return out;
  }

  public static void instant(ObjectNode target, String field, Instant value) {
    Json.putIfPresent(target, field, Times.iso(value));
  }

  /** The list projection of an alert. {@code summary} is untrusted text from the source. */
  public static ObjectNode alertSummary(Alert a) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", a.id());
    Json.putIfPresent(out, "summary", Text.clean(a.summary()));
    Json.putIfPresent(out, "status", a.status());
    Json.putIfPresent(out, "priority", a.priority());
    Json.putIfPresent(out, "alert_source", source(a.alertSource()));
    Json.putIfPresent(out, "escalation_policy", policy(a.escalationPolicy()));
    Json.putIfPresent(out, "alert_key", Text.clean(a.alertKey()));
    instant(out, "report_time", a.reportTime());
    instant(out, "resolved_on", a.resolvedOn());
    if (a.responders() != null && !a.responders().isEmpty()) {
      ArrayNode responders = out.putArray("responders");
      for (AlertResponder r : a.responders()) {
        ObjectNode item = r.user() == null ? Json.object() : user(r.user());
        Json.putIfPresent(item, "status", r.status());
        responders.add(item);
      }
    }
    return out;
  }

  /** Output schema of {@link #alertSummary}: the key fields; the rest is documented by name. */
  public static ObjectNode alertSummarySchema() {
    return Schema.requiring(
        Schema.object(
            "id", Schema.integer(),
            "summary", Schema.str(),
            "status", Schema.str(),
            "priority", Schema.str()),
        "id");
  }

  public static ObjectNode refSchema() {
    return Schema.object("id", Schema.integer(), "name", Schema.str());
  }

  public static ObjectNode userSchema() {
    return Schema.object(
        "id", Schema.integer(),
        "name", Schema.str(),
        "email", Schema.str(),
        "timezone", Schema.str(),
        "role", Schema.str());
  }
}
