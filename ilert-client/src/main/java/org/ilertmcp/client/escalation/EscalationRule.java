package org.ilertmcp.client.escalation;

import java.util.List;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.common.UserRel;

/**
 * One level of an escalation policy.
 *
 * @param escalationTimeout minutes before escalating to the next level
 * @param users users notified at this level
 * @param schedules schedules whose on-call user is notified
 * @param teams teams notified at this level
 */
public record EscalationRule(
    Integer escalationTimeout,
    List<UserRel> users,
    List<ScheduleRel> schedules,
    List<TeamRel> teams) {}
