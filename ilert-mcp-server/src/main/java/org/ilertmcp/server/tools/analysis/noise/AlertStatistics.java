package org.ilertmcp.server.tools.analysis.noise;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The pure statistics of {@code analyze_alerts}: no I/O, no clock, the same answer for the same
 * alerts. Durations are whole seconds (rounded down).
 */
final class AlertStatistics {
  /** Business hours start (inclusive), Monday to Friday, in a person's own time zone. */
  static final LocalTime DAY_START = LocalTime.of(8, 0);

  /** Business hours end (exclusive). */
  static final LocalTime DAY_END = LocalTime.of(18, 0);

  private AlertStatistics() {}

  /**
   * One alert as the statistics see it.
   *
   * @param acceptedAt the first acceptance by any responder, or null
   * @param responderIds the distinct users listed as responders
   */
  record Sample(
      long id,
      long sourceId,
      String sourceName,
      long policyId,
      String policyName,
      String priority,
      String alertKey,
      Instant reportTime,
      Instant acceptedAt,
      Instant resolvedOn,
      List<Long> responderIds) {

    Optional<Long> ackSeconds() {
      return seconds(acceptedAt);
    }

    Optional<Long> resolveSeconds() {
      return seconds(resolvedOn);
    }

    /** Resolved without anyone accepting it. */
    boolean autoResolved() {
      return resolvedOn != null && acceptedAt == null;
    }

    private Optional<Long> seconds(Instant end) {
      return end == null
          ? Optional.empty()
          : Optional.of(Math.max(0, Duration.between(reportTime, end).toSeconds()));
    }
  }

  /** Median and 90th percentile of {@code count} values, both by nearest rank. */
  record Spread(int count, long median, long p90) {}

  /** Time to acknowledge and time to resolve of a group of alerts. */
  record Response(int alerts, int accepted, int resolved, Spread mtta, Spread mttr) {}

  /** A key that keeps coming back and going away by itself. */
  record Flap(
      long sourceId,
      String sourceName,
      String alertKey,
      List<Long> alertIds,
      int accepted,
      long medianResolveSeconds,
      long maxResolveSeconds) {}

  /** Pages that reached one person, and how many of them outside business hours. */
  record Load(long userId, int pages, int afterHours, Map<Long, Integer> afterHoursBySource) {}

