package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ilertmcp.client.alerts.LogEntry;
import org.ilertmcp.server.tool.output.Shape;

/**
 * A condensed alert timeline: oldest first, runs of entries of the same type merged into one with a
 * count, and only the start and the latest part kept when it is long.
 */
final class Timeline {
  /** Condensed entries kept from the start. */
  static final int HEAD = 5;

  /** Condensed entries kept from the end. */
  static final int TAIL = 20;

  private Timeline() {}

  /** A run of entries of one type: the first one's time and text, how many, the last time. */
  record Run(Instant at, String type, String text, int count, Instant lastAt) {
    Run and(LogEntry e) {
      return new Run(at, type, text, count + 1, e.timestamp() == null ? lastAt : e.timestamp());
    }
  }

  /** The condensed timeline: kept runs, how many were skipped, counts by type, entries read. */
  record Condensed(
      List<Run> entries, int skippedMiddle, Map<String, Integer> byType, int read, long alertId) {}

  private static final Shape<Run> RUN =
      Shape.<Run>object()
          .time("at", Run::at)
          .string("type", Run::type)
          .text("text", Run::text)
          .integer("count", r -> r.count() > 1 ? r.count() : null)
          .time("last_at", Run::lastAt)
          .build();

  static final Shape<Condensed> CONDENSED =
      Shape.<Condensed>object()
          .list("entries", RUN, Condensed::entries)
          .keepEmpty()
          .integer("skipped_middle", c -> c.skippedMiddle() > 0 ? c.skippedMiddle() : null)
          .counts("by_type", Condensed::byType)
          .integer("read", Condensed::read)
          .string("source", c -> "get_alert_timeline alert_id=" + c.alertId())
          .build();

  static Condensed condense(List<LogEntry> entries, long alertId) {
    List<LogEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(
            LogEntry::timestamp, Comparator.nullsFirst(Comparator.naturalOrder())));
    List<Run> runs = new ArrayList<>();
    Map<String, Integer> byType = new TreeMap<>();
    String previousType = null;
    for (LogEntry e : sorted) {
      String type = e.logEntryType() == null ? "Unknown" : e.logEntryType();
      byType.merge(type, 1, Integer::sum);
      if (type.equals(previousType)) {
        runs.set(runs.size() - 1, runs.get(runs.size() - 1).and(e));
      } else {
        runs.add(new Run(e.timestamp(), type, e.text(), 1, null));
      }
      previousType = type;
    }
    int skipped = Math.max(0, runs.size() - HEAD - TAIL);
    List<Run> kept = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (skipped == 0 || i < HEAD || i >= runs.size() - TAIL) {
        kept.add(runs.get(i));
      }
    }
    return new Condensed(kept, skipped, byType, entries.size(), alertId);
  }
}
