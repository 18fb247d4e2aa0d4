package org.ilertmcp.emulator.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ilertmcp.emulator.domain.Restriction;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.ScheduleLayer;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.domain.TimeOfWeek;

/**
 * Computes who is on call from a schedule's layers, rotations, weekly restrictions and overrides,
 * evaluated in the schedule's time zone.
 *
 * <p>Later layers take precedence over earlier ones, and overrides over everything (ilert's UI
 * stacks layers the same way). Shift lists are computed by collecting every instant where the
 * answer can change (rotation handovers, restriction edges, layer and override edges), evaluating
 * each interval once and merging neighbours with the same user.
 */
public final class OnCallCalculator {

  /** The user on call at {@code at}, if anyone. */
  public Optional<Long> userAt(Schedule schedule, Instant at, boolean withOverrides) {
    if (withOverrides) {
      for (int i = schedule.overrides().size() - 1; i >= 0; i--) {
        Shift o = schedule.overrides().get(i);
        if (o.covers(at)) {
          return Optional.of(o.userId());
        }
      }
    }
    if (!schedule.recurring()) {
      return schedule.staticShifts().stream()
          .filter(s -> s.covers(at))
          .map(Shift::userId)
          .findFirst();
    }
    List<ScheduleLayer> layers = schedule.layers();
    for (int i = layers.size() - 1; i >= 0; i--) {
      Optional<Long> user = layerUserAt(layers.get(i), schedule.zone(), at);
      if (user.isPresent()) {
        return user;
      }
    }
    return Optional.empty();
  }

  /** The (merged) shift covering {@code at}, clipped to a window around it. */
  public Optional<Shift> shiftAt(Schedule schedule, Instant at) {
    Duration pad = searchPad(schedule);
    return shifts(schedule, at.minus(pad), at.plus(pad), false).stream()
        .filter(s -> s.covers(at))
        .findFirst();
  }

  /** The first shift starting after {@code at}, within a window. */
  public Optional<Shift> nextShift(Schedule schedule, Instant at) {
    Duration pad = searchPad(schedule).multipliedBy(2);
    return shifts(schedule, at, at.plus(pad), false).stream()
        .filter(s -> s.start().isAfter(at))
        .findFirst();
  }

  /** The merged on-call shifts overlapping {@code [from, until)}, clipped to that range. */
  public List<Shift> shifts(
      Schedule schedule, Instant from, Instant until, boolean excludeOverrides) {
    TreeSet<Instant> edges = new TreeSet<>();
    edges.add(from);
    edges.add(until);
    if (!excludeOverrides) {
      schedule.overrides().forEach(o -> addEdges(edges, o, from, until));
    }
    schedule.staticShifts().forEach(s -> addEdges(edges, s, from, until));
    if (schedule.recurring()) {
      for (ScheduleLayer layer : schedule.layers()) {
        layerEdges(layer, schedule.zone(), from, until, edges);
      }
    }
    List<Shift> result = new ArrayList<>();
    Instant previous = null;
    for (Instant edge : edges) {
      if (previous != null) {
        Optional<Long> user = userAt(schedule, previous, !excludeOverrides);
        if (user.isPresent()) {
          append(result, new Shift(user.get(), previous, edge));
        }
      }
      previous = edge;
    }
    return result;
  }

  private static void append(List<Shift> result, Shift shift) {
    if (!result.isEmpty()) {
      Shift last = result.get(result.size() - 1);
      if (last.userId() == shift.userId() && last.end().equals(shift.start())) {
        result.set(result.size() - 1, new Shift(last.userId(), last.start(), shift.end()));
        return;
      }
    }
    result.add(shift);
  }

  private static void addEdges(TreeSet<Instant> edges, Shift s, Instant from, Instant until) {
    for (Instant edge : List.of(s.start(), s.end())) {
      if (edge.isAfter(from) && edge.isBefore(until)) {
        edges.add(edge);
      }
    }
  }

  private Optional<Long> layerUserAt(ScheduleLayer layer, ZoneId zone, Instant at) {
    if (layer.userIds().isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    if (local.isBefore(layer.startsOn())
        || (layer.endsOn() != null && !local.isBefore(layer.endsOn()))) {
      return Optional.empty();
    }
    if (!layer.restrictions().isEmpty()) {
      int minute = TimeOfWeek.minuteOfWeek(local);
      if (layer.restrictions().stream().noneMatch(r -> r.contains(minute))) {
        return Optional.empty();
      }
    }
    long index = Rotation.parse(layer.rotation()).index(layer.startsOn(), zone, at);
    int n = layer.userIds().size();
    return Optional.of(layer.userIds().get((int) Math.floorMod(index, (long) n)));
  }

  private void layerEdges(
      ScheduleLayer layer, ZoneId zone, Instant from, Instant until, TreeSet<Instant> edges) {
    Rotation rotation = Rotation.parse(layer.rotation());
    List<Instant> candidates = new ArrayList<>();
    candidates.add(layer.startsOn().atZone(zone).toInstant());
    if (layer.endsOn() != null) {
      candidates.add(layer.endsOn().atZone(zone).toInstant());
    }
    long first = rotation.index(layer.startsOn(), zone, from);
    long last = rotation.index(layer.startsOn(), zone, until);
    for (long n = Math.max(0, first); n <= last + 1; n++) {
      candidates.add(rotation.boundary(layer.startsOn(), zone, n));
    }
    LocalDate monday =
        LocalDateTime.ofInstant(from, zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(1);
    LocalDate end = LocalDateTime.ofInstant(until, zone).toLocalDate().plusDays(8);
    for (LocalDate week = monday; week.isBefore(end); week = week.plusWeeks(1)) {
      for (Restriction r : layer.restrictions()) {
        candidates.add(atWeek(week, r.from(), zone));
        candidates.add(atWeek(week, r.to(), zone));
      }
    }
    for (Instant c : candidates) {
      if (c.isAfter(from) && c.isBefore(until)) {
        edges.add(c);
      }
    }
  }

  private static Instant atWeek(LocalDate monday, TimeOfWeek t, ZoneId zone) {
    return monday.plusDays(t.dayOfWeek().getValue() - 1L).atTime(t.time()).atZone(zone).toInstant();
  }

  private static Duration searchPad(Schedule schedule) {
    Duration longest = Duration.ofDays(8);
    for (ScheduleLayer layer : schedule.layers()) {
      Duration d = Rotation.parse(layer.rotation()).approximate().plusDays(1);
      if (d.compareTo(longest) > 0) {
        longest = d;
      }
    }
    return longest;
  }
}
