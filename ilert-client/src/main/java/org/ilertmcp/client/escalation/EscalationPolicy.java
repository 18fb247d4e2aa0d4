package org.ilertmcp.client.escalation;

import java.util.List;
import org.ilertmcp.client.common.TeamRel;

/**
 * An escalation policy.
 *
 * @param id policy id
 * @param name name
 * @param escalationRules the levels, in order
 * @param teams owning teams
 * @param repeating whether the policy repeats after the last level
 * @param frequency how often it repeats (1..9)
 * @param delayMin minutes before the first assignment
 * @param routingKey key matched against events' {@code routingKey}
 */
public record EscalationPolicy(
    Long id,
    String name,
    List<EscalationRule> escalationRules,
    List<TeamRel> teams,
    Boolean repeating,
    Integer frequency,
    Integer delayMin,
    String routingKey) {}
