package org.ilertmcp.emulator.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** A day of week plus a wall-clock time, as used by schedule layer restrictions. */
public record TimeOfWeek(DayOfWeek dayOfWeek, LocalTime time) {

  /** Minutes since Monday 00:00, so restrictions can be compared as intervals on a week circle. */
  public int minuteOfWeek() {
    return (dayOfWeek.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
  }

  /** The minute of week of a local date-time. */
  public static int minuteOfWeek(LocalDateTime local) {
    return (local.getDayOfWeek().getValue() - 1) * 24 * 60
        + (int) ChronoUnit.MINUTES.between(LocalTime.MIDNIGHT, local.toLocalTime());
  }
}
