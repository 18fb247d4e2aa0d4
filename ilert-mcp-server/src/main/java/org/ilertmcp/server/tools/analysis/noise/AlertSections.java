package org.ilertmcp.server.tools.analysis.noise;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertPriority;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.User;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Flap;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Load;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Response;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Sample;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Spread;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sections of an {@code analyze_alerts} result — volume, response times, noise, after-hours
 * load — each saying where its data came from, plus the findings.
 */
final class AlertSections {
  private AlertSections() {}

  /** Fills {@code result} with the sections and the findings. */
  static void fill(
      ObjectNode result,
      ZoneId zone,
      List<Alert> read,
      int pages,
      Optional<List<User>> users,
      List<AlertSource> sources) {
    List<Sample> alerts =
        read.stream()
            .filter(a -> a.id() != null && a.reportTime() != null)
            .map(AlertSections::sample)
            .toList();
    String source =
        "GET /alerts: " + alerts.size() + " alerts in " + pages + " pages, newest first";
    result.put("alerts", alerts.size());
    result.set("volume", volume(alerts, zone, source));
    result.set("response_times", responseTimes(alerts));
    List<Flap> flaps =
        AlertStatistics.flapping(alerts, AlertFindings.FLAP_MIN_ALERTS, AlertFindings.FLAP_P90);
    result.set("noise", noise(alerts, flaps));
    Map<Long, User> byUser =
        users.orElse(List.of()).stream()
            .filter(u -> u.id() != null)
            .collect(Collectors.toMap(User::id, u -> u, (a, b) -> a, LinkedHashMap::new));
    List<Load> loads =
        users.isPresent()
            ? AlertStatistics.afterHoursByPerson(alerts, id -> userZone(byUser.get(id)))
            : List.of();
    result.set("after_hours", afterHours(loads, byUser, users.isPresent()));
    Map<Long, AlertSource> sourceById = new LinkedHashMap<>();
    sources.forEach(s -> sourceById.put(s.id(), s));
    result.set("findings", AlertFindings.all(alerts, flaps, loads, sourceById, byUser));
  }

  private static ZoneId userZone(User user) {
    return Optional.ofNullable(user)
        .map(User::timezone)
        .flatMap(AlertSections::zone)
        .orElse(ZoneOffset.UTC);
  }

