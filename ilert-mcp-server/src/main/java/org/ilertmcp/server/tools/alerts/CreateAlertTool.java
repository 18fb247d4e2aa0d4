package org.ilertmcp.server.tools.alerts;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.ManualAlert;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code create_alert}: raise a manual alert, which pages people like any other alert.
 *
 * <p>Tier RESPOND, not MANAGE: ilert lets the responder role raise manual alerts, and paging
 * someone by hand has the same reach as {@code assign_alert} or {@code add_alert_responder} — it
 * notifies people and changes no configuration, status page or customer-facing communication, which
 * is what MANAGE guards.
 */
public final class CreateAlertTool implements WriteTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Create alert")
        .description(
            "Raise a manual alert (a person paging on-call), escalated by the source's policy or"
                + " the given one; with responders, only they are notified. Not for monitoring"
                + " traffic.")
        .input(
            Schema.input()
                .string("summary", "One-line summary.")
                .string("alert_source", "Alert source id or name.")
                .string("details", "Details (markdown).")
                .enumeration("priority", "Default: the source's rule.", "HIGH", "LOW")
                .string("escalation_policy", "Escalation policy id or name.")
                .strings("responders", "Only notify these users (ids, e-mails, names).")
                .required("summary", "alert_source"))
        .output(Schema.object("alert", Views.alertSummarySchema()))
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
    String source = args.requireString("alert_source");
    long sourceId = call.names().alertSource(ctx, source);
    String policy =
        args.string("escalation_policy")
            .map(
                p ->
                    "escalation policy "
                        + Text.quote(p)
                        + " (id "
                        + call.names().escalationPolicy(ctx, p)
                        + ")")
            .orElse("the source's escalation policy");
    List<String> responders = args.strings("responders");
    responders.forEach(u -> call.names().user(ctx, u));
    Preview preview =
        Preview.of(
                "Raise a manual alert "
                    + Text.quote(args.requireString("summary"))
                    + " on alert source "
                    + Text.quote(source)
                    + " (id "
                    + sourceId
                    + "), priority "
                    + args.string("priority").orElse("by the source's rule")
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
    long source = call.names().alertSource(ctx, args.requireString("alert_source"));
    IdRef policy =
        args.string("escalation_policy")
            .map(p -> IdRef.of(call.names().escalationPolicy(ctx, p)))
            .orElse(null);
    List<ManualAlert.Responder> responders =
        args.strings("responders").stream()
            .map(u -> new ManualAlert.Responder(UserRel.of(call.names().user(ctx, u))))
            .toList();
    ManualAlert manual =
        new ManualAlert(
            args.requireString("summary"),
            args.string("details").orElse(null),
            IdRef.of(source),
            policy,
            args.string("priority").orElse(null),
            responders.isEmpty() ? null : responders,
            null,
            null);
    Alert alert = call.client().alerts().create(ctx, manual);
    ObjectNode result = Json.object();
    result.set("alert", Views.alertSummary(alert));
    return Output.of(result, call.maxResultTokens());
  }
}
