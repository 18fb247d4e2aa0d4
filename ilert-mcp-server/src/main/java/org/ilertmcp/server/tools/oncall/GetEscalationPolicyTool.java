package org.ilertmcp.server.tools.oncall;

import java.util.List;
import java.util.stream.IntStream;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;

/** {@code get_escalation_policy}: a policy's levels with their users, schedules and timeouts. */
public final class GetEscalationPolicyTool implements IlertTool {
  static final Param<String> ESCALATION_POLICY =
      Params.ESCALATION_POLICY.describedAs("Id or name (list_escalation_policies).");

  /** A level of a policy: its number, minutes to the next level, whom it pages. */
  private record Level(int level, EscalationRule rule) {}

  private static final Shape<Level> LEVEL =
      Shape.<Level>object()
          .integer("level", Level::level)
          .integer("escalate_after_min", l -> l.rule().escalationTimeout())
          .list(
              "users",
              Views.REF,
              l ->
                  l.rule().users() == null
                      ? null
                      : l.rule().users().stream().map(Ref::user).toList())
          .list(
              "schedules",
              Views.REF,
              l ->
                  l.rule().schedules() == null
                      ? null
                      : l.rule().schedules().stream().map(r -> new Ref(r.id(), r.name())).toList())
          .list("teams", Views.REF, l -> Ref.teams(l.rule().teams()))
          .build();

  /** A policy: routing, repeat, teams and its levels in order. */
  private static final Shape<EscalationPolicy> POLICY =
      Shape.<EscalationPolicy>object()
          .integer("id", EscalationPolicy::id)
          .string("name", EscalationPolicy::name)
          .string("routing_key", EscalationPolicy::routingKey)
          .integer("delay_min", EscalationPolicy::delayMin)
          .bool("repeating", EscalationPolicy::repeating)
          .integer("frequency", p -> Boolean.TRUE.equals(p.repeating()) ? p.frequency() : null)
          .list("teams", Views.REF, p -> Ref.teams(p.teams()))
          .list("levels", LEVEL, GetEscalationPolicyTool::levels)
          .keepEmpty()
          .build();

  private static final Shape<EscalationPolicy> RESULT =
      Shape.<EscalationPolicy>object()
          .object("escalation_policy", POLICY, p -> p)
          .required("escalation_policy")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_escalation_policy", Toolset.ONCALL, AccessTier.READ)
        .title("Get escalation policy")
        .description(
            "One escalation policy: levels in order with users, schedules (paging whoever is on call), teams, minutes to the next level; repeat and routing key.")
        .input(Input.of(ESCALATION_POLICY).required(ESCALATION_POLICY))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().escalationPolicy(call.ctx(), call.args().get(ESCALATION_POLICY));
    EscalationPolicy p = call.client().escalationPolicies().get(call.ctx(), id);
    return Output.of(RESULT.view(p), call.maxResultTokens());
  }

  private static List<Level> levels(EscalationPolicy p) {
    List<EscalationRule> rules = p.escalationRules() == null ? List.of() : p.escalationRules();
    return IntStream.range(0, rules.size()).mapToObj(i -> new Level(i + 1, rules.get(i))).toList();
  }
}
