package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertsApi;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Names;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Views;

/** {@code assign_alert}: reassign an alert to a user, an escalation policy or a schedule. */
public final class AssignAlertTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("assign_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Assign alert")
        .description(
            "Reassign an open alert to one of: a user (replaces pending responders), an escalation policy (restarts at its first level), a schedule (whoever is on call now).")
        .input(
            Input.of(Params.ALERT_ID, Params.USER, Params.ESCALATION_POLICY, Params.SCHEDULE)
                .required(Params.ALERT_ID))
        .output(AlertViews.ALERT_RESULT.schema())
        .destructive(false)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    Args args = call.args();
    checkOneTarget(args);
    CallContext ctx = call.ctx();
    Alert alert = call.client().alerts().get(ctx, args.get(Params.ALERT_ID), List.of());
    String target;
    if (args.has(Params.USER)) {
      Names.Named user = call.names().namedUser(ctx, args.get(Params.USER));
      target = "user " + user.quoted() + ", replacing its pending responders";
    } else if (args.has(Params.ESCALATION_POLICY)) {
      Names.Named policy =
          call.names().namedEscalationPolicy(ctx, args.get(Params.ESCALATION_POLICY));
      target = "escalation policy " + policy.quoted() + ", restarting at its first level";
    } else {
      Names.Named schedule = call.names().namedSchedule(ctx, args.get(Params.SCHEDULE));
      target = "whoever is on call now in schedule " + schedule.quoted();
    }
    return Preview.of("Reassign " + Views.alertLabel(alert) + " to " + target + ".")
        .notifying(
            "the new responders, by their notification rules", args.has(Params.USER) ? 1 : null);
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    long id = args.get(Params.ALERT_ID);
    checkOneTarget(args);
    Alert alert = assign(call, id);
    return Output.of(AlertViews.ALERT_RESULT.view(alert), call.maxResultTokens());
  }

  private static void checkOneTarget(Args args) {
    int given =
        (args.has(Params.USER) ? 1 : 0)
            + (args.has(Params.ESCALATION_POLICY) ? 1 : 0)
            + (args.has(Params.SCHEDULE) ? 1 : 0);
    if (given != 1) {
      throw new ToolInputException(
          "Give exactly one of user, escalation_policy or schedule (got " + given + ").");
    }
  }

  private static Alert assign(IlertCall call, long id) {
    Args args = call.args();
    CallContext ctx = call.ctx();
    AlertsApi alerts = call.client().alerts();
    if (args.has(Params.USER)) {
      return alerts.assignToUser(ctx, id, call.names().user(ctx, args.get(Params.USER)));
    }
    if (args.has(Params.ESCALATION_POLICY)) {
      long policy = call.names().escalationPolicy(ctx, args.get(Params.ESCALATION_POLICY));
      return alerts.assignToPolicy(ctx, id, policy);
    }
    long schedule = call.names().schedule(ctx, args.get(Params.SCHEDULE));
    return alerts.assignToSchedule(ctx, id, schedule);
  }
}
