package org.ilertmcp.server.tools.analysis.noise;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Flap;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Load;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Response;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Sample;

/**
 * The sections of an {@code analyze_alerts} result — volume, response times, noise, after-hours
 * load — each saying where its data came from, plus the findings.
 */
final class AlertSections {
  private AlertSections() {}

  /** Where the volume came from and how it spreads over sources, priorities, hours and days. */
  record Volume(
      String source,
      List<SourceVolume> bySource,
      Map<String, Integer> byPriority,
      List<Integer> byHour,
      Map<String, Integer> byWeekday,
      String zone) {}

  /** One source's share of the volume. */
  record SourceVolume(
      long id, String name, int alerts, double share, Map<String, Integer> byPriority) {}

  /** Response times of one source or policy. */
  record Grouped(long id, String name, Response response) {}

  /** Response times overall and per source and policy. */
  record ResponseTimes(
      String source,
      String method,
      Response overall,
      List<Grouped> bySource,
      List<Grouped> byPolicy) {}

  /** One of the noisiest sources. */
  record Noisiest(
      long id,
      String name,
      int alerts,
      double share,
      double lowPriorityShare,
      double acceptedShare) {}

  /** How many alerts resolved themselves. */
  record AutoResolved(long alerts, double share, String rule) {}

  /** Noisy sources, flapping keys and auto-resolved alerts. */
  record Noise(
      String source,
      List<Noisiest> noisiestSources,
      String flappingRule,
      List<Flap> flappingKeys,
      AutoResolved autoResolved) {}

  /** One person's pages, after hours among them. */
  record Person(long userId, String name, String timezone, int pages, int afterHours) {}

  /** After-hours pages per person; null when the users could not be read. */
  record AfterHours(String source, String rule, List<Person> byPerson) {}

  /** Every section and the findings. */
  record Sections(
      int alerts,
      Volume volume,
      ResponseTimes responseTimes,
      Noise noise,
      AfterHours afterHours,
      List<AlertFindings.Finding> findings) {}

  private static final Shape<SourceVolume> SOURCE_VOLUME =
      Shape.<SourceVolume>object()
          .integer("alert_source_id", SourceVolume::id)
          .stringOrNull("name", v -> v.name())
          .integer("alerts", SourceVolume::alerts)
          .number("share", SourceVolume::share)
          .counts("by_priority", SourceVolume::byPriority)
          .build();

  private static final Shape<Volume> VOLUME =
      Shape.<Volume>object()
          .string("source", Volume::source)
          .list("by_source", SOURCE_VOLUME, Volume::bySource)
          .keepEmpty()
          .counts("by_priority", Volume::byPriority)
          .integers("by_hour", Volume::byHour)
          .keepEmpty()
          .counts("by_weekday", Volume::byWeekday)
          .string("zone", Volume::zone)
          .build();

  private static final Shape<Response> RESPONSE =
      Shape.<Response>object()
          .integer("alerts", Response::alerts)
          .integer("accepted", Response::accepted)
          .integer("resolved", Response::resolved)
          .integer("mtta_median_seconds", r -> r.mtta() == null ? null : r.mtta().median())
          .integer("mtta_p90_seconds", r -> r.mtta() == null ? null : r.mtta().p90())
          .integer("mttr_median_seconds", r -> r.mttr() == null ? null : r.mttr().median())
          .integer("mttr_p90_seconds", r -> r.mttr() == null ? null : r.mttr().p90())
          .build();

  private static Shape<Grouped> grouped(String idField) {
    return Shape.<Grouped>object()
        .integer(idField, Grouped::id)
        .stringOrNull("name", g -> g.name())
        .fields(RESPONSE, Grouped::response)
        .build();
  }

  private static final Shape<ResponseTimes> RESPONSE_TIMES =
      Shape.<ResponseTimes>object()
          .string("source", ResponseTimes::source)
          .string("method", ResponseTimes::method)
          .object("overall", RESPONSE, ResponseTimes::overall)
          .list("by_source", grouped("alert_source_id"), ResponseTimes::bySource)
          .keepEmpty()
          .list("by_policy", grouped("escalation_policy_id"), ResponseTimes::byPolicy)
          .keepEmpty()
          .build();

