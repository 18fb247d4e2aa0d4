package org.ilertmcp.emulator.domain;

import java.util.List;

/** One level of an escalation policy; {@code escalationTimeout} is in minutes. */
public record EscalationRule(
    int escalationTimeout, List<Long> userIds, List<Long> scheduleIds, List<Long> teamIds) {

  public EscalationRule {
    userIds = List.copyOf(userIds);
    scheduleIds = List.copyOf(scheduleIds);
    teamIds = List.copyOf(teamIds);
  }
}