  /**
   * The nearest-rank percentile: the smallest value such that at least {@code percent} % of the
   * values are at or below it, i.e. the value at 1-based rank ⌈percent/100 · n⌉ of the sorted
   * values. The median is the 50th percentile, so for an even count it is the lower middle value.
   *
   * @param percent 1..100
   * @return empty for no values
   */
  static Optional<Long> percentile(Collection<Long> values, int percent) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1..100");
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (percent * sorted.size() + 99) / 100;
    return Optional.of(sorted.get(rank - 1));
  }

  /** Median and p90, or null when there are no values. */
  static Spread spread(Collection<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    return new Spread(
        values.size(), percentile(values, 50).orElseThrow(), percentile(values, 90).orElseThrow());
  }

  /** MTTA over the accepted alerts and MTTR over the resolved ones. */
  static Response response(Collection<Sample> alerts) {
    List<Long> ack = alerts.stream().flatMap(a -> a.ackSeconds().stream()).toList();
    List<Long> res = alerts.stream().flatMap(a -> a.resolveSeconds().stream()).toList();
    return new Response(alerts.size(), ack.size(), res.size(), spread(ack), spread(res));
  }

  /** Groups in order of first appearance. */
  static <K> Map<K, List<Sample>> groupBy(Collection<Sample> alerts, Function<Sample, K> key) {
    Map<K, List<Sample>> out = new LinkedHashMap<>();
    alerts.forEach(a -> out.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
    return out;
  }

  /** Groups ordered by size, largest first; ties by key. */
  static <K extends Comparable<K>> List<Map.Entry<K, List<Sample>>> largestFirst(
      Map<K, List<Sample>> groups) {
    return groups.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<K, List<Sample>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .toList();
  }

  /** Alerts per hour of day (index 0..23) in {@code zone}. */
  static int[] byHour(Collection<Sample> alerts, ZoneId zone) {
    int[] out = new int[24];
    alerts.forEach(a -> out[a.reportTime().atZone(zone).getHour()]++);
    return out;
  }

  /** Alerts per weekday, index 0 = Monday, in {@code zone}. */
  static int[] byWeekday(Collection<Sample> alerts, ZoneId zone) {
    int[] out = new int[7];
    alerts.forEach(a -> out[a.reportTime().atZone(zone).getDayOfWeek().getValue() - 1]++);
    return out;
  }

  /** Whether {@code at} falls outside Monday–Friday 08:00–18:00 in {@code zone}. */
  static boolean afterHours(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    DayOfWeek day = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    return weekend || time.isBefore(DAY_START) || !time.isBefore(DAY_END);
  }

  /**
   * Keys of one source that fired at least {@code minAlerts} times and whose resolved alerts were
   * nearly all short-lived: the 90th percentile of their time to resolve is at most {@code
   * maxP90Resolve}. Keys compare trimmed and case-insensitively, as ilert deduplicates them. Most
   * alerts first.
   */
  static List<Flap> flapping(Collection<Sample> alerts, int minAlerts, Duration maxP90Resolve) {
    Map<String, List<Sample>> byKey = new TreeMap<>();
    for (Sample a : alerts) {
      if (a.alertKey() != null && !a.alertKey().isBlank()) {
        String key = a.sourceId() + "|" + a.alertKey().trim().toLowerCase(Locale.ROOT);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    List<Flap> out = new ArrayList<>();
    for (List<Sample> group : byKey.values()) {
      List<Long> resolve = group.stream().flatMap(a -> a.resolveSeconds().stream()).toList();
      if (group.size() < minAlerts || resolve.isEmpty()) {
        continue;
      }
      if (percentile(resolve, 90).orElseThrow() <= maxP90Resolve.toSeconds()) {
        Sample first = group.get(0);
        out.add(
            new Flap(
                first.sourceId(),
                first.sourceName(),
                first.alertKey().trim(),
                group.stream().map(Sample::id).toList(),
                (int) group.stream().filter(a -> a.acceptedAt() != null).count(),
                percentile(resolve, 50).orElseThrow(),
                resolve.stream().mapToLong(Long::longValue).max().orElseThrow()));
      }
    }
    out.sort(Comparator.comparingInt((Flap f) -> -f.alertIds().size()));
    return out;
  }

  /**
   * Per person: the alerts that listed them as a responder, and how many of those were reported
   * outside business hours in the person's own time zone. Most after-hours pages first.
   *
   * @param zoneOf a user's time zone
   */
  static List<Load> afterHoursByPerson(Collection<Sample> alerts, LongFunction<ZoneId> zoneOf) {
    Map<Long, int[]> counts = new TreeMap<>();
    Map<Long, Map<Long, Integer>> bySource = new TreeMap<>();
    for (Sample a : alerts) {
      for (long user : new LinkedHashSet<>(a.responderIds())) {
        int[] c = counts.computeIfAbsent(user, k -> new int[2]);
        c[0]++;
        if (afterHours(a.reportTime(), zoneOf.apply(user))) {
          c[1]++;
          bySource.computeIfAbsent(user, k -> new TreeMap<>()).merge(a.sourceId(), 1, Integer::sum);
        }
      }
    }
    List<Load> out = new ArrayList<>();
    counts.forEach(
        (user, c) -> out.add(new Load(user, c[0], c[1], bySource.getOrDefault(user, Map.of()))));
    out.sort(Comparator.comparingInt((Load l) -> -l.afterHours()).thenComparingLong(Load::userId));
    return out;
  }

  /** {@code part / whole} rounded to three decimals; 0 for an empty whole. */
  static double share(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
  }
}
