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
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code list_alert_notifications}: who was notified about an alert, how, and whether it worked.
 */
public final class ListAlertNotificationsTool implements IlertTool {
  /** A notification: to whom, how, when, and whether it reached them. */
  private static final Shape<Notification> NOTIFICATION =
      Shape.<Notification>object()
          .integer("id", Notification::id)
          .unlisted()
          .object("user", Views.REF, n -> user(n.user()))
          .string("method", Notification::method)
          .string("target", Notification::target)
          .unlisted()
          .time("time", Notification::notificationTime)
          .string("status", Notification::status)
          .text("error", Notification::errorMessage)
          .unlisted()
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_alert_notifications", Toolset.ALERTS, AccessTier.READ)
        .title("List alert notifications")
        .description(
            "Who was paged for an alert and whether it reached them: user, method, target, time, status (SCHEDULED, SUCCESS, ERROR), error.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(Schema.list("notifications", NOTIFICATION.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    List<Notification> notifications = call.client().alerts().notifications(call.ctx(), id);
    ObjectNode result = Json.object();
    result.set("notifications", NOTIFICATION.views(notifications));
    return Output.list(result, "notifications", call.maxResultTokens());
  }

  /** ilert spells the name fields {@code firstname} in the spec and {@code firstName} elsewhere. */
  private static Views.Ref user(JsonNode user) {
    if (user == null || !user.isObject()) {
      return null;
    }
    Long id = user.path("id").isNumber() ? user.path("id").asLong() : null;
    return new Views.Ref(
        id,
        Views.fullName(text(user, "firstName", "firstname"), text(user, "lastName", "lastname")));
  }

  private static String text(JsonNode node, String camel, String lower) {
    JsonNode v = node.has(camel) ? node.get(camel) : node.get(lower);
    return v == null || v.isNull() ? null : v.asString();
  }
}
