package org.ilertmcp.emulator.domain;

/**
 * A weekly window in which a schedule layer is active. {@code to} before {@code from} wraps over
 * the end of the week (e.g. FRIDAY 18:00 to MONDAY 08:00).
 */
public record Restriction(TimeOfWeek from, TimeOfWeek to) {

  private static final int WEEK = 7 * 24 * 60;

  /** Whether a minute of week lies inside {@code [from, to)}. */
  public boolean contains(int minuteOfWeek) {
    int start = from.minuteOfWeek();
    int end = to.minuteOfWeek();
    if (start == end) {
      return true;
    }
    if (start < end) {
      return minuteOfWeek >= start && minuteOfWeek < end;
    }
    return minuteOfWeek >= start || minuteOfWeek < end;
  }

  /** Length of the week, in minutes (for callers walking restriction boundaries). */
  public static int weekMinutes() {
    return WEEK;
  }
}