  private static ObjectNode volume(List<Sample> alerts, ZoneId zone, String read) {
    ObjectNode out = Json.object().put("source", read);
    ArrayNode bySource = out.putArray("by_source");
    for (var e : AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::sourceId))) {
      List<Sample> group = e.getValue();
      ObjectNode row =
          bySource
              .addObject()
              .put("alert_source_id", e.getKey())
              .put("name", group.get(0).sourceName())
              .put("alerts", group.size())
              .put("share", AlertStatistics.share(group.size(), alerts.size()));
      ObjectNode priorities = row.putObject("by_priority");
      priorities(group).forEach(priorities::put);
    }
    ObjectNode byPriority = out.putObject("by_priority");
    priorities(alerts).forEach(byPriority::put);
    ArrayNode hours = out.putArray("by_hour");
    for (int n : AlertStatistics.byHour(alerts, zone)) {
      hours.add(n);
    }
    ObjectNode weekdays = out.putObject("by_weekday");
    int[] perDay = AlertStatistics.byWeekday(alerts, zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      weekdays.put(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), perDay[day.getValue() - 1]);
    }
    out.put("zone", zone.getId());
    return out;
  }

  private static Map<String, Integer> priorities(Collection<Sample> alerts) {
    Map<String, Integer> out = new TreeMap<>();
    alerts.forEach(
        a -> out.merge(a.priority() == null ? "UNKNOWN" : a.priority(), 1, Integer::sum));
    return out;
  }

  private static ObjectNode responseTimes(List<Sample> alerts) {
    ObjectNode out =
        Json.object()
            .put(
                "source",
                "the same alerts: MTTA = first responders[].acceptedAt - reportTime over accepted"
                    + " alerts, MTTR = resolvedOn - reportTime over resolved alerts")
            .put(
                "method",
                "whole seconds; median = p50; percentiles by nearest rank (value at rank"
                    + " ceil(p/100 * n) of the sorted values)");
    out.set("overall", response(Json.object(), AlertStatistics.response(alerts)));
    out.set("by_source", grouped(alerts, Sample::sourceId, Sample::sourceName, "alert_source_id"));
    out.set(
        "by_policy", grouped(alerts, Sample::policyId, Sample::policyName, "escalation_policy_id"));
    return out;
  }

  private static ArrayNode grouped(
      List<Sample> alerts,
      Function<Sample, Long> key,
      Function<Sample, String> name,
      String idField) {
    ArrayNode out = Json.array();
    for (var e : AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, key))) {
      ObjectNode row =
          Json.object().put(idField, e.getKey()).put("name", name.apply(e.getValue().get(0)));
      out.add(response(row, AlertStatistics.response(e.getValue())));
    }
    return out;
  }

  private static ObjectNode response(ObjectNode row, Response r) {
    row.put("alerts", r.alerts()).put("accepted", r.accepted()).put("resolved", r.resolved());
    spread(row, "mtta", r.mtta());
    spread(row, "mttr", r.mttr());
    return row;
  }

  private static void spread(ObjectNode row, String prefix, Spread s) {
    if (s != null) {
      row.put(prefix + "_median_seconds", s.median()).put(prefix + "_p90_seconds", s.p90());
    }
  }

  private static ObjectNode noise(List<Sample> alerts, List<Flap> flaps) {
    ObjectNode out =
        Json.object()
            .put(
                "source",
                "the same alerts: source, priority, alertKey, responders[].acceptedAt,"
                    + " resolvedOn");
    ArrayNode noisiest = out.putArray("noisiest_sources");
    for (var e :
        AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::sourceId)).stream()
            .limit(3)
            .toList()) {
      List<Sample> group = e.getValue();
      long low = group.stream().filter(a -> AlertPriority.LOW.is(a.priority())).count();
      long accepted = group.stream().filter(a -> a.acceptedAt() != null).count();
      noisiest
          .addObject()
          .put("alert_source_id", e.getKey())
          .put("name", group.get(0).sourceName())
          .put("alerts", group.size())
          .put("share", AlertStatistics.share(group.size(), alerts.size()))
          .put("low_priority_share", AlertStatistics.share(low, group.size()))
          .put("accepted_share", AlertStatistics.share(accepted, group.size()));
    }
    out.put(
        "flapping_rule",
        "same source and key at least "
            + AlertFindings.FLAP_MIN_ALERTS
            + " times, 90 % of them resolved within "
            + AlertFindings.FLAP_P90.toMinutes()
            + " min (nearest rank)");
    ArrayNode flapping = out.putArray("flapping_keys");
    for (Flap f : flaps) {
      ArrayNode ids =
          flapping
              .addObject()
              .put("alert_key", f.alertKey())
              .put("alert_source_id", f.sourceId())
              .put("alerts", f.alertIds().size())
              .put("accepted", f.accepted())
              .put("median_resolve_seconds", f.medianResolveSeconds())
              .put("max_resolve_seconds", f.maxResolveSeconds())
              .putArray("alert_ids");
      f.alertIds().stream().limit(AlertFindings.MAX_IDS).forEach(ids::add);
    }
    long auto = alerts.stream().filter(Sample::autoResolved).count();
    out.putObject("auto_resolved")
        .put("alerts", auto)
        .put("share", AlertStatistics.share(auto, alerts.size()))
        .put("rule", "resolved without any responder accepting");
    return out;
  }

  private static ObjectNode afterHours(List<Load> loads, Map<Long, User> users, boolean read) {
    ObjectNode out =
        Json.object()
            .put(
                "source",
                "GET /users (time zones) and the responders listed on each alert (the last"
                    + " level paged and whoever accepted), at the alert's reportTime")
            .put("rule", "outside Mon-Fri 08:00-18:00 in the person's own time zone");
    if (!read) {
      return out;
    }
    ArrayNode rows = out.putArray("by_person");
    for (Load l : loads) {
      User u = users.get(l.userId());
      ObjectNode row = rows.addObject().put("user_id", l.userId());
      if (u != null) {
        Json.putIfPresent(row, "name", Views.fullName(u.firstName(), u.lastName()));
      }
      row.put("timezone", userZone(u).getId())
          .put("pages", l.pages())
          .put("after_hours", l.afterHours());
    }
    return out;
  }

  static Sample sample(Alert a) {
    List<AlertResponder> responders = a.responders() == null ? List.of() : a.responders();
    Instant accepted =
        responders.stream()
            .map(AlertResponder::acceptedAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    return new Sample(
        a.id(),
        a.alertSource() == null || a.alertSource().id() == null ? 0 : a.alertSource().id(),
        a.alertSource() == null ? null : a.alertSource().name(),
        a.escalationPolicy() == null || a.escalationPolicy().id() == null
            ? 0
            : a.escalationPolicy().id(),
        a.escalationPolicy() == null ? null : a.escalationPolicy().name(),
        a.priority(),
        Text.clean(a.alertKey()),
        a.reportTime(),
        accepted,
        a.resolvedOn(),
        responders.stream()
            .filter(r -> r.user() != null && r.user().id() != null)
            .map(r -> r.user().id())
            .distinct()
            .toList());
  }

  /** An IANA zone or offset, or empty when {@code value} is none. */
  static Optional<ZoneId> zone(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(value.trim()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
