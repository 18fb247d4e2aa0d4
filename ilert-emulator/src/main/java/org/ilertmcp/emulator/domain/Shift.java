package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** A span during which {@code userId} is on call; {@code end} is exclusive. */
public record Shift(long userId, Instant start, Instant end) {

  /** Whether the instant lies in {@code [start, end)}. */
  public boolean covers(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}
