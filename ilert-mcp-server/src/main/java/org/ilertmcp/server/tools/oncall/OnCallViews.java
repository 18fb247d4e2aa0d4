package org.ilertmcp.server.tools.oncall;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** Projections and lookups shared by the on-call tools: shifts in UTC and in a local zone. */
final class OnCallViews {
  /** How far around an instant shifts are read to find the one covering it. */
  static final Duration SHIFT_WINDOW = Duration.ofDays(8);

  private OnCallViews() {}

  /** A user reference: id and name. */
  static ObjectNode person(User u) {
    return u == null ? null : Views.ref(u.id(), Views.fullName(u.firstName(), u.lastName()));
  }

  /** The zone named {@code id}, or UTC when absent or unknown. */
  static ZoneId zone(String id) {
    try {
      return id == null ? ZoneOffset.UTC : ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** Puts {@code field} (UTC) and {@code field_local} (in {@code zone}) for an instant. */
  static void times(ObjectNode out, String field, Instant value, ZoneId zone) {
    if (value != null) {
      out.put(field, Times.iso(value));
      out.put(
          field + "_local",
          value.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime().toString());
    }
  }

  /** A shift: user, start and end in UTC and local time. */
  static ObjectNode shift(Shift s, ZoneId zone) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "user", person(s.user()));
    times(out, "start", s.start(), zone);
    times(out, "end", s.end(), zone);
    return out;
  }

  static ObjectNode shiftSchema() {
    return Schema.object("user", Schema.anyObject(), "start", Schema.str(), "end", Schema.str());
  }

  /** The shift of a schedule that covers {@code at}, if anyone is on call then. */
  static Optional<Shift> shiftAt(IlertCall call, long scheduleId, Instant at) {
    List<Shift> shifts =
        call.client()
            .schedules()
            .shifts(
                call.ctx(),
                scheduleId,
                new ShiftQuery(at.minus(SHIFT_WINDOW), at.plus(SHIFT_WINDOW), false));
    return shifts.stream().filter(s -> !s.start().isAfter(at) && s.end().isAfter(at)).findFirst();
  }

  /** Schedules and their shifts at an instant, each read once per tool call. */
  static final class Schedules {
    private final IlertCall call;
    private final Map<Long, Schedule> schedules = new HashMap<>();
    private final Map<String, Optional<Shift>> shifts = new HashMap<>();

    Schedules(IlertCall call) {
      this.call = call;
    }

    Schedule get(long id) {
      return schedules.computeIfAbsent(id, k -> call.lookups().schedule(call.ctx(), k));
    }

    Optional<Shift> shiftAt(long id, Instant at) {
      return shifts.computeIfAbsent(id + "@" + at, k -> OnCallViews.shiftAt(call, id, at));
    }
  }
}
