package org.ilertmcp.emulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.emulator.domain.AffectedService;
import org.ilertmcp.emulator.domain.Incident;

/**
 * Derives a service's outage history from the incidents that affected it, and its uptime with
 * ilert's formula: MAJOR_OUTAGE counts fully, PARTIAL_OUTAGE 30%, everything else is up; outages
 * shorter than a minute are ignored.
 */
public final class Outages {

  /** A period in which a service had a non-operational status. */
  public record Outage(String status, Instant from, Instant until) {}

  /** An override replacing the derived status in a period ({@code OPERATIONAL} erases). */
  public record Override(String status, Instant from, Instant until) {}

  private final Store store;

  /** Outages over {@code store}'s incidents. */
  public Outages(Store store) {
    this.store = store;
  }

  /** Outages of a service overlapping {@code [from, until)}, oldest first. */
  public List<Outage> of(long serviceId, Instant from, Instant until, List<Override> overrides) {
    List<Outage> derived = new ArrayList<>();
    for (Incident incident : store.incidents().values()) {
      derived.addAll(fromIncident(incident, serviceId, until));
    }
    List<Outage> result = new ArrayList<>();
    for (Outage o : derived) {
      result.addAll(cut(o, overrides));
    }
    for (Override ov : overrides) {
      if (!"OPERATIONAL".equals(ov.status())) {
        result.add(new Outage(ov.status(), ov.from(), ov.until()));
      }
    }
    return result.stream()
        .filter(o -> o.until().isAfter(from) && o.from().isBefore(until))
        .filter(o -> Duration.between(o.from(), o.until()).toSeconds() >= 60)
        .sorted(Comparator.comparing(Outage::from))
        .toList();
  }

  private static List<Outage> fromIncident(Incident incident, long serviceId, Instant now) {
    List<Outage> out = new ArrayList<>();
    List<Incident.ImpactChange> changes = incident.impacts();
    for (int i = 0; i < changes.size(); i++) {
      Instant start = changes.get(i).at();
      Instant end =
          i + 1 < changes.size()
              ? changes.get(i + 1).at()
              : (incident.resolvedOn() != null ? incident.resolvedOn() : now);
      for (AffectedService a : changes.get(i).services()) {
        boolean down = "MAJOR_OUTAGE".equals(a.impact()) || "PARTIAL_OUTAGE".equals(a.impact());
        if (a.serviceId() == serviceId && down && end.isAfter(start)) {
          out.add(new Outage(a.impact(), start, end));
        }
      }
    }
    return out;
  }

  private static List<Outage> cut(Outage o, List<Override> overrides) {
    List<Outage> parts = new ArrayList<>(List.of(o));
    for (Override ov : overrides) {
      List<Outage> next = new ArrayList<>();
      for (Outage p : parts) {
        if (!ov.until().isAfter(p.from()) || !ov.from().isBefore(p.until())) {
          next.add(p);
          continue;
        }
        if (p.from().isBefore(ov.from())) {
          next.add(new Outage(p.status(), p.from(), ov.from()));
        }
        if (p.until().isAfter(ov.until())) {
          next.add(new Outage(p.status(), ov.until(), p.until()));
        }
      }
      parts = next;
    }
    return parts;
  }

  /** Uptime percentage (0–100) over the {@code days} before {@code now}. */
  public static double uptime(List<Outage> outages, Instant now, int days) {
    Instant start = now.minus(Duration.ofDays(days));
    double total = Duration.ofDays(days).toSeconds();
    double major = 0;
    double partial = 0;
    for (Outage o : outages) {
      Instant from = o.from().isBefore(start) ? start : o.from();
      Instant until = o.until().isAfter(now) ? now : o.until();
      if (!until.isAfter(from)) {
        continue;
      }
      double secs = Duration.between(from, until).toSeconds();
      if ("MAJOR_OUTAGE".equals(o.status())) {
        major += secs;
      } else {
        partial += secs;
      }
    }
    double value = 100.0 * (1 - (major + 0.3 * partial) / total);
    return Math.round(value * 1000) / 1000.0;
  }
}
