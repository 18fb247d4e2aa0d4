package org.ilertmcp.server.tools.oncall;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.escalation.EscalationPoliciesApi;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_escalation_policies}: the policies alerts escalate along. */
public final class ListEscalationPoliciesTool implements IlertTool {
  static final Param<Integer> LIMIT =
      Param.integer(
          "limit",
          "Default 50.",
          1,
          EscalationPoliciesApi.MAX_PAGE,
          EscalationPoliciesApi.MAX_PAGE);

  /** A policy in the list: id and name, routing key, teams and how many levels it has. */
  private static final Shape<EscalationPolicy> POLICY =
      Shape.<EscalationPolicy>object()
          .integer("id", EscalationPolicy::id)
          .string("name", EscalationPolicy::name)
          .string("routing_key", EscalationPolicy::routingKey)
          .unlisted()
          .list("teams", Views.REF, p -> Ref.teams(p.teams()))
          .unlisted()
          .integer("levels", p -> p.escalationRules() == null ? null : p.escalationRules().size())
          .unlisted()
          .required("id")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_escalation_policies", Toolset.ONCALL, AccessTier.READ)
        .title("List escalation policies")
        .description(
            "Escalation policies (who an alert pages, level by level) with routing key, teams, level count. For get_escalation_policy, who_is_on_call.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("escalation_policies", POLICY.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<EscalationPolicy> page =
        call.client().escalationPolicies().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("escalation_policies", POLICY.views(page));
    return Output.list(
        result,
        "escalation_policies",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), page.size() == limit));
  }
}
