package org.ilertmcp.server.tools.analysis.noise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.client.alerts.AlertPriority;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.User;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Flap;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Load;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Response;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Sample;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings of {@code analyze_alerts}: fixed rules over the statistics, each finding with its
 * numbers, the ids behind them and one concrete change to make in ilert.
 */
final class AlertFindings {
  /** A key is flapping when it fired at least this often in the window… */
  static final int FLAP_MIN_ALERTS = 5;

  /** …and 90 % of its alerts resolved themselves within this. */
  static final Duration FLAP_P90 = Duration.ofMinutes(10);

  /** A source is noisy from this share of all alerts… */
  static final double NOISY_SHARE = 0.25;

  /** …and this many alerts. */
  static final int NOISY_MIN_ALERTS = 20;

  /** Auto-resolved alerts are a finding from this share of all alerts. */
  static final double AUTO_RESOLVED_SHARE = 0.3;

  /** A person's after-hours load is a finding from this many pages. */
  static final int AFTER_HOURS_MIN = 10;

  /** A policy is slow to be accepted when its p90 exceeds this… */
  static final Duration SLOW_ACK_P90 = Duration.ofMinutes(30);

  /** …over at least this many accepted alerts. */
  static final int SLOW_ACK_MIN_ACCEPTED = 5;

  /** Alert ids given as evidence per finding or row. */
  static final int MAX_IDS = 5;

  /** Findings of one kind at most. */
  static final int MAX_PER_KIND = 3;

  private static final Set<String> GROUPING_MODES =
      Set.of("ONE_OPEN_ALERT_ALLOWED", "ONE_PENDING_ALERT_ALLOWED", "ONE_ALERT_GROUPED_PER_WINDOW");

  private AlertFindings() {}

  /** One finding: what was seen, what to change, and the numbers and ids behind it. */
  record Finding(String kind, String summary, String suggestion, Evidence evidence) {}

  /** The evidence of a finding, one record per kind, each written by its shape. */
  sealed interface Evidence permits Flapping, Noisy, Auto, AfterHours, SlowAck {
    ObjectNode view();
  }

  /** A flapping key's numbers. */
  record Flapping(Flap flap, String alertCreation) implements Evidence {
    static final Shape<Flapping> SHAPE =
        Shape.<Flapping>object()
            .integer("alert_source_id", e -> e.flap().sourceId())
            .string("alert_key", e -> e.flap().alertKey())
            .integer("alerts", e -> e.flap().alertIds().size())
            .integer("accepted", e -> e.flap().accepted())
            .integer("median_resolve_seconds", e -> e.flap().medianResolveSeconds())
            .integer("max_resolve_seconds", e -> e.flap().maxResolveSeconds())
            .string("alert_creation", Flapping::alertCreation)
            .integers("alert_ids", e -> firstIds(e.flap().alertIds()))
            .keepEmpty()
            .build();

    @Override
    public ObjectNode view() {
      return SHAPE.view(this);
    }
  }

  /** How often a key fired. */
  record KeyCount(String alertKey, int alerts) {
    static final Shape<KeyCount> SHAPE =
        Shape.<KeyCount>object()
            .string("alert_key", KeyCount::alertKey)
            .integer("alerts", KeyCount::alerts)
            .build();
  }

  /** A noisy source's numbers. */
  record Noisy(
      long sourceId,
      int alerts,
      double share,
      long lowPriority,
      long accepted,
      List<KeyCount> topKeys,
      List<Long> alertIds)
      implements Evidence {
    static final Shape<Noisy> SHAPE =
        Shape.<Noisy>object()
            .integer("alert_source_id", Noisy::sourceId)
            .integer("alerts", Noisy::alerts)
            .number("share", Noisy::share)
            .integer("low_priority", Noisy::lowPriority)
            .integer("accepted", Noisy::accepted)
            .list("top_keys", KeyCount.SHAPE, Noisy::topKeys)
            .keepEmpty()
            .integers("alert_ids", Noisy::alertIds)
            .keepEmpty()
            .build();

    @Override
    public ObjectNode view() {
      return SHAPE.view(this);
    }
  }

