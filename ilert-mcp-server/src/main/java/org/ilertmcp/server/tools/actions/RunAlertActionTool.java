package org.ilertmcp.server.tools.actions;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertActionResult;
import org.ilertmcp.client.alerts.AlertActionTrigger;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;

/** {@code run_alert_action}: run a manual alert action; it reaches a third party, no undo. */
public final class RunAlertActionTool implements WriteTool {
  static final Param<String> ACTION =
      Param.text("action", "Action id or name (list_alert_actions).");

  /** An action run on an alert and whether it succeeded. */
  private record Ran(long alertId, AlertActionTrigger action, boolean success, String resultId) {}

  private static final Shape<Ran> RESULT =
      Shape.<Ran>object()
          .integer("alert_id", Ran::alertId)
          .object("action", ListAlertActionsTool.ACTION, Ran::action)
          .bool("success", Ran::success)
          .string("result_id", Ran::resultId)
          .string(
              "note",
              r ->
                  r.success()
                      ? null
                      : "ilert ran the action but it failed; get_alert_timeline shows the reason.")
          .unlisted()
          .required("alert_id", "success")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("run_alert_action", Toolset.ACTIONS, AccessTier.RESPOND)
        .title("Run alert action")
        .description(
            "Run an alert action on an alert: fires its webhook, ticket or chat message; cannot be undone. Returns success; get_alert_timeline explains failures.")
        .input(Input.of(Params.ALERT_ID, ACTION).required(Params.ALERT_ID, ACTION))
        .output(RESULT.schema())
        .destructive(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    Alert alert = call.client().alerts().get(call.ctx(), id, List.of());
    AlertActionTrigger action =
        find(call.client().alerts().actions(call.ctx(), id), call.args().get(ACTION));
    return Preview.of(
            "Run alert action "
                + Text.quote(action.name())
                + " ("
                + action.type()
                + ") on "
                + Views.alertLabel(alert)
                + ".")
        .notifying(
            "whoever the " + action.type() + " action reaches (ticket, chat or webhook)", null)
        .irreversible("the action's effect in the other system cannot be undone from ilert.");
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    String wanted = call.args().get(ACTION);
    List<AlertActionTrigger> actions = call.client().alerts().actions(call.ctx(), id);
    AlertActionTrigger action = find(actions, wanted);
    AlertActionResult run = call.client().alerts().runAction(call.ctx(), id, action);
    boolean success = Boolean.TRUE.equals(run.success());
    return Output.of(RESULT.view(new Ran(id, action, success, run.id())), call.maxResultTokens());
  }

  private static AlertActionTrigger find(List<AlertActionTrigger> actions, String wanted) {
    String lower = wanted.toLowerCase(Locale.ROOT);
    List<AlertActionTrigger> matches =
        actions.stream()
            .filter(a -> wanted.equals(a.alertActionId()))
            .findFirst()
            .map(List::of)
            .orElseGet(
                () ->
                    actions.stream()
                        .filter(
                            a ->
                                a.name() != null && a.name().toLowerCase(Locale.ROOT).equals(lower))
                        .toList());
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String available =
        actions.stream()
            .map(a -> a.name() + " (" + a.alertActionId() + ")")
            .collect(Collectors.joining(", "));
    throw new ToolInputException(
        (matches.isEmpty() ? "No alert action '" : "Several alert actions are named '")
            + wanted
            + "' for this alert; available: "
            + (available.isEmpty() ? "none" : available)
            + ".");
  }
}
