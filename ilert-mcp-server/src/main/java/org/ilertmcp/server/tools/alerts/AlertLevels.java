package org.ilertmcp.server.tools.alerts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An alert's escalation levels, shared by {@code get_alert} and {@code escalate_alert}. */
public final class AlertLevels {
  private AlertLevels() {}

  /** The levels of the alert's policy (needs {@code include=escalationRules}). */
  public static List<EscalationRule> rules(Alert alert) {
    return alert.escalationRules() == null ? List.of() : alert.escalationRules();
  }

  /**
   * The 0-based current level: ilert's {@code nextEscalationRuleIndex}, or a later level whose
   * users all respond already (ilert keeps the index when escalate_alert reassigned the alert).
   */
  public static int current(Alert alert) {
    int level = alert.nextEscalationRuleIndex() == null ? 0 : alert.nextEscalationRuleIndex();
    Set<Long> responders =
        alert.responders() == null
            ? Set.of()
            : alert.responders().stream()
                .filter(r -> r.user() != null)
                .map(r -> r.user().id())
                .collect(Collectors.toSet());
    List<EscalationRule> rules = rules(alert);
    for (int i = level + 1; i < rules.size(); i++) {
      List<UserRel> users = rules.get(i).users();
      if (users != null
          && !users.isEmpty()
          && users.stream().allMatch(u -> responders.contains(u.id()))) {
        level = i;
      }
    }
    return level;
  }

  /** One level: number (1-based), timeout, and its user, schedule and team targets. */
  static ObjectNode view(int number, EscalationRule rule) {
    ObjectNode out = Json.object().put("level", number);
    Json.putIfPresent(out, "timeout_minutes", rule.escalationTimeout());
    ArrayNode users = Json.array();
    if (rule.users() != null) {
      rule.users().forEach(u -> users.add(Views.user(u)));
    }
    ArrayNode schedules = Json.array();
    if (rule.schedules() != null) {
      rule.schedules().forEach(s -> schedules.add(Views.ref(s.id(), s.name())));
    }
    out.set("users", users);
    out.set("schedules", schedules);
    out.set("teams", Views.teams(rule.teams()));
    return out;
  }
}
