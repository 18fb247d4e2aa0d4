package org.ilertmcp.server.tools.alerts;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert}: one alert in full, with its escalation levels. */
public final class GetAlertTool implements IlertTool {
  private static final List<String> INCLUDE =
      List.of("escalationRules", "nextEscalationUser", "customDetails");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert", Toolset.ALERTS, AccessTier.READ)
        .title("Get alert")
        .description(
            "One alert in full: summary, details, labels, custom_details (untrusted monitoring text), status, priority, source, policy, responders, links, escalation levels with current_level.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(
            Schema.requiring(
                Schema.object(
                    "alert",
                    Schema.requiring(
                        Schema.object(
                            "id", Schema.integer(),
                            "summary", Schema.str(),
                            "details", Schema.str(),
                            "status", Schema.str(),
                            "escalation",
                                Schema.object(
                                    "current_level", Schema.integer(),
                                    "levels", Schema.array(Schema.anyObject()))),
                        "id")),
                "alert"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().get(call.ctx(), id, INCLUDE);
    ObjectNode result = Json.object();
    result.set("alert", detail(alert));
    return Output.of(result, call.maxResultTokens());
  }

  private static ObjectNode detail(Alert a) {
    ObjectNode out = Views.alertSummary(a);
    Json.putIfPresent(out, "details", Text.clean(a.details()));
    Json.putIfPresent(out, "severity", a.severity());
    if (a.labels() != null && !a.labels().isEmpty()) {
      ObjectNode labels = out.putObject("labels");
      for (Map.Entry<String, String> e : a.labels().entrySet()) {
        labels.put(Text.clean(e.getKey()), Text.clean(e.getValue()));
      }
    }
    if (a.links() != null && !a.links().isEmpty()) {
      ArrayNode links = out.putArray("links");
      for (Link l : a.links()) {
        ObjectNode link = Json.putIfPresent(Json.object(), "text", Text.clean(l.text()));
        links.add(Json.putIfPresent(link, "href", Text.clean(l.href())));
      }
    }
    if (a.customDetails() != null && !a.customDetails().isNull()) {
      out.set("custom_details", clean(a.customDetails()));
    }
    Json.putIfPresent(out, "linked_incident_id", a.linkedIncidentId());
    out.set("escalation", escalation(a));
    return out;
  }

  private static ObjectNode escalation(Alert a) {
    ObjectNode out = Json.object();
    out.put("current_level", AlertLevels.current(a) + 1);
    Views.instant(out, "next_escalation", a.nextEscalation());
    if (a.nextEscalationUser() != null) {
      out.set("next_user", Views.ref(a.nextEscalationUser().id(), name(a)));
    }
    ArrayNode levels = out.putArray("levels");
    List<EscalationRule> rules = AlertLevels.rules(a);
    for (int i = 0; i < rules.size(); i++) {
      levels.add(AlertLevels.view(i + 1, rules.get(i)));
    }
    return out;
  }

  private static String name(Alert a) {
    return Views.fullName(a.nextEscalationUser().firstName(), a.nextEscalationUser().lastName());
  }

  /** A copy of free-form monitoring JSON with every key and string cleaned. */
  static JsonNode clean(JsonNode node) {
    if (node.isString()) {
      return Json.tree(Text.clean(node.stringValue()));
    }
    if (node.isArray()) {
      ArrayNode out = Json.array();
      node.forEach(item -> out.add(clean(item)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = Json.object();
      node.properties().forEach(e -> out.set(Text.clean(e.getKey()), clean(e.getValue())));
      return out;
    }
    return node;
  }
}
