package org.ilertmcp.client.schedules;

import java.util.List;
import org.ilertmcp.client.common.TeamRel;

/**
 * An on-call schedule.
 *
 * @param id schedule id
 * @param name name
 * @param timezone IANA time zone
 * @param type STATIC or RECURRING (open set)
 * @param scheduleLayers layers (RECURRING; with {@code include=scheduleLayers})
 * @param shifts shifts (STATIC; with {@code include=shifts})
 * @param showGaps whether gaps are shown
 * @param defaultShiftDuration ISO-8601 duration
 * @param currentShift the current shift (with {@code include=currentShift})
 * @param nextShift the next shift (with {@code include=nextShift})
 * @param teams owning teams
 */
public record Schedule(
    Long id,
    String name,
    String timezone,
    String type,
    List<ScheduleLayer> scheduleLayers,
    List<Shift> shifts,
    Boolean showGaps,
    String defaultShiftDuration,
    Shift currentShift,
    Shift nextShift,
    List<TeamRel> teams) {}
