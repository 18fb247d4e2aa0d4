package org.ilertmcp.emulator.domain;

import java.time.ZoneId;
import java.util.List;

/** An on-call schedule: RECURRING (layers) or STATIC (explicit shifts), plus overrides. */
public record Schedule(
    long id,
    String name,
    ZoneId zone,
    String type,
    List<ScheduleLayer> layers,
    List<Shift> staticShifts,
    List<Shift> overrides,
    List<Long> teamIds,
    boolean showGaps,
    String defaultShiftDuration) {

  public Schedule {
    layers = List.copyOf(layers);
    staticShifts = List.copyOf(staticShifts);
    overrides = List.copyOf(overrides);
    teamIds = List.copyOf(teamIds);
  }

  /** Whether this schedule is made of recurring layers. */
  public boolean recurring() {
    return "RECURRING".equals(type);
  }

  /** A copy with one more override shift. */
  public Schedule withOverride(Shift override) {
    List<Shift> next = new java.util.ArrayList<>(overrides);
    next.add(override);
    return new Schedule(
        id, name, zone, type, layers, staticShifts, next, teamIds, showGaps, defaultShiftDuration);
  }
}