  /** How many alerts one source raised. */
  record SourceCount(long sourceId, int alerts) {
    static final Shape<SourceCount> SHAPE =
        Shape.<SourceCount>object()
            .integer("alert_source_id", SourceCount::sourceId)
            .integer("alerts", SourceCount::alerts)
            .build();
  }

  /** The auto-resolved alerts' numbers. */
  record Auto(int alerts, double share, List<SourceCount> bySource, List<Long> alertIds)
      implements Evidence {
    static final Shape<Auto> SHAPE =
        Shape.<Auto>object()
            .integer("alerts", Auto::alerts)
            .number("share", Auto::share)
            .list("by_source", SourceCount.SHAPE, Auto::bySource)
            .keepEmpty()
            .integers("alert_ids", Auto::alertIds)
            .keepEmpty()
            .build();

    @Override
    public ObjectNode view() {
      return SHAPE.view(this);
    }
  }

  /** A person's after-hours pages. */
  record AfterHours(Load load) implements Evidence {
    static final Shape<AfterHours> SHAPE =
        Shape.<AfterHours>object()
            .integer("user_id", e -> e.load().userId())
            .integer("after_hours", e -> e.load().afterHours())
            .integer("pages", e -> e.load().pages())
            .counts("after_hours_by_source", AfterHours::bySource)
            .build();

    Map<String, Integer> bySource() {
      Map<String, Integer> out = new LinkedHashMap<>();
      load.afterHoursBySource().forEach((id, n) -> out.put(String.valueOf(id), n));
      return out;
    }

    @Override
    public ObjectNode view() {
      return SHAPE.view(this);
    }
  }

  /** A slow policy's acknowledgement times. */
  record SlowAck(long policyId, Response response, List<Long> alertIds) implements Evidence {
    static final Shape<SlowAck> SHAPE =
        Shape.<SlowAck>object()
            .integer("escalation_policy_id", SlowAck::policyId)
            .integer("accepted", e -> e.response().accepted())
            .integer("mtta_median_seconds", e -> e.response().mtta().median())
            .integer("mtta_p90_seconds", e -> e.response().mtta().p90())
            .integers("alert_ids", SlowAck::alertIds)
            .keepEmpty()
            .build();

    @Override
    public ObjectNode view() {
      return SHAPE.view(this);
    }
  }

  /** A finding; its evidence's fields depend on its kind. */
  static final Shape<Finding> FINDING =
      Shape.<Finding>object()
          .string("kind", Finding::kind)
          .string("summary", Finding::summary)
          .string("suggestion", Finding::suggestion)
          .freeForm("evidence", Schema.anyObject(), f -> f.evidence().view())
          .build();

  /** The first alert ids given as evidence. */
  static List<Long> firstIds(List<Long> ids) {
    return ids.stream().limit(MAX_IDS).toList();
  }

  /** Every finding, most actionable kinds first. */
  static List<Finding> all(
      List<Sample> alerts,
      List<Flap> flaps,
      List<Load> loads,
      Map<Long, AlertSource> sources,
      Map<Long, User> users) {
    List<Finding> out = new ArrayList<>();
    flaps.stream()
        .limit(MAX_PER_KIND)
        .forEach(f -> out.add(flapping(f, sources.get(f.sourceId()))));
    noisySources(alerts, out);
    autoResolved(alerts, out);
    afterHours(alerts, loads, users, out);
    slowAcknowledgement(alerts, out);
    return out;
  }

