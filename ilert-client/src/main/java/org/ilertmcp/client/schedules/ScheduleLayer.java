package org.ilertmcp.client.schedules;

import java.util.List;
import org.ilertmcp.client.common.UserRel;
import tools.jackson.databind.JsonNode;

/**
 * A layer of a RECURRING schedule. Times without zone are read in the schedule's time zone, so they
 * are kept as strings.
 *
 * @param name layer name
 * @param startsOn start, e.g. {@code 2025-01-06T09:00}
 * @param endsOn end, or null
 * @param users the rotation's users in order
 * @param rotation ISO-8601 duration, e.g. {@code P7D}
 * @param restrictionType {@code TIMES_OF_WEEK}
 * @param restrictions restrictions as raw JSON ({@code [{from:{dayOfWeek,time},to:{...}}]})
 */
public record ScheduleLayer(
    String name,
    String startsOn,
    String endsOn,
    List<UserRel> users,
    String rotation,
    String restrictionType,
    JsonNode restrictions) {}
