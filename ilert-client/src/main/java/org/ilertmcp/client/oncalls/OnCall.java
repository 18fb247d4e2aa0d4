package org.ilertmcp.client.oncalls;

import java.time.Instant;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.escalation.EscalationPolicy;

/**
 * Who is on call for a policy level during a time span.
 *
 * @param user the user
 * @param escalationPolicy the policy
 * @param schedule the schedule the shift comes from, or null
 * @param start start
 * @param end end
 * @param escalationLevel the level
 */
public record OnCall(
    User user,
    EscalationPolicy escalationPolicy,
    ScheduleRel schedule,
    Instant start,
    Instant end,
    Integer escalationLevel) {}