  private static Finding flapping(Flap f, AlertSource source) {
    String mode = source == null ? null : source.alertCreation();
    String name = label(f.sourceName(), f.sourceId());
    long maxMinutes = Math.max(1, (f.maxResolveSeconds() + 59) / 60);
    String grouping =
        mode != null && GROUPING_MODES.contains(mode)
            ? "The source already groups open alerts ("
                + mode
                + "), but each alert resolves before the next arrives, so set"
                + " ONE_ALERT_GROUPED_PER_WINDOW with an alert grouping window of at least an hour"
            : "Set the alertCreation of alert source "
                + f.sourceId()
                + (mode == null ? "" : " from " + mode)
                + " to ONE_ALERT_GROUPED_PER_WINDOW (alert grouping window of an hour) or"
                + " ONE_OPEN_ALERT_ALLOWED so repeats join one alert";
    return new Finding(
        "flapping_key",
        "Key '"
            + f.alertKey()
            + "' on "
            + name
            + " fired "
            + f.alertIds().size()
            + " times and resolved itself after a median of "
            + minutes(f.medianResolveSeconds())
            + "; accepted "
            + f.accepted()
            + " times.",
        grouping
            + ", and make the check fire only when the condition lasts longer than "
            + maxMinutes
            + " min (it always cleared within that), or fix its cause.",
        new Flapping(f, mode));
  }

