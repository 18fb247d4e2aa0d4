package org.ilertmcp.server.tools.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.client.schedules.ShiftQuery;
import org.ilertmcp.server.testing.Sandbox;

/**
 * Reads the emulator's own answers directly (admin key, no MCP server in between), so tests can
 * compare a tool's result with the emulator's state. Also times relative to the demo's weeks.
 */
final class Emulated {
  static final long PLATFORM_WEEKLY = 301;
  static final long MOBILE_ONCALL = 303;
  static final long SECURITY_WEEKDAYS = 304;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private final IlertClient client;

  Emulated(Sandbox sandbox) {
    this.client =
        IlertClient.builder()
            .baseUrl(sandbox.emulator().baseUrl())
            .requestsPerMinute(0)
            .retry(Sandbox.RETRY_WITHOUT_WAITING)
            .build();
  }

  private static CallContext admin() {
    return CallContext.bearer(Sandbox.ADMIN);
  }

  /** Who the emulator says is on call in a schedule right now. */
  Optional<Long> onCallNow(long scheduleId) {
    return client.schedules().userOnCall(admin(), scheduleId).map(s -> s.user().id());
  }

  /** Who the emulator says is on call in a schedule at {@code at}. */
  Optional<Long> onCallAt(long scheduleId, Instant at) {
    return client
        .schedules()
        .shifts(admin(), scheduleId, new ShiftQuery(at, at.plusSeconds(60), false))
        .stream()
        .findFirst()
        .map(s -> s.user().id());
  }

  /** Creates a STATIC schedule with these shifts for user {@code userId}; returns its id. */
  long createStatic(String name, long userId, List<Instant> starts, Duration length) {
    List<Shift> shifts =
        starts.stream().map(s -> new Shift(userRef(userId), s, s.plus(length))).toList();
    Schedule created =
        client
            .schedules()
            .create(
                admin(),
                new Schedule(
                    null,
                    name,
                    "Europe/Berlin",
                    "STATIC",
                    null,
                    shifts,
                    false,
                    null,
                    null,
                    null,
                    null),
                null);
    return created.id();
  }

  private static User userRef(long id) {
    return new User(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  List<Shift> overrides(long scheduleId) {
    return client.schedules().overrides(admin(), scheduleId);
  }

  /** The next {@code day} at {@code time} in {@code zone}, at least a day from now. */
  static Instant next(DayOfWeek day, LocalTime time, ZoneId zone) {
    return ZonedDateTime.now(zone)
        .plusDays(1)
        .with(TemporalAdjusters.nextOrSame(day))
        .with(time)
        .toInstant();
  }
}
