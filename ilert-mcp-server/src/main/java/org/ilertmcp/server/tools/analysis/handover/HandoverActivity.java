package org.ilertmcp.server.tools.analysis.handover;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tools.analysis.handover.HandoverViews.ScheduleShift;

/**
 * What happened in a handover window, read concurrently: alerts raised on the policies in scope,
 * alerts of those policies still open now, incidents created or updated in the window, and
 * overrides of the schedules in scope that overlap it. Lists are capped; a reached cap is recorded
 * as missing so the result says it is incomplete.
 *
 * @param alerts alerts raised in the window, newest first
 * @param open alerts still PENDING or ACCEPTED, whenever raised, newest first
 * @param incidents incidents created before the window's end and last updated after its start
 * @param overrides overrides overlapping the window
 */
record HandoverActivity(
    List<Alert> alerts, List<Alert> open, List<Incident> incidents, List<ScheduleShift> overrides) {
  static final int MAX_ALERTS = 200;
  static final int MAX_OPEN = 100;
  static final int MAX_INCIDENTS = 100;

  static HandoverActivity read(
      IlertCall call,
      FanOut fan,
      Instant from,
      Instant until,
      List<Long> policyIds,
      List<Schedule> schedules) {
    FanOut.Part<List<Alert>> raised =
        alerts(
            call,
            fan,
            "alerts",
            AlertQuery.all().withPolicies(policyIds).between(from, until),
            MAX_ALERTS);
    FanOut.Part<List<Alert>> open =
        alerts(
            call,
            fan,
            "open_alerts",
            AlertQuery.inStates("PENDING", "ACCEPTED").withPolicies(policyIds),
            MAX_OPEN);
    FanOut.Part<List<Incident>> incidents =
        fan.add(
            "incidents",
            () ->
                call.client()
                    .incidents()
                    .listAll(call.ctx(), IncidentQuery.all().between(null, until), MAX_INCIDENTS));
    Map<Schedule, FanOut.Part<List<Shift>>> overrides = new LinkedHashMap<>();
    for (Schedule s : schedules) {
      overrides.put(
          s,
          fan.add(
              "overrides of schedule " + s.id(),
              () -> call.client().schedules().overrides(call.ctx(), s.id())));
    }
    fan.await();
    List<Incident> read = incidents.orElse(List.of());
    if (read.size() >= MAX_INCIDENTS) {
      fan.markMissing(
          "incidents", "only the newest " + MAX_INCIDENTS + " incidents before until were read");
    }
    return new HandoverActivity(
        capped(fan, "alerts", raised, MAX_ALERTS, "narrow from/until"),
        capped(fan, "open_alerts", open, MAX_OPEN, "list_alerts with states lists them all"),
        read.stream().filter(i -> touches(i, from, until)).toList(),
        overrides.entrySet().stream()
            .flatMap(
                e ->
                    e.getValue().orElse(List.of()).stream()
                        .filter(o -> o.start().isBefore(until) && o.end().isAfter(from))
                        .map(o -> new ScheduleShift(e.getKey(), o)))
            .toList());
  }

  /** Reads one more than the cap, so a reached cap can be told from an exact fit. */
  private static FanOut.Part<List<Alert>> alerts(
      IlertCall call, FanOut fan, String section, AlertQuery query, int cap) {
    if (query.policies().isEmpty()) {
      return null;
    }
    return fan.add(section, () -> call.client().alerts().listAll(call.ctx(), query, cap + 1));
  }

  private static List<Alert> capped(
      FanOut fan, String section, FanOut.Part<List<Alert>> part, int cap, String remedy) {
    if (part == null) {
      return List.of();
    }
    List<Alert> all = part.orElse(List.of());
    if (all.size() > cap) {
      fan.markMissing(
          section,
          "more than "
              + cap
              + " alerts; only the newest "
              + cap
              + " are listed and counted; "
              + remedy);
      return all.subList(0, cap);
    }
    return all;
  }

  private static boolean touches(Incident i, Instant from, Instant until) {
    Instant created = i.createdAt();
    Instant updated = i.updatedAt() == null ? created : i.updatedAt();
    return created != null && created.isBefore(until) && !updated.isBefore(from);
  }
}
