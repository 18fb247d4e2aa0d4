package org.ilertmcp.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the demo organisation's seeded facts (per-source counts, MTTA/MTTR, the flapping key,
 * after-hours pages) as the Markdown table in docs/emulator.md. Run with {@code ./mvnw -q -pl
 * ilert-emulator exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ilertmcp.emulator.DemoFactsPrinter}.
 */
public final class DemoFactsPrinter {
  private DemoFactsPrinter() {}

  /** Facts of one source. */
  record SourceFacts(
      long sourceId, long alerts, long accepted, long mttaSeconds, long mttrSeconds) {}

  /** Per-source facts over all generated alerts. */
  static Map<Long, SourceFacts> facts(List<AlertSnapshot> alerts) {
    Map<Long, SourceFacts> out = new TreeMap<>();
    alerts.stream()
        .collect(Collectors.groupingBy(AlertSnapshot::sourceId))
        .forEach(
            (source, list) -> {
              List<AlertSnapshot> acked =
                  list.stream().filter(a -> a.acceptedOn() != null).toList();
              List<AlertSnapshot> resolved =
                  list.stream().filter(a -> a.resolvedOn() != null).toList();
              long mtta =
                  acked.isEmpty()
                      ? 0
                      : acked.stream()
                              .mapToLong(
                                  a -> Duration.between(a.reportTime(), a.acceptedOn()).toSeconds())
                              .sum()
                          / acked.size();
              long mttr =
                  resolved.isEmpty()
                      ? 0
                      : resolved.stream()
                              .mapToLong(
                                  a -> Duration.between(a.reportTime(), a.resolvedOn()).toSeconds())
                              .sum()
                          / resolved.size();
              out.put(source, new SourceFacts(source, list.size(), acked.size(), mtta, mttr));
            });
    return out;
  }

  /** Alerts raised before 08:00 or from 18:00 Berlin wall-clock time (any day). */
  static long afterHours(List<AlertSnapshot> alerts) {
    return alerts.stream()
        .map(a -> ZonedDateTime.ofInstant(a.reportTime(), ZoneId.of("Europe/Berlin")))
        .filter(
            t ->
                t.toLocalTime().isBefore(LocalTime.of(8, 0))
                    || !t.toLocalTime().isBefore(LocalTime.of(18, 0)))
        .count();
  }

  /** Entry point. */
  public static void main(String[] args) {
    try (IlertEmulator emu =
        IlertEmulator.builder()
            .clock(
                java.time.Clock.fixed(
                    Instant.parse(args.length > 0 ? args[0] : "2026-03-11T10:15:00Z"),
                    ZoneId.of("UTC")))
            .demoOrganisation(true)
            .build()) {
      List<AlertSnapshot> alerts = emu.state().alerts();
      System.out.println("| source id | alerts | accepted | MTTA (s) | MTTR (s) |");
      System.out.println("|---|---|---|---|---|");
      facts(alerts)
          .values()
          .forEach(
              f ->
                  System.out.printf(
                      "| %d | %d | %d | %d | %d |%n",
                      f.sourceId(), f.alerts(), f.accepted(), f.mttaSeconds(), f.mttrSeconds()));
      System.out.println("total alerts: " + alerts.size());
      System.out.println(
          "by status: "
              + alerts.stream()
                  .collect(
                      Collectors.groupingBy(
                          AlertSnapshot::status, TreeMap::new, Collectors.counting())));
      System.out.println(
          "flapping key alerts: " + emu.state().alertsWithKey("checkout-pod-crashloop").size());
      System.out.println("after-hours alerts: " + afterHours(alerts));
      System.out.println(
          "open now: "
              + alerts.stream()
                  .filter(a -> !a.status().equals("RESOLVED"))
                  .map(a -> a.sourceId() + ":" + a.alertKey() + ":" + a.status())
                  .toList());
    }
  }
}
