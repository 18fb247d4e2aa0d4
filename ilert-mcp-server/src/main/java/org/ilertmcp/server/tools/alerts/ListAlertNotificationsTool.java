package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.alerts.Notification;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code list_alert_notifications}: who was notified about an alert, how, and whether it worked.
 */
public final class ListAlertNotificationsTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alert_notifications", Toolset.ALERTS, AccessTier.READ)
        .title("List alert notifications")
        .description(
            "Who was paged for an alert and whether it reached them: user, method, target, time, status (SCHEDULED, SUCCESS, ERROR), error.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(
            Schema.list(
                "notifications",
                Schema.object(
                    "user", Schema.anyObject(),
                    "method", Schema.str(),
                    "time", Schema.str(),
                    "status", Schema.str())))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    List<Notification> notifications = call.client().alerts().notifications(call.ctx(), id);
    ObjectNode result = Json.object();
    ArrayNode items = result.putArray("notifications");
    notifications.forEach(n -> items.add(view(n)));
    return Output.list(result, "notifications", call.maxResultTokens());
  }

  private static ObjectNode view(Notification n) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", n.id());
    Json.putIfPresent(out, "user", user(n.user()));
    Json.putIfPresent(out, "method", n.method());
    Json.putIfPresent(out, "target", n.target());
    Json.putIfPresent(out, "time", Times.iso(n.notificationTime()));
    Json.putIfPresent(out, "status", n.status());
    return Json.putIfPresent(out, "error", Text.clean(n.errorMessage()));
  }

  /** ilert spells the name fields {@code firstname} in the spec and {@code firstName} elsewhere. */
  private static ObjectNode user(JsonNode user) {
    if (user == null || !user.isObject()) {
      return null;
    }
    Long id = user.path("id").isNumber() ? user.path("id").asLong() : null;
    return Views.ref(
        id,
        Views.fullName(text(user, "firstName", "firstname"), text(user, "lastName", "lastname")));
  }

  private static String text(JsonNode node, String camel, String lower) {
    JsonNode v = node.has(camel) ? node.get(camel) : node.get(lower);
    return v == null || v.isNull() ? null : v.asString();
  }
}
