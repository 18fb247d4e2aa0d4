package org.ilertmcp.emulator.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.EscalationRule;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/on-calls}: who is on call per escalation policy level, computed from the
 * policies' users and the shifts of their schedules. Without from/until it answers "now".
 */
public final class OnCallsResource {
  private final Context ctx;

  /** The on-calls resource. */
  public OnCallsResource(Context ctx) {
    this.ctx = ctx;
  }

  /** Registers the route. */
  public void register(Router r) {
    r.get("/on-calls", Access.READ, this::list);
  }

  private record Level(long policyId, int level) {}

  private record Row(
      long userId, long policyId, Long scheduleId, Instant start, Instant end, int level) {}

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 250);
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    Instant now = req.now();
    boolean instant = from == null && until == null;
    from = from == null ? now : from;
    until = until == null ? (instant ? now : from) : until;
    if (!instant) {
      if (!until.isAfter(from)) {
        throw ApiException.badRequest("'until' must be after 'from'");
      }
      if (Duration.between(from, until).compareTo(Duration.ofDays(92)) > 0) {
        throw ApiException.badRequest("the span of 'from' to 'until' must not exceed 3 months");
      }
    }
    String tz = req.first("timezone");
    if (tz != null) {
      try {
        java.time.ZoneId.of(tz);
      } catch (java.time.DateTimeException e) {
        throw ApiException.badRequest("unknown timezone " + tz);
      }
    }
    List<Long> policies = req.longs("policies");
    List<Level> levels = policyLevels(req);
    List<Long> schedules = req.longs("schedules");
    List<Long> users = req.longs("users");
    List<Row> rows = new ArrayList<>();
    for (EscalationPolicy p : ctx.store().policies().values()) {
      if (!ctx.visibility().canSee(req.caller(), p.teamIds())) {
        continue;
      }
      if (!policies.isEmpty() && !policies.contains(p.id())) {
        continue;
      }
      for (int i = 0; i < p.rules().size(); i++) {
        int level = i;
        if (!levels.isEmpty()
            && levels.stream().noneMatch(l -> l.policyId() == p.id() && l.level() == level + 1)) {
          continue;
        }
        rows.addAll(rowsFor(p, level, from, until, instant));
      }
    }
    List<Row> filtered =
        rows.stream()
            .filter(
                r ->
                    schedules.isEmpty()
                        || (r.scheduleId() != null && schedules.contains(r.scheduleId())))
            .filter(r -> users.isEmpty() || users.contains(r.userId()))
            .sorted(
                Comparator.comparing(Row::policyId)
                    .thenComparing(Row::level)
                    .thenComparing(Row::start))
            .toList();
    return ApiResponse.ok(Json.array(paging.apply(filtered).stream().map(this::view).toList()));
  }

  private List<Row> rowsFor(
      EscalationPolicy p, int level, Instant from, Instant until, boolean instant) {
    EscalationRule rule = p.rules().get(level);
    List<Row> rows = new ArrayList<>();
    Instant end = instant ? from.plus(Duration.ofDays(1)) : until;
    for (Long userId : rule.userIds()) {
      rows.add(new Row(userId, p.id(), null, from, end, level + 1));
    }
    for (Long scheduleId : rule.scheduleIds()) {
      Schedule s = ctx.store().schedules().get(scheduleId);
      if (s == null) {
        continue;
      }
      List<Shift> shifts =
          instant
              ? ctx.onCall().shiftAt(s, from).map(List::of).orElse(List.of())
              : ctx.onCall().shifts(s, from, until, false);
      for (Shift sh : shifts) {
        rows.add(new Row(sh.userId(), p.id(), s.id(), sh.start(), sh.end(), level + 1));
      }
    }
    return rows;
  }

  /** {@code policy-levels} values are JSON objects {@code {"id": <policyId>, "level": <n>}}. */
  private static List<Level> policyLevels(ApiRequest req) {
    List<Level> out = new ArrayList<>();
    for (String raw : req.rawValues("policy-levels")) {
      JsonNode n = Json.parse(raw);
      Long id = Json.longValue(n, "id");
      Long level = Json.longValue(n, "level");
      if (id == null || level == null) {
        throw ApiException.badRequest("policy-levels must be {\"id\": <policyId>, \"level\": <n>}");
      }
      out.add(new Level(id, level.intValue()));
    }
    return out;
  }

  /**
   * One OnCall. The spec types user, escalationPolicy and schedule as the full objects, so they are
   * always expanded (the {@code expand} parameter is accepted and changes nothing).
   */
  private ObjectNode view(Row r) {
    ObjectNode n = Json.object();
    n.set("user", ctx.views().user(r.userId()));
    n.set("escalationPolicy", ctx.views().policy(r.policyId()));
    if (r.scheduleId() != null) {
      n.set("schedule", ctx.views().scheduleRel(r.scheduleId()));
    }
    n.put("start", Json.ts(r.start()))
        .put("end", Json.ts(r.end()))
        .put("escalationLevel", r.level());
    return n;
  }
}
