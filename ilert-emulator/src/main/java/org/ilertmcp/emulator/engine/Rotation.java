package org.ilertmcp.emulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A layer's rotation length. Day-based rotations (P1D, P7D, P1W) hand over at the same wall-clock
 * time in the schedule's zone, so a 09:00 handover stays at 09:00 across DST; hour-based ones
 * (PT12H) are fixed durations.
 */
record Rotation(Period period, Duration duration) {

  /** Parses an ISO-8601 period or duration; throws IllegalArgumentException when invalid. */
  static Rotation parse(String iso) {
    try {
      if (iso.contains("T")) {
        Duration d = Duration.parse(iso);
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("rotation must be positive: " + iso);
        }
        return new Rotation(null, d);
      }
      Period p = Period.parse(iso);
      if (p.isNegative() || p.isZero()) {
        throw new IllegalArgumentException("rotation must be positive: " + iso);
      }
      return new Rotation(p, null);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid rotation '" + iso + "'", e);
    }
  }

  /** Approximate length, used only to size search windows. */
  Duration approximate() {
    return period != null
        ? Duration.ofDays(period.toTotalMonths() * 31 + period.getDays())
        : duration;
  }

  /** Start of rotation {@code n} of a layer that starts at {@code start} (wall time in zone). */
  Instant boundary(LocalDateTime start, ZoneId zone, long n) {
    if (period != null) {
      return start.plus(period.multipliedBy((int) n)).atZone(zone).toInstant();
    }
    return start.atZone(zone).toInstant().plus(duration.multipliedBy(n));
  }

  /** The index of the rotation that contains {@code at} (may be negative before the start). */
  long index(LocalDateTime start, ZoneId zone, Instant at) {
    Instant first = start.atZone(zone).toInstant();
    long guess = Math.floorDiv(Duration.between(first, at).toMinutes(), approximate().toMinutes());
    while (boundary(start, zone, guess).isAfter(at)) {
      guess--;
    }
    while (!boundary(start, zone, guess + 1).isAfter(at)) {
      guess++;
    }
    return guess;
  }
}