  private static final Shape<Noisiest> NOISIEST =
      Shape.<Noisiest>object()
          .integer("alert_source_id", Noisiest::id)
          .stringOrNull("name", n -> n.name())
          .integer("alerts", Noisiest::alerts)
          .number("share", Noisiest::share)
          .number("low_priority_share", Noisiest::lowPriorityShare)
          .number("accepted_share", Noisiest::acceptedShare)
          .build();

  private static final Shape<Flap> FLAPPING_KEY =
      Shape.<Flap>object()
          .string("alert_key", Flap::alertKey)
          .integer("alert_source_id", Flap::sourceId)
          .integer("alerts", f -> f.alertIds().size())
          .integer("accepted", Flap::accepted)
          .integer("median_resolve_seconds", Flap::medianResolveSeconds)
          .integer("max_resolve_seconds", Flap::maxResolveSeconds)
          .integers("alert_ids", f -> AlertFindings.firstIds(f.alertIds()))
          .keepEmpty()
          .build();

  private static final Shape<AutoResolved> AUTO_RESOLVED =
      Shape.<AutoResolved>object()
          .integer("alerts", AutoResolved::alerts)
          .number("share", AutoResolved::share)
          .string("rule", AutoResolved::rule)
          .build();

  private static final Shape<Noise> NOISE =
      Shape.<Noise>object()
          .string("source", Noise::source)
          .list("noisiest_sources", NOISIEST, Noise::noisiestSources)
          .keepEmpty()
          .string("flapping_rule", Noise::flappingRule)
          .list("flapping_keys", FLAPPING_KEY, Noise::flappingKeys)
          .keepEmpty()
          .object("auto_resolved", AUTO_RESOLVED, Noise::autoResolved)
          .build();

  private static final Shape<Person> PERSON =
      Shape.<Person>object()
          .integer("user_id", Person::userId)
          .string("name", Person::name)
          .string("timezone", Person::timezone)
          .integer("pages", Person::pages)
          .integer("after_hours", Person::afterHours)
          .build();

  private static final Shape<AfterHours> AFTER_HOURS =
      Shape.<AfterHours>object()
          .string("source", AfterHours::source)
          .string("rule", AfterHours::rule)
          .list("by_person", PERSON, AfterHours::byPerson)
          .keepEmptyUnlessNull()
          .build();

  /** The sections: only {@code alerts} and {@code findings} are listed in the schema. */
  static final Shape<Sections> SHAPE =
      Shape.<Sections>object()
          .integer("alerts", Sections::alerts)
          .object("volume", VOLUME, Sections::volume)
          .unlisted()
          .object("response_times", RESPONSE_TIMES, Sections::responseTimes)
          .unlisted()
          .object("noise", NOISE, Sections::noise)
          .unlisted()
          .object("after_hours", AFTER_HOURS, Sections::afterHours)
          .unlisted()
          .list("findings", AlertFindings.FINDING, Sections::findings)
          .itemsUnlisted()
          .keepEmpty()
          .build();

  /** The sections and the findings over the alerts read. */
  static Sections of(
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
    List<Flap> flaps =
        AlertStatistics.flapping(alerts, AlertFindings.FLAP_MIN_ALERTS, AlertFindings.FLAP_P90);
    Map<Long, User> byUser =
        users.orElse(List.of()).stream()
            .filter(u -> u.id() != null)
            .collect(Collectors.toMap(User::id, u -> u, (a, b) -> a, LinkedHashMap::new));
    List<Load> loads =
        users.isPresent()
            ? AlertStatistics.afterHoursByPerson(alerts, id -> userZone(byUser.get(id)))
            : List.of();
    Map<Long, AlertSource> sourceById = new LinkedHashMap<>();
    sources.forEach(s -> sourceById.put(s.id(), s));
    return new Sections(
        alerts.size(),
        volume(alerts, zone, source),
        responseTimes(alerts),
        noise(alerts, flaps),
        afterHours(loads, byUser, users.isPresent()),
        AlertFindings.all(alerts, flaps, loads, sourceById, byUser));
  }

  private static ZoneId userZone(User user) {
    return Optional.ofNullable(user)
        .map(User::timezone)
        .flatMap(AlertSections::zone)
        .orElse(ZoneOffset.UTC);
  }

