package org.ilertmcp.server.tools.alerts;

import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.alerts.SuggestedResponder;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_suggested_responders}: whom ilert suggests to involve in an alert. */
public final class GetSuggestedRespondersTool implements IlertTool {
  static final Param<String> GROUP =
      Param.choice(
          "group",
          "Only this group.",
          "SUGGESTED",
          "USER",
          "ESCALATION_POLICY",
          "ON_CALL_SCHEDULE");

  private static final Shape<SuggestedResponder> SUGGESTION =
      Shape.<SuggestedResponder>object()
          .string("group", SuggestedResponder::group)
          .integer("id", SuggestedResponder::id)
          .string("name", SuggestedResponder::name)
          .bool("disabled", SuggestedResponder::disabled)
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_suggested_responders", Toolset.ALERTS, AccessTier.READ)
        .title("Get suggested responders")
        .description(
            "Whom ilert suggests for an alert (SUGGESTED: handled similar alerts), plus users, policies, schedules; disabled ones cannot be picked. For add_alert_responder, assign_alert.")
        .input(Input.of(Params.ALERT_ID, GROUP).required(Params.ALERT_ID))
        .output(Schema.list("suggestions", SUGGESTION.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Optional<String> group = call.args().find(GROUP);
    List<SuggestedResponder> all = call.client().alerts().suggestedResponders(call.ctx(), id, "en");
    ObjectNode result = Json.object();
    result.set(
        "suggestions",
        SUGGESTION.views(
            all.stream()
                .filter(s -> group.map(g -> g.equalsIgnoreCase(s.group())).orElse(true))
                .toList()));
    return Output.list(result, "suggestions", call.maxResultTokens());
  }
}
