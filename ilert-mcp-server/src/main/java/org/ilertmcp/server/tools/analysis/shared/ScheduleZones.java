package org.ilertmcp.server.tools.analysis.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A schedule's time zone and instants shown in it next to UTC. */
public final class ScheduleZones {
  private ScheduleZones() {}

  /** The zone named {@code id}; UTC when absent or unknown to this JVM. */
  public static ZoneId zone(String id) {
    if (id == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /**
   * @return {@code value} as an offset time in {@code zone} (millisecond precision), or null
   */
  public static String local(Instant value, ZoneId zone) {
    return value == null
        ? null
        : value.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime().toString();
  }
}
