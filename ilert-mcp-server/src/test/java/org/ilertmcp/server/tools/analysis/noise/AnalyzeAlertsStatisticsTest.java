package org.ilertmcp.server.tools.analysis.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Flap;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Load;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Response;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Sample;
import org.junit.jupiter.api.Test;

/** The pure statistics of analyze_alerts on small lists whose answers are known by hand. */
class AnalyzeAlertsStatisticsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant MONDAY_NOON_UTC = Instant.parse("2026-03-02T12:00:00Z");

  private static Sample alert(
      long id,
      long source,
      String key,
      Instant at,
      Long ackSeconds,
      Long resolveSeconds,
      Long... responders) {
    return new Sample(
        id,
        source,
        "source " + source,
        400 + source,
        "policy",
        "HIGH",
        key,
        at,
        ackSeconds == null ? null : at.plusSeconds(ackSeconds),
        resolveSeconds == null ? null : at.plusSeconds(resolveSeconds),
        List.of(responders));
  }

  @Test
  void nearestRankPercentilesOfTextbookLists() {
    List<Long> five = List.of(50L, 15L, 40L, 20L, 35L);
    assertThat(AlertStatistics.percentile(five, 5)).contains(15L);
    assertThat(AlertStatistics.percentile(five, 30)).contains(20L);
    assertThat(AlertStatistics.percentile(five, 40)).contains(20L);
    assertThat(AlertStatistics.percentile(five, 50)).contains(35L);
    assertThat(AlertStatistics.percentile(five, 90)).contains(50L);
    assertThat(AlertStatistics.percentile(five, 100)).contains(50L);
    List<Long> ten = List.of(3L, 6L, 7L, 8L, 8L, 10L, 13L, 15L, 16L, 20L);
    assertThat(AlertStatistics.percentile(ten, 25)).contains(7L);
    assertThat(AlertStatistics.percentile(ten, 50)).contains(8L);
    assertThat(AlertStatistics.percentile(ten, 75)).contains(15L);
    assertThat(AlertStatistics.percentile(ten, 90)).contains(16L);
    assertThat(AlertStatistics.percentile(ten, 100)).contains(20L);
    assertThat(AlertStatistics.spread(List.of(42L)))
        .isEqualTo(new AlertStatistics.Spread(1, 42, 42));
    assertThat(AlertStatistics.spread(List.of(1L, 2L)))
        .isEqualTo(new AlertStatistics.Spread(2, 1, 2));
  }

  @Test
  void emptyInputHasNoPercentilesAndZeroCounts() {
    assertThat(AlertStatistics.percentile(List.of(), 50)).isEmpty();
    assertThat(AlertStatistics.spread(List.of())).isNull();
    assertThat(AlertStatistics.response(List.of())).isEqualTo(new Response(0, 0, 0, null, null));
    assertThat(AlertStatistics.flapping(List.of(), 5, Duration.ofMinutes(15))).isEmpty();
    assertThat(AlertStatistics.afterHoursByPerson(List.of(), id -> BERLIN)).isEmpty();
    assertThat(AlertStatistics.byHour(List.of(), BERLIN)).containsOnly(0);
    assertThat(AlertStatistics.share(0, 0)).isZero();
  }

  @Test
  void responseCountsOnlyAcceptedAndResolvedAlerts() {
    List<Sample> alerts =
        List.of(
            alert(1, 1, "a", MONDAY_NOON_UTC, 60L, 600L),
            alert(2, 1, "a", MONDAY_NOON_UTC, null, 120L),
            alert(3, 1, "a", MONDAY_NOON_UTC, 300L, null),
            alert(4, 1, "a", MONDAY_NOON_UTC, null, null));
    Response r = AlertStatistics.response(alerts);
    assertThat(r.alerts()).isEqualTo(4);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.resolved()).isEqualTo(2);
    assertThat(r.mtta()).isEqualTo(new AlertStatistics.Spread(2, 60, 300));
    assertThat(r.mttr()).isEqualTo(new AlertStatistics.Spread(2, 120, 600));
    assertThat(alerts.get(1).autoResolved()).isTrue();
    assertThat(alerts.get(0).autoResolved()).isFalse();
    assertThat(alerts.get(3).autoResolved()).isFalse();
  }

  @Test
  void businessHoursAreMondayToFridayEightToSixLocal() {
    // 2026-03-06 is a Friday; Berlin is UTC+1 in March before the switch.
    assertThat(AlertStatistics.afterHours(Instant.parse("2026-03-06T16:59:00Z"), BERLIN)).isFalse();
    assertThat(AlertStatistics.afterHours(Instant.parse("2026-03-06T17:00:00Z"), BERLIN)).isTrue();
    assertThat(AlertStatistics.afterHours(Instant.parse("2026-03-02T06:59:00Z"), BERLIN)).isTrue();
    assertThat(AlertStatistics.afterHours(Instant.parse("2026-03-02T07:00:00Z"), BERLIN)).isFalse();
    assertThat(AlertStatistics.afterHours(Instant.parse("2026-03-07T11:00:00Z"), BERLIN)).isTrue();
    // Monday 12:00 UTC is 07:00 in New York: before business hours there, not in Berlin.
    assertThat(AlertStatistics.afterHours(MONDAY_NOON_UTC, ZoneId.of("America/New_York"))).isTrue();
    assertThat(AlertStatistics.afterHours(MONDAY_NOON_UTC, BERLIN)).isFalse();
  }

  @Test
  void afterHoursPagesAreCountedPerPersonInTheirZone() {
    Instant night = Instant.parse("2026-03-03T02:00:00Z");
    List<Sample> alerts =
        List.of(
            alert(1, 7, "k", MONDAY_NOON_UTC, null, null, 1L, 2L),
            alert(2, 7, "k", night, null, null, 1L, 1L),
            alert(3, 8, "j", night, null, null, 2L));
    Map<Long, ZoneId> zones = Map.of(1L, BERLIN, 2L, ZoneId.of("America/New_York"));
    List<Load> loads = AlertStatistics.afterHoursByPerson(alerts, zones::get);
    // User 2: Monday 07:00 and 21:00 the evening before in New York, both after hours.
    assertThat(loads)
        .containsExactly(new Load(2, 2, 2, Map.of(7L, 1, 8L, 1)), new Load(1, 2, 1, Map.of(7L, 1)));
  }

  @Test
  void flappingNeedsRepeatsAndAShortMedianTimeToResolve() {
    List<Sample> alerts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      alerts.add(
          alert(
              10 + i,
              5,
              i % 2 == 0 ? "Pod-Crash" : " pod-crash ",
              MONDAY_NOON_UTC.plusSeconds(i * 3600L),
              null,
              180L + i * 60));
    }
    alerts.add(alert(20, 5, "pod-crash", MONDAY_NOON_UTC, null, null));
    for (int i = 0; i < 4; i++) {
      alerts.add(alert(30 + i, 5, "rare", MONDAY_NOON_UTC, null, 60L));
    }
    for (int i = 0; i < 6; i++) {
      alerts.add(alert(40 + i, 6, "slow", MONDAY_NOON_UTC, 60L, 3600L));
    }
    // Mostly short, but one in five took an hour: p90 is the hour, so not flapping.
    for (int i = 0; i < 5; i++) {
      alerts.add(alert(50 + i, 6, "mostly-short", MONDAY_NOON_UTC, null, i == 0 ? 3600L : 60L));
    }
    List<Flap> flaps = AlertStatistics.flapping(alerts, 5, Duration.ofMinutes(15));
    assertThat(flaps).hasSize(1);
    Flap flap = flaps.get(0);
    assertThat(flap.sourceId()).isEqualTo(5);
    assertThat(flap.alertKey()).isEqualTo("Pod-Crash");
    assertThat(flap.alertIds()).containsExactly(10L, 11L, 12L, 13L, 14L, 20L);
    assertThat(flap.accepted()).isZero();
    assertThat(flap.medianResolveSeconds()).isEqualTo(300);
    assertThat(flap.maxResolveSeconds()).isEqualTo(420);
  }

  @Test
  void hoursAndWeekdaysAreCountedInTheGivenZone() {
    List<Sample> alerts =
        List.of(
            alert(1, 1, "a", Instant.parse("2026-03-01T23:30:00Z"), null, null),
            alert(2, 1, "a", MONDAY_NOON_UTC, null, null));
    int[] utcHours = AlertStatistics.byHour(alerts, ZoneId.of("UTC"));
    assertThat(utcHours[23]).isEqualTo(1);
    assertThat(utcHours[12]).isEqualTo(1);
    int[] berlinHours = AlertStatistics.byHour(alerts, BERLIN);
    assertThat(berlinHours[0]).isEqualTo(1);
    assertThat(berlinHours[13]).isEqualTo(1);
    assertThat(AlertStatistics.byWeekday(alerts, ZoneId.of("UTC")))
        .containsExactly(1, 0, 0, 0, 0, 0, 1);
    assertThat(AlertStatistics.byWeekday(alerts, BERLIN)).containsExactly(2, 0, 0, 0, 0, 0, 0);
    assertThat(AlertStatistics.share(1, 3)).isEqualTo(0.333);
    assertThat(AlertStatistics.share(2, 3)).isEqualTo(0.667);
  }
}
