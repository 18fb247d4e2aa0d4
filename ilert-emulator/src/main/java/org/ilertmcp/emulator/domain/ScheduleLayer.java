package org.ilertmcp.emulator.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A layer of a RECURRING schedule. {@code startsOn}/{@code endsOn} are wall-clock times in the
 * schedule's zone; {@code rotation} is an ISO-8601 duration (P7D, P1D, PT12H).
 */
public record ScheduleLayer(
    String name,
    LocalDateTime startsOn,
    LocalDateTime endsOn,
    List<Long> userIds,
    String rotation,
    List<Restriction> restrictions) {

  public ScheduleLayer {
    userIds = List.copyOf(userIds);
    restrictions = List.copyOf(restrictions);
  }
}
