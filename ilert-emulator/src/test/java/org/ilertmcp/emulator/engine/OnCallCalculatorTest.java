package org.ilertmcp.emulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.ilertmcp.emulator.domain.Restriction;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.ScheduleLayer;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.domain.TimeOfWeek;
import org.junit.jupiter.api.Test;

/** Who is on call, computed from layers, rotations, restrictions and overrides. */
class OnCallCalculatorTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final OnCallCalculator calc = new OnCallCalculator();

  private static Schedule schedule(List<ScheduleLayer> layers, List<Shift> overrides) {
    return new Schedule(
        1, "s", BERLIN, "RECURRING", layers, List.of(), overrides, List.of(), false, null);
  }

  private static ScheduleLayer layer(
      String start, String rotation, List<Restriction> r, Long... users) {
    return new ScheduleLayer("l", LocalDateTime.parse(start), null, List.of(users), rotation, r);
  }

  private static Instant at(String isoUtc) {
    return Instant.parse(isoUtc);
  }

  @Test
  void weeklyRotationHandsOverOnMondayMorningInTheScheduleZone() {
    Schedule s =
        schedule(List.of(layer("2026-01-05T09:00", "P7D", List.of(), 1L, 2L, 3L)), List.of());
    // 2026-01-05 09:00 Berlin = 08:00Z; weeks: 1, 2, 3, 1, ...
    assertThat(calc.userAt(s, at("2026-01-05T08:00:00Z"), true)).contains(1L);
    assertThat(calc.userAt(s, at("2026-01-12T07:59:00Z"), true)).contains(1L);
    assertThat(calc.userAt(s, at("2026-01-12T08:00:00Z"), true)).contains(2L);
    assertThat(calc.userAt(s, at("2026-01-26T08:00:00Z"), true)).contains(1L);
    assertThat(calc.userAt(s, at("2026-01-05T07:59:00Z"), true)).isEmpty();
  }

  @Test
  void dailyHandoverStaysAtNineLocalAcrossTheDstChange() {
    Schedule s = schedule(List.of(layer("2026-03-20T09:00", "P1D", List.of(), 1L, 2L)), List.of());
    List<Shift> shifts =
        calc.shifts(s, at("2026-03-27T12:00:00Z"), at("2026-03-31T12:00:00Z"), false);
    // Berlin switches to CEST on 2026-03-29: handovers at 08:00Z before, 07:00Z after
    assertThat(shifts)
        .extracting(Shift::start)
        .containsExactly(
            at("2026-03-27T12:00:00Z"),
            at("2026-03-28T08:00:00Z"),
            at("2026-03-29T07:00:00Z"),
            at("2026-03-30T07:00:00Z"),
            at("2026-03-31T07:00:00Z"));
    assertThat(shifts.get(1).end()).isEqualTo(at("2026-03-29T07:00:00Z"));
  }

  @Test
  void restrictionsLimitALayerToItsWeeklyWindowsAndLowerLayersFillTheRest() {
    Restriction weekdays =
        new Restriction(
            new TimeOfWeek(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
            new TimeOfWeek(DayOfWeek.FRIDAY, LocalTime.of(17, 0)));
    Schedule s =
        schedule(
            List.of(
                layer("2026-01-05T00:00", "P7D", List.of(), 9L),
                layer("2026-01-05T09:00", "P7D", List.of(weekdays), 1L)),
            List.of());
    assertThat(calc.userAt(s, at("2026-01-07T12:00:00Z"), true)).contains(1L); // Wednesday
    assertThat(calc.userAt(s, at("2026-01-10T12:00:00Z"), true)).contains(9L); // Saturday
    assertThat(calc.userAt(s, at("2026-01-09T16:30:00Z"), true)).contains(9L); // Fri 17:30 Berlin
  }

  @Test
  void aWindowThatWrapsOverTheWeekendWorks() {
    Restriction weekend =
        new Restriction(
            new TimeOfWeek(DayOfWeek.FRIDAY, LocalTime.of(18, 0)),
            new TimeOfWeek(DayOfWeek.MONDAY, LocalTime.of(8, 0)));
    Schedule s =
        schedule(List.of(layer("2026-01-05T00:00", "P7D", List.of(weekend), 5L)), List.of());
    assertThat(calc.userAt(s, at("2026-01-11T12:00:00Z"), true)).contains(5L); // Sunday
    assertThat(calc.userAt(s, at("2026-01-12T06:59:00Z"), true)).contains(5L); // Mon 07:59
    assertThat(calc.userAt(s, at("2026-01-12T07:00:00Z"), true)).isEmpty(); // Mon 08:00
  }

  @Test
  void overridesWinAndCanBeExcluded() {
    Shift override = new Shift(7L, at("2026-01-06T10:00:00Z"), at("2026-01-06T14:00:00Z"));
    Schedule s =
        schedule(List.of(layer("2026-01-05T09:00", "P7D", List.of(), 1L)), List.of(override));
    assertThat(calc.userAt(s, at("2026-01-06T11:00:00Z"), true)).contains(7L);
    assertThat(calc.userAt(s, at("2026-01-06T11:00:00Z"), false)).contains(1L);
    List<Shift> shifts =
        calc.shifts(s, at("2026-01-06T00:00:00Z"), at("2026-01-07T00:00:00Z"), false);
    assertThat(shifts)
        .containsExactly(
            new Shift(1L, at("2026-01-06T00:00:00Z"), at("2026-01-06T10:00:00Z")),
            override,
            new Shift(1L, at("2026-01-06T14:00:00Z"), at("2026-01-07T00:00:00Z")));
    assertThat(calc.shifts(s, at("2026-01-06T00:00:00Z"), at("2026-01-07T00:00:00Z"), true))
        .containsExactly(new Shift(1L, at("2026-01-06T00:00:00Z"), at("2026-01-07T00:00:00Z")));
  }

  @Test
  void staticSchedulesUseTheirShiftsAndHaveGaps() {
    Shift one = new Shift(3L, at("2026-01-06T08:00:00Z"), at("2026-01-06T16:00:00Z"));
    Schedule s =
        new Schedule(
            2,
            "static",
            BERLIN,
            "STATIC",
            List.of(),
            List.of(one),
            List.of(),
            List.of(),
            true,
            null);
    assertThat(calc.userAt(s, at("2026-01-06T09:00:00Z"), true)).contains(3L);
    assertThat(calc.userAt(s, at("2026-01-06T17:00:00Z"), true)).isEmpty();
    assertThat(calc.shiftAt(s, at("2026-01-06T17:00:00Z"))).isEmpty();
  }
}
