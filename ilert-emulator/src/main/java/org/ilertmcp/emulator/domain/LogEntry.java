package org.ilertmcp.emulator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One entry of an alert's timeline. */
public record LogEntry(
    long id,
    long alertId,
    Instant timestamp,
    String logEntryType,
    String text,
    List<String> filterTypes,
    Map<String, String> vars) {

  public LogEntry {
    filterTypes = List.copyOf(filterTypes);
    vars = Map.copyOf(vars);
  }
}
