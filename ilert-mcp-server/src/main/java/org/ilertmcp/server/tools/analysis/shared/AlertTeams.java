package org.ilertmcp.server.tools.analysis.shared;

import java.util.List;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;

/**
 * The teams of an alert's source and escalation policy, read once per call and shared by the
 * sections that need them. An alert embeds its source and policy without teams, so each is read
 * unless the embedded object already lists them.
 */
public record AlertTeams(FanOut.Part<List<TeamRel>> source, FanOut.Part<List<TeamRel>> policy) {

  public static AlertTeams start(IlertCall call, FanOut reads, Alert alert) {
    AlertSource source = alert.alertSource();
    EscalationPolicy policy = alert.escalationPolicy();
    return new AlertTeams(
        reads.add("alert_source_teams", () -> sourceTeams(call, source)),
        reads.add("escalation_policy_teams", () -> policyTeams(call, policy)));
  }

  private static List<TeamRel> sourceTeams(IlertCall call, AlertSource source) {
    if (source == null || source.id() == null) {
      return List.of();
    }
    return source.teams() != null
        ? source.teams()
        : call.lookups().alertSource(call.ctx(), source.id()).teams();
  }

  private static List<TeamRel> policyTeams(IlertCall call, EscalationPolicy policy) {
    if (policy == null || policy.id() == null) {
      return List.of();
    }
    return policy.teams() != null
        ? policy.teams()
        : call.lookups().escalationPolicy(call.ctx(), policy.id()).teams();
  }
}
