package org.ilertmcp.server.tools.analysis.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.ilertmcp.server.tool.input.Times;
import tools.jackson.databind.node.ObjectNode;

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

  /** Puts {@code field} in UTC and {@code field_local} as an offset time in {@code zone}. */
  public static void put(ObjectNode out, String field, Instant value, ZoneId zone) {
    if (value != null) {
      out.put(field, Times.iso(value));
      out.put(
          field + "_local",
          value.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime().toString());
    }
  }
}
