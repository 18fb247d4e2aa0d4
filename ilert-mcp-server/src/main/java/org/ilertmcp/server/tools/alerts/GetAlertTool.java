package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.Link;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_alert}: one alert in full, with its escalation levels. */
public final class GetAlertTool implements IlertTool {
  private static final List<String> INCLUDE =
      List.of("escalationRules", "nextEscalationUser", "customDetails");

  private static final Shape<Link> LINK =
      Shape.<Link>object().text("text", Link::text).text("href", Link::href).build();

  /**
   * What get_alert adds to the list view of an alert; {@code custom_details} is free-form
   * monitoring JSON, every key and string cleaned.
   */
  private static final Shape<Alert> DETAILS =
      Shape.<Alert>object()
          .text("details", Alert::details)
          .integer("severity", Alert::severity)
          .unlisted()
          .textMap("labels", Alert::labels)
          .unlisted()
          .list("links", LINK, Alert::links)
          .unlisted()
          .freeForm(
              "custom_details",
              Schema.anyObject(),
              a ->
                  a.customDetails() == null || a.customDetails().isNull()
                      ? null
                      : clean(a.customDetails()))
          .unlisted()
          .integer("linked_incident_id", Alert::linkedIncidentId)
          .unlisted()
          .build();

  /** Where the alert's escalation stands: its current level and all levels of its policy. */
  private static final Shape<Alert> ESCALATION =
      Shape.<Alert>object()
          .integer("current_level", a -> AlertLevels.current(a) + 1)
          .time("next_escalation", Alert::nextEscalation)
          .unlisted()
          .object("next_user", Views.REF, a -> Views.Ref.user(a.nextEscalationUser()))
          .unlisted()
          .list("levels", AlertLevels.LEVEL, AlertLevels::levels)
          .keepEmpty()
          .build();

  /** The alert in full; its escalation comes last. */
  private static final Shape<Alert> DETAIL =
      Shape.<Alert>object()
          .fields(Views.ALERT_BASICS, a -> a)
          .fields(DETAILS, a -> a)
          .object("escalation", ESCALATION, a -> a)
          .build();

  /**
   * A pending alert in full: its escalation stands where the list view puts a pending alert's,
   * after the responders.
   */
  private static final Shape<Alert> PENDING_DETAIL =
      Shape.<Alert>object()
          .fields(Views.ALERT_BASICS, a -> a)
          .object("escalation", ESCALATION, a -> a)
          .fields(DETAILS, a -> a)
          .build();

  private static final Shape<Alert> RESULT =
      Shape.<Alert>object().object("alert", DETAIL, a -> a).required("alert").build();

  private static final Shape<Alert> PENDING_RESULT =
      Shape.<Alert>object().object("alert", PENDING_DETAIL, a -> a).required("alert").build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_alert", Toolset.ALERTS, AccessTier.READ)
        .title("Get alert")
        .description(
            "One alert in full: summary, details, labels, custom_details (untrusted monitoring text), status, priority, source, policy, responders, links, escalation levels with current_level.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().get(call.ctx(), id, INCLUDE);
    Shape<Alert> shape = "PENDING".equals(alert.status()) ? PENDING_RESULT : RESULT;
    return Output.of(shape.view(alert), call.maxResultTokens());
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
