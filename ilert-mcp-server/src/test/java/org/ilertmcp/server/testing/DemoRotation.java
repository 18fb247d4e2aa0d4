package org.ilertmcp.server.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.IlertTool;
import tools.jackson.databind.JsonNode;

/**
 * Expected on-call answers computed from the demo organisation's schedule definitions (see
 * docs/emulator.md and DemoStructure), independently of the tools under test: a rotation layer
 * starts on the Monday nine weeks before "now"'s week and hands over every {@code days} days at the
 * same wall-clock time in its zone.
 */
public record DemoRotation(ZoneId zone, LocalTime handover, int days, List<Long> users) {
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  /** 301 Platform weekly: Berlin, P7D, Mondays 09:00. */
  public static final DemoRotation PLATFORM =
      new DemoRotation(BERLIN, LocalTime.of(9, 0), 7, List.of(1003L, 1006L, 1009L));

  /** 303 Mobile on-call (without its override): Los Angeles, P7D, Mondays 09:00. */
  public static final DemoRotation MOBILE =
      new DemoRotation(LOS_ANGELES, LocalTime.of(9, 0), 7, List.of(1005L, 1008L));

  /** 304 Security weekdays: Berlin, P1D at 09:00, only Monday 09:00 to Friday 18:00. */
  public static final DemoRotation SECURITY =
      new DemoRotation(BERLIN, LocalTime.of(9, 0), 1, List.of(1009L, 1011L));

  /**
   * The Monday after the next end of Berlin summer time, at {@code utc}. Tests pin their clock
   * there: the day-based handovers of that Monday are the first after the change. It lies in the
   * future because the client measures call deadlines on the system clock, so a fixed clock in the
   * past would leave every call without time.
   */
  public static Instant mondayAfterNextDstEnd(LocalTime utc) {
    Instant t = Instant.now();
    ZoneOffsetTransition change = BERLIN.getRules().nextTransition(t);
    while (!change.isOverlap()) {
      change = BERLIN.getRules().nextTransition(change.getInstant());
    }
    LocalDate sunday = change.getInstant().atZone(BERLIN).toLocalDate();
    return sunday
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .atTime(utc)
        .toInstant(ZoneOffset.UTC);
  }

  /** The layer's start, in wall-clock time of its zone. */
  LocalDateTime start(Instant now) {
    return LocalDateTime.ofInstant(now, zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(9)
        .atTime(handover);
  }

  /** Handover {@code n}: the start plus n rotations in wall-clock time. */
  public Instant boundary(Instant now, long n) {
    return start(now).plusDays(days * n).atZone(zone).toInstant();
  }

  /** The index of the rotation covering {@code at}: the last wall-clock handover at or before. */
  public long index(Instant now, Instant at) {
    long n = 0;
    while (!boundary(now, n + 1).isAfter(at)) {
      n++;
    }
    return n;
  }

  public long userAt(Instant now, Instant at) {
    return users.get((int) (index(now, at) % users.size()));
  }

  /** What a rotation of fixed 24·days hours (ignoring DST) would answer. */
  public long fixedDurationUserAt(Instant now, Instant at) {
    Instant first = start(now).atZone(zone).toInstant();
    long n = Duration.between(first, at).toHours() / (24L * days);
    return users.get((int) (n % users.size()));
  }

  /** Whether the Security restriction (Monday 09:00 to Friday 18:00, Berlin) covers {@code at}. */
  public static boolean securityWindowCovers(Instant at) {
    LocalDateTime t = LocalDateTime.ofInstant(at, BERLIN);
    int minute = (t.getDayOfWeek().getValue() - 1) * 1440 + t.getHour() * 60 + t.getMinute();
    return minute >= 9 * 60 && minute < 4 * 1440 + 18 * 60;
  }

  /** A client on the sandbox's emulator with the admin key, to read ilert's own answers. */
  public static IlertClient client(Sandbox sandbox) {
    return IlertClient.builder()
        .baseUrl(sandbox.emulator().baseUrl())
        .requestsPerMinute(0)
        .retry(RetrySettings.none())
        .build();
  }

  public static CallContext admin() {
    return CallContext.bearer(Sandbox.ADMIN);
  }

  /** tools/list cost of a tool: its definition as the server lists it, compact JSON bytes / 4. */
  public static int tokens(IlertTool tool) {
    return Json.writeBytes(ToolFixtures.adapter().adapt(tool).toJson()).length / 4;
  }

  public static List<Long> ids(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("id").asLong()));
    return out;
  }
}
