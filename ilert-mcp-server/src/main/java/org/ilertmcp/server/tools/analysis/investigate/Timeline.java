package org.ilertmcp.server.tools.analysis.investigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ilertmcp.client.alerts.LogEntry;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

  static ObjectNode condense(List<LogEntry> entries, long alertId) {
    List<LogEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(
            LogEntry::timestamp, Comparator.nullsFirst(Comparator.naturalOrder())));
    List<ObjectNode> runs = new ArrayList<>();
    Map<String, Integer> byType = new TreeMap<>();
    String previousType = null;
    for (LogEntry e : sorted) {
      String type = e.logEntryType() == null ? "Unknown" : e.logEntryType();
      byType.merge(type, 1, Integer::sum);
      if (type.equals(previousType)) {
        ObjectNode last = runs.get(runs.size() - 1);
        last.put("count", last.path("count").asInt(1) + 1);
        Views.instant(last, "last_at", e.timestamp());
      } else {
        ObjectNode run = Json.object();
        Views.instant(run, "at", e.timestamp());
        run.put("type", type);
        Json.putIfPresent(run, "text", Text.clean(e.text()));
        runs.add(run);
      }
      previousType = type;
    }
    ObjectNode out = Json.object();
    ArrayNode kept = out.putArray("entries");
    int skipped = Math.max(0, runs.size() - HEAD - TAIL);
    for (int i = 0; i < runs.size(); i++) {
      if (skipped == 0 || i < HEAD || i >= runs.size() - TAIL) {
        kept.add(runs.get(i));
      }
    }
    if (skipped > 0) {
      out.put("skipped_middle", skipped);
    }
    ObjectNode counts = out.putObject("by_type");
    byType.forEach(counts::put);
    out.put("read", entries.size());
    out.put("source", "get_alert_timeline alert_id=" + alertId);
    return out;
  }
}
