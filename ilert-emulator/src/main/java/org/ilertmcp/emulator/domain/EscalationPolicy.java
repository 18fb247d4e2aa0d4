package org.ilertmcp.emulator.domain;

import java.util.ArrayList;
import java.util.List;

/** An escalation policy: ordered levels, optional repetition and routing key. */
public record EscalationPolicy(
    long id,
    String name,
    List<EscalationRule> rules,
    List<Long> teamIds,
    boolean repeating,
    int frequency,
    int delayMin,
    String routingKey) {

  public EscalationPolicy {
    rules = List.copyOf(rules);
    teamIds = List.copyOf(teamIds);
  }

  /** A copy with the rule at the 0-based {@code level} replaced. */
  public EscalationPolicy withRule(int level, EscalationRule rule) {
    List<EscalationRule> next = new ArrayList<>(rules);
    next.set(level, rule);
    return new EscalationPolicy(
        id, name, next, teamIds, repeating, frequency, delayMin, routingKey);
  }
}
