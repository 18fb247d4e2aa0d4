package org.ilertmcp.server.tools.analysis.handover;

import java.time.Duration;
import java.time.Instant;
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
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.shared.ScheduleZones;
import tools.jackson.databind.node.ObjectNode;

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
    ObjectNode view() {
      ObjectNode out = Json.object();
      out.set("schedule", Views.ref(schedule.id(), schedule.name()));
      Json.putIfPresent(out, "user", person(shift));
      var zone = ScheduleZones.zone(schedule.timezone());
      ScheduleZones.put(out, "start", shift.start(), zone);
      ScheduleZones.put(out, "end", shift.end(), zone);
      return out.put("time_zone", zone.getId());
    }

    String who() {
      ObjectNode p = person(shift);
      return p == null ? "nobody" : p.path("name").asString("user " + p.path("id").asLong());
    }
  }

  static ObjectNode person(Shift s) {
    return s.user() == null
        ? null
        : Views.ref(s.user().id(), Views.fullName(s.user().firstName(), s.user().lastName()));
  }

  /** An alert and how it ended: who accepted it and how fast. */
  static ObjectNode alert(Alert a) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", a.id());
    Json.putIfPresent(out, "summary", Text.clean(a.summary()));
    Json.putIfPresent(out, "status", a.status());
    Json.putIfPresent(out, "priority", a.priority());
    Json.putIfPresent(out, "alert_source", Views.source(a.alertSource()));
    Json.putIfPresent(
        out,
        "escalation_policy_id",
        a.escalationPolicy() == null ? null : a.escalationPolicy().id());
    Views.instant(out, "report_time", a.reportTime());
    acceptance(a)
        .ifPresent(
            r -> {
              out.set("accepted_by", Views.user(r.user()));
              Json.putIfPresent(out, "minutes_to_accept", minutes(a.reportTime(), r.acceptedAt()));
            });
    Views.instant(out, "resolved_on", a.resolvedOn());
    Json.putIfPresent(out, "minutes_to_resolve", minutes(a.reportTime(), a.resolvedOn()));
    return out;
  }

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

  static ObjectNode incident(Incident i) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "id", i.id());
    Json.putIfPresent(out, "summary", Text.clean(i.summary()));
    Json.putIfPresent(out, "status", i.status());
    Views.instant(out, "created_at", i.createdAt());
    Views.instant(out, "updated_at", i.updatedAt());
    return out;
  }

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
