package org.ilertmcp.server.tools.oncall;

import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
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
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_escalation_policy}: a policy's levels with their users, schedules and timeouts. */
public final class GetEscalationPolicyTool implements IlertTool {
  static final Param<String> ESCALATION_POLICY =
      Params.ESCALATION_POLICY.describedAs("Id or name (list_escalation_policies).");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_escalation_policy", Toolset.ONCALL, AccessTier.READ)
        .title("Get escalation policy")
        .description(
            "One escalation policy: levels in order with users, schedules (paging whoever is on call), teams, minutes to the next level; repeat and routing key.")
        .input(Input.of(ESCALATION_POLICY).required(ESCALATION_POLICY))
        .output(
            Schema.requiring(
                Schema.object(
                    "escalation_policy",
                    Schema.object(
                        "id", Schema.integer(), "levels", Schema.array(Schema.anyObject()))),
                "escalation_policy"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().escalationPolicy(call.ctx(), call.args().get(ESCALATION_POLICY));
    EscalationPolicy p = call.client().escalationPolicies().get(call.ctx(), id);
    ObjectNode view = Views.ref(p.id(), p.name());
    Json.putIfPresent(view, "routing_key", p.routingKey());
    Json.putIfPresent(view, "delay_min", p.delayMin());
    Json.putIfPresent(view, "repeating", p.repeating());
    if (Boolean.TRUE.equals(p.repeating())) {
      Json.putIfPresent(view, "frequency", p.frequency());
    }
    if (p.teams() != null && !p.teams().isEmpty()) {
      view.set("teams", Views.teams(p.teams()));
    }
    ArrayNode levels = view.putArray("levels");
    if (p.escalationRules() != null) {
      for (EscalationRule r : p.escalationRules()) {
        levels.add(level(levels.size() + 1, r));
      }
    }
    ObjectNode result = Json.object();
    result.set("escalation_policy", view);
    return Output.of(result, call.maxResultTokens());
  }

  private static ObjectNode level(int n, EscalationRule r) {
    ObjectNode out = Json.object().put("level", n);
    Json.putIfPresent(out, "escalate_after_min", r.escalationTimeout());
    if (r.users() != null && !r.users().isEmpty()) {
      ArrayNode users = out.putArray("users");
      r.users().forEach(u -> users.add(Views.user(u)));
    }
    if (r.schedules() != null && !r.schedules().isEmpty()) {
      ArrayNode schedules = out.putArray("schedules");
      r.schedules().forEach(s -> schedules.add(Views.ref(s.id(), s.name())));
    }
    if (r.teams() != null && !r.teams().isEmpty()) {
      out.set("teams", Views.teams(r.teams()));
    }
    return out;
  }
}
