package org.ilertmcp.server.tools.analysis.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.schedules.Shift;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.analysis.shared.ScheduleZones;

/**
 * Projections and the paste-ready summary of {@code get_oncall_handover}. Alert summaries are
 * untrusted monitoring text: they stay in their labelled field and never enter the summary.
 */
final class HandoverViews {
  /** Open alerts named in the summary text. */
  static final int SUMMARY_OPEN_ITEMS = 5;

  private HandoverViews() {}

  /** A shift of a schedule, in UTC and the schedule's zone. */
  record ScheduleShift(Schedule schedule, Shift shift) {
    ZoneId zone() {
      return ScheduleZones.zone(schedule.timezone());
    }

    String who() {
      Ref p = Ref.user(shift.user());
      return p == null ? "nobody" : p.name() != null ? p.name() : "user " + p.id();
    }
  }

  static final Shape<ScheduleShift> SHIFT =
      Shape.<ScheduleShift>object()
          .object("schedule", Views.REF, s -> new Ref(s.schedule().id(), s.schedule().name()))
          .object("user", Views.REF, s -> Ref.user(s.shift().user()))
          .time("start", s -> s.shift().start())
          .string("start_local", s -> ScheduleZones.local(s.shift().start(), s.zone()))
          .time("end", s -> s.shift().end())
          .string("end_local", s -> ScheduleZones.local(s.shift().end(), s.zone()))
          .string("time_zone", s -> s.zone().getId())
          .build();

  /** An alert and how it ended: who accepted it and how fast. */
  static final Shape<Alert> ALERT =
      Shape.<Alert>object()
          .integer("id", Alert::id)
          .text("summary", Alert::summary)
          .string("status", Alert::status)
          .string("priority", Alert::priority)
          .object("alert_source", Views.SOURCE_REF, a -> a.alertSource())
          .integer(
              "escalation_policy_id",
              a -> a.escalationPolicy() == null ? null : a.escalationPolicy().id())
          .time("report_time", Alert::reportTime)
          .object(
              "accepted_by",
              Views.REF,
              a -> acceptance(a).map(r -> Ref.user(r.user())).orElse(null))
          .integer(
              "minutes_to_accept",
              a -> acceptance(a).map(r -> minutes(a.reportTime(), r.acceptedAt())).orElse(null))
          .time("resolved_on", Alert::resolvedOn)
          .integer("minutes_to_resolve", a -> minutes(a.reportTime(), a.resolvedOn()))
          .build();

  /** The first acceptance of an alert, if any. */
  static Optional<AlertResponder> acceptance(Alert a) {
    return a.responders() == null
        ? Optional.empty()
        : a.responders().stream()
            .filter(r -> AlertStatus.ACCEPTED.is(r.status()) && r.user() != null)
            .min(
                Comparator.comparing(
                    AlertResponder::acceptedAt, Comparator.nullsLast(Comparator.naturalOrder())));
  }

  static final Shape<Incident> INCIDENT =
      Shape.<Incident>object()
          .integer("id", Incident::id)
          .text("summary", Incident::summary)
          .string("status", Incident::status)
          .time("created_at", Incident::createdAt)
          .time("updated_at", Incident::updatedAt)
          .build();

  private static Long minutes(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).toMinutes();
  }

  /**
   * The text to paste into a handover: who was on call, counts, open items by id, incidents,
   * overrides and who is next.
   */
  static String summary(
      String subject,
      Instant from,
      Instant until,
      List<ScheduleShift> shifts,
      List<Alert> alerts,
      List<Alert> open,
      int openEarlier,
      List<Incident> incidents,
      int overrides,
      List<ScheduleShift> next) {
    List<String> parts = new ArrayList<>();
    parts.add("Handover for " + subject + ", " + Times.iso(from) + " to " + Times.iso(until) + ".");
    parts.add("On call: " + people(shifts) + ".");
    parts.add("Alerts raised: " + alerts.size() + byStatus(alerts) + accepting(alerts) + ".");
    parts.add(
        "Open now: "
            + open.size()
            + (open.isEmpty()
                ? ""
                : " ("
                    + (open.size() - openEarlier)
                    + " raised in this window, "
                    + openEarlier
                    + " outside it)")
            + openItems(open)
            + ".");
    parts.add(
        "Incidents: "
            + (incidents.isEmpty()
                ? "none"
                : incidents.stream()
                    .map(i -> i.id() + " " + i.status())
                    .collect(Collectors.joining(", ")))
            + ".");
    parts.add("Overrides: " + (overrides == 0 ? "none" : String.valueOf(overrides)) + ".");
    parts.add(
        "Next: "
            + (next.isEmpty()
                ? "no shift found in the next 31 days"
                : next.stream()
                    .map(
                        n ->
                            n.who()
                                + " ("
                                + n.schedule().name()
                                + ") from "
                                + Times.iso(n.shift().start()))
                    .collect(Collectors.joining(", ")))
            + ".");
    return String.join(" ", parts);
  }

  private static String people(List<ScheduleShift> shifts) {
    if (shifts.isEmpty()) {
      return "nobody in this window";
    }
    return shifts.stream()
        .map(s -> s.who() + " (" + s.schedule().name() + ")")
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String byStatus(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return "";
    }
    Map<String, Long> counts =
        alerts.stream()
            .collect(
                Collectors.groupingBy(
                    a -> Objects.toString(a.status(), "UNKNOWN").toLowerCase(Locale.ROOT),
                    TreeMap::new,
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", ", " (status now: ", ")"));
  }

  private static String accepting(List<Alert> alerts) {
    List<Long> times =
        alerts.stream()
            .map(a -> acceptance(a).map(r -> minutes(a.reportTime(), r.acceptedAt())).orElse(null))
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    // Counts acceptances ever made, so an alert accepted and later resolved counts here too; the
    // wording keeps this apart from the "status now" counts.
    if (times.isEmpty()) {
      return alerts.isEmpty() ? "" : "; responders accepted none of them";
    }
    return "; responders accepted "
        + times.size()
        + " of the "
        + alerts.size()
        + ", median "
        + times.get((times.size() - 1) / 2)
        + " min to accept";
  }

  private static String openItems(List<Alert> open) {
    if (open.isEmpty()) {
      return "";
    }
    String items =
        open.stream()
            .limit(SUMMARY_OPEN_ITEMS)
            .map(
                a ->
                    "#"
                        + a.id()
                        + " "
                        + a.status()
                        + (a.alertSource() == null
                            ? ""
                            : " on " + Text.clean(a.alertSource().name()))
                        + " since "
                        + Times.iso(a.reportTime()))
            .collect(Collectors.joining(", ", " — ", ""));
    return open.size() > SUMMARY_OPEN_ITEMS
        ? items + " and " + (open.size() - SUMMARY_OPEN_ITEMS) + " more"
        : items;
  }
}
