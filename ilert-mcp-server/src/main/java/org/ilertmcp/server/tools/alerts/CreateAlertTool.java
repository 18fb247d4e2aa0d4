package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.ManualAlert;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.UserRel;
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
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Text;

/**
 * {@code create_alert}: raise a manual alert, which pages people like any other alert.
 *
 * <p>Tier RESPOND, not MANAGE: ilert lets the responder role raise manual alerts, and paging
 * someone by hand has the same reach as {@code assign_alert} or {@code add_alert_responder} — it
 * notifies people and changes no configuration, status page or customer-facing communication, which
 * is what MANAGE guards.
 */
public final class CreateAlertTool implements WriteTool {
  static final Param<String> SUMMARY = Param.text("summary", "One-line summary.");

  static final Param<String> DETAILS = Param.text("details", "Details (markdown).");

  static final Param<String> PRIORITY = Params.PRIORITY.describedAs("Default: the source's rule.");

  static final Param<List<String>> RESPONDERS =
      Param.refs("responders", "Only notify these users (ids, e-mails, names).");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Create alert")
        .description(
            "Raise a manual alert (a person paging on-call), escalated by the source's policy or"
                + " the given one; with responders, only they are notified. Not for monitoring"
                + " traffic.")
        .input(
            Input.of(
                    SUMMARY,
                    Params.ALERT_SOURCE,
                    DETAILS,
                    PRIORITY,
                    Params.ESCALATION_POLICY,
                    RESPONDERS)
                .required(SUMMARY, Params.ALERT_SOURCE))
        .output(AlertViews.ALERT_RESULT.schema())
        .write(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    Args args = call.args();
    CallContext ctx = call.ctx();
    Names.Named source = call.names().namedAlertSource(ctx, args.get(Params.ALERT_SOURCE));
    String policy =
        args.find(Params.ESCALATION_POLICY)
            .map(p -> call.names().namedEscalationPolicy(ctx, p))
            .map(p -> "escalation policy " + p.quoted())
            .orElse("the source's escalation policy");
    List<String> responders = args.get(RESPONDERS);
    responders.forEach(u -> call.names().user(ctx, u));
    Preview preview =
        Preview.of(
                "Raise a manual alert "
                    + Text.quote(args.get(SUMMARY))
                    + " on alert source "
                    + source.quoted()
                    + ", priority "
                    + args.find(PRIORITY).orElse("by the source's rule")
                    + ", escalated by "
                    + policy
                    + ".")
            .irreversible("notifications already sent cannot be recalled.");
    return responders.isEmpty()
        ? preview.notifying("the on-call responders of " + policy + ", by their rules", null)
        : preview.notifying(
            "only the listed responders " + String.join(", ", responders), responders.size());
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    CallContext ctx = call.ctx();
    long source = call.names().alertSource(ctx, args.get(Params.ALERT_SOURCE));
    IdRef policy =
        args.find(Params.ESCALATION_POLICY)
            .map(p -> IdRef.of(call.names().escalationPolicy(ctx, p)))
            .orElse(null);
    List<ManualAlert.Responder> responders =
        args.get(RESPONDERS).stream()
            .map(u -> new ManualAlert.Responder(UserRel.of(call.names().user(ctx, u))))
            .toList();
    ManualAlert manual =
        new ManualAlert(
            args.get(SUMMARY),
            args.find(DETAILS).orElse(null),
            IdRef.of(source),
            policy,
            args.find(PRIORITY).orElse(null),
            responders.isEmpty() ? null : responders,
            null,
            null);
    Alert alert = call.client().alerts().create(ctx, manual);
    return Output.of(AlertViews.ALERT_RESULT.view(alert), call.maxResultTokens());
  }
}