  private static void noisySources(List<Sample> alerts, List<Finding> out) {
    int added = 0;
    for (var e : AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::sourceId))) {
      List<Sample> group = e.getValue();
      double share = AlertStatistics.share(group.size(), alerts.size());
      if (added == MAX_PER_KIND || share < NOISY_SHARE || group.size() < NOISY_MIN_ALERTS) {
        break;
      }
      added++;
      long low = group.stream().filter(a -> AlertPriority.LOW.is(a.priority())).count();
      long accepted = group.stream().filter(a -> a.acceptedAt() != null).count();
      List<KeyCount> keys = new ArrayList<>();
      for (var k :
          AlertStatistics.largestFirst(
                  AlertStatistics.<String>groupBy(
                      group, a -> a.alertKey() == null ? "" : a.alertKey().trim()))
              .stream()
              .limit(3)
              .toList()) {
        keys.add(new KeyCount(k.getKey(), k.getValue().size()));
      }
      boolean quiet = low * 2 >= group.size() && accepted * 4 < group.size();
      String name = label(group.get(0).sourceName(), e.getKey());
      out.add(
          new Finding(
              "noisy_source",
              name
                  + " raised "
                  + group.size()
                  + " of "
                  + alerts.size()
                  + " alerts ("
                  + percent(share)
                  + "); "
                  + low
                  + " LOW priority, "
                  + accepted
                  + " accepted.",
              quiet
                  ? "Mostly LOW and rarely accepted: raise the thresholds of its busiest checks"
                      + " (see top_keys) or lower them to warnings that do not alert, and put"
                      + " hosts under planned work or being retired in a maintenance window for"
                      + " source "
                      + e.getKey()
                      + "."
                  : "Its alerts page people: tune the thresholds of its busiest checks (see"
                      + " top_keys) and group repeats with the source's alertCreation"
                      + " ONE_ALERT_GROUPED_PER_WINDOW.",
              new Noisy(
                  e.getKey(),
                  group.size(),
                  share,
                  low,
                  accepted,
                  keys,
                  firstIds(group.stream().map(Sample::id).toList()))));
    }
  }

  private static void autoResolved(List<Sample> alerts, List<Finding> out) {
    List<Sample> auto = alerts.stream().filter(Sample::autoResolved).toList();
    double share = AlertStatistics.share(auto.size(), alerts.size());
    if (auto.isEmpty() || share < AUTO_RESOLVED_SHARE) {
      return;
    }
    List<SourceCount> bySource = new ArrayList<>();
    StringBuilder names = new StringBuilder();
    for (var e :
        AlertStatistics.largestFirst(AlertStatistics.groupBy(auto, Sample::sourceId)).stream()
            .limit(3)
            .toList()) {
      bySource.add(new SourceCount(e.getKey(), e.getValue().size()));
      names
          .append(names.isEmpty() ? "" : ", ")
          .append(label(e.getValue().get(0).sourceName(), e.getKey()))
          .append(" (")
          .append(e.getValue().size())
          .append(')');
    }
    out.add(
        new Finding(
            "auto_resolved",
            auto.size()
                + " of "
                + alerts.size()
                + " alerts ("
                + percent(share)
                + ") resolved themselves before anyone accepted them.",
            "These pages needed nobody: for "
                + names
                + ", delay the first notification (a delay on the escalation policy's first"
                + " level) or make them LOW priority so short blips stop paging.",
            new Auto(
                auto.size(), share, bySource, firstIds(auto.stream().map(Sample::id).toList()))));
  }

  private static void afterHours(
      List<Sample> alerts, List<Load> loads, Map<Long, User> users, List<Finding> out) {
    for (Load l : loads.stream().limit(MAX_PER_KIND).toList()) {
      if (l.afterHours() < AFTER_HOURS_MIN) {
        break;
      }
      User u = users.get(l.userId());
      String person =
          (u == null ? null : Views.fullName(u.firstName(), u.lastName())) == null
              ? "User " + l.userId()
              : Text.clean(Views.fullName(u.firstName(), u.lastName())) + " (" + l.userId() + ")";
      Map.Entry<Long, Integer> top =
          l.afterHoursBySource().entrySet().stream()
              .max(
                  Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                      .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
              .orElseThrow();
      List<Sample> ofTop = alerts.stream().filter(a -> a.sourceId() == top.getKey()).toList();
      long low = ofTop.stream().filter(a -> AlertPriority.LOW.is(a.priority())).count();
      String topName = label(ofTop.isEmpty() ? null : ofTop.get(0).sourceName(), top.getKey());
      out.add(
          new Finding(
              "after_hours_load",
              person
                  + " was paged "
                  + l.afterHours()
                  + " times outside business hours in their time zone ("
                  + l.pages()
                  + " pages in all); "
                  + top.getValue()
                  + " of them from "
                  + topName
                  + ".",
              low * 2 >= ofTop.size()
                  ? "Most alerts of "
                      + topName
                      + " are LOW priority: give the source support hours so LOW alerts outside"
                      + " them wait until morning instead of paging."
                  : "Route "
                      + topName
                      + " outside business hours to a follow-the-sun schedule layer staffed by"
                      + " people whose daytime it is, or lower the priority of alerts that can"
                      + " wait until morning.",
              new AfterHours(l)));
    }
  }

  private static void slowAcknowledgement(List<Sample> alerts, List<Finding> out) {
    int added = 0;
    for (var e : AlertStatistics.largestFirst(AlertStatistics.groupBy(alerts, Sample::policyId))) {
      Response r = AlertStatistics.response(e.getValue());
      if (added == MAX_PER_KIND
          || r.accepted() < SLOW_ACK_MIN_ACCEPTED
          || r.mtta().p90() <= SLOW_ACK_P90.toSeconds()) {
        continue;
      }
      added++;
      String name = label(e.getValue().get(0).policyName(), e.getKey());
      List<Long> slowest =
          e.getValue().stream()
              .filter(a -> a.acceptedAt() != null)
              .sorted(
                  Comparator.comparing((Sample a) -> -a.ackSeconds().orElseThrow())
                      .thenComparingLong(Sample::id))
              .map(Sample::id)
              .toList();
      out.add(
          new Finding(
              "slow_acknowledgement",
              "Escalation policy "
                  + name
                  + ": 90 % of its accepted alerts were accepted within "
                  + minutes(r.mtta().p90())
                  + " (median "
                  + minutes(r.mtta().median())
                  + ").",
              "Check that the first level of policy "
                  + e.getKey()
                  + " reaches someone on call at that hour (LOW alerts only notify the first"
                  + " level, by e-mail) and shorten its escalation timeout so unaccepted alerts"
                  + " move on.",
              new SlowAck(e.getKey(), r, firstIds(slowest))));
    }
  }

  private static String label(String name, long id) {
    return name == null ? "id " + id : Text.clean(name) + " (" + id + ")";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  private static String minutes(long seconds) {
    return seconds < 120 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
  }
}