  private static Volume volume(List<Sample> alerts, ZoneId zone, String read) {
    List<SourceVolume> bySource = new ArrayList<>();
    for (var e : AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::sourceId))) {
      List<Sample> group = e.getValue();
      bySource.add(
          new SourceVolume(
              e.getKey(),
              group.get(0).sourceName(),
              group.size(),
              AlertStatistics.share(group.size(), alerts.size()),
              priorities(group)));
    }
    List<Integer> hours = new ArrayList<>();
    for (int n : AlertStatistics.byHour(alerts, zone)) {
      hours.add(n);
    }
    Map<String, Integer> weekdays = new LinkedHashMap<>();
    int[] perDay = AlertStatistics.byWeekday(alerts, zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      weekdays.put(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), perDay[day.getValue() - 1]);
    }
    return new Volume(read, bySource, priorities(alerts), hours, weekdays, zone.getId());
  }

  private static Map<String, Integer> priorities(Collection<Sample> alerts) {
    Map<String, Integer> out = new TreeMap<>();
    alerts.forEach(
        a -> out.merge(a.priority() == null ? "UNKNOWN" : a.priority(), 1, Integer::sum));
    return out;
  }

  private static ResponseTimes responseTimes(List<Sample> alerts) {
    return new ResponseTimes(
        "the same alerts: MTTA = first responders[].acceptedAt - reportTime over accepted"
            + " alerts, MTTR = resolvedOn - reportTime over resolved alerts",
        "whole seconds; median = p50; percentiles by nearest rank (value at rank"
            + " ceil(p/100 * n) of the sorted values)",
        AlertStatistics.response(alerts),
        grouped(alerts, Sample::sourceId, Sample::sourceName),
        grouped(alerts, Sample::policyId, Sample::policyName));
  }

  private static List<Grouped> grouped(
      List<Sample> alerts, Function<Sample, Long> key, Function<Sample, String> name) {
    return AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, key)).stream()
        .map(
            e ->
                new Grouped(
                    e.getKey(),
                    name.apply(e.getValue().get(0)),
                    AlertStatistics.response(e.getValue())))
        .toList();
  }

  private static Noise noise(List<Sample> alerts, List<Flap> flaps) {
    List<Noisiest> noisiest = new ArrayList<>();
    for (var e :
        AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::sourceId)).stream()
            .limit(3)
            .toList()) {
      List<Sample> group = e.getValue();
      long low = group.stream().filter(a -> AlertPriority.LOW.is(a.priority())).count();
      long accepted = group.stream().filter(a -> a.acceptedAt() != null).count();
      noisiest.add(
          new Noisiest(
              e.getKey(),
              group.get(0).sourceName(),
              group.size(),
              AlertStatistics.share(group.size(), alerts.size()),
              AlertStatistics.share(low, group.size()),
              AlertStatistics.share(accepted, group.size())));
    }
    long auto = alerts.stream().filter(Sample::autoResolved).count();
    return new Noise(
        "the same alerts: source, priority, alertKey, responders[].acceptedAt, resolvedOn",
        noisiest,
        "same source and key at least "
            + AlertFindings.FLAP_MIN_ALERTS
            + " times, 90 % of them resolved within "
            + AlertFindings.FLAP_P90.toMinutes()
            + " min (nearest rank)",
        flaps,
        new AutoResolved(
            auto,
            AlertStatistics.share(auto, alerts.size()),
            "resolved without any responder accepting"));
  }

  private static AfterHours afterHours(List<Load> loads, Map<Long, User> users, boolean read) {
    List<Person> byPerson = null;
    if (read) {
      byPerson = new ArrayList<>();
      for (Load l : loads) {
        User u = users.get(l.userId());
        byPerson.add(
            new Person(
                l.userId(),
                u == null ? null : Views.fullName(u.firstName(), u.lastName()),
                userZone(u).getId(),
                l.pages(),
                l.afterHours()));
      }
    }
    return new AfterHours(
        "GET /users (time zones) and the responders listed on each alert (the last"
            + " level paged and whoever accepted), at the alert's reportTime",
        "outside Mon-Fri 08:00-18:00 in the person's own time zone",
        byPerson);
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
