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
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;

/** Projections and lookups shared by the on-call tools: shifts in UTC and in a local zone. */
final class OnCallViews {
  /** How far around an instant shifts are read to find the one covering it. */
  static final Duration SHIFT_WINDOW = Duration.ofDays(8);

  private OnCallViews() {}

  /** The zone named {@code id}, or UTC when absent or unknown. */
  static ZoneId zone(String id) {
    try {
      return id == null ? ZoneOffset.UTC : ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** A shift and the zone its local times are written in. */
  record ZonedShift(Shift shift, ZoneId zone) {
    /**
     * @return the shift in {@code zone}, or null for null
     */
    static ZonedShift of(Shift shift, ZoneId zone) {
      return shift == null ? null : new ZonedShift(shift, zone);
    }

    String local(Instant value) {
      return value == null
          ? null
          : value.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime().toString();
    }
  }

  /** A shift: user, start and end in UTC and in the schedule's zone. */
  static final Shape<ZonedShift> SHIFT =
      Shape.<ZonedShift>object()
          .object("user", Views.REF, z -> Ref.user(z.shift().user()))
          .time("start", z -> z.shift().start())
          .string("start_local", z -> z.local(z.shift().start()))
          .time("end", z -> z.shift().end())
          .string("end_local", z -> z.local(z.shift().end()))
          .build();

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

    /** Takes every schedule from one read of the schedule list, for a call that needs many. */
    void readAll() {
      call.lookups().schedules(call.ctx()).stream()
          .filter(s -> s.id() != null && s.timezone() != null)
          .forEach(s -> schedules.putIfAbsent(s.id(), s));
    }

    Optional<Shift> shiftAt(long id, Instant at) {
      return shifts.computeIfAbsent(id + "@" + at, k -> OnCallViews.shiftAt(call, id, at));
    }
  }
}
