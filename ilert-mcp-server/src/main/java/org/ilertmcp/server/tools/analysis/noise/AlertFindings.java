package org.ilertmcp.server.tools.analysis.noise;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.client.alerts.AlertPriority;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.User;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Flap;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Load;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Response;
import org.ilertmcp.server.tools.analysis.noise.AlertStatistics.Sample;
import tools.jackson.databind.node.ArrayNode;
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

  /** Every finding, most actionable kinds first. */
  static ArrayNode all(
      List<Sample> alerts,
      List<Flap> flaps,
      List<Load> loads,
      Map<Long, AlertSource> sources,
      Map<Long, User> users) {
    ArrayNode out = Json.array();
    flaps.stream()
        .limit(MAX_PER_KIND)
        .forEach(f -> out.add(flapping(f, sources.get(f.sourceId()))));
    noisySources(alerts, out);
    autoResolved(alerts, out);
    afterHours(alerts, loads, users, out);
    slowAcknowledgement(alerts, out);
    return out;
  }

  private static ObjectNode finding(String kind, String summary, String suggestion) {
    return Json.object().put("kind", kind).put("summary", summary).put("suggestion", suggestion);
  }

  private static ObjectNode flapping(Flap f, AlertSource source) {
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
    ObjectNode finding =
        finding(
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
                + " min (it always cleared within that), or fix its cause.");
    ObjectNode evidence =
        finding
            .putObject("evidence")
            .put("alert_source_id", f.sourceId())
            .put("alert_key", f.alertKey())
            .put("alerts", f.alertIds().size())
            .put("accepted", f.accepted())
            .put("median_resolve_seconds", f.medianResolveSeconds())
            .put("max_resolve_seconds", f.maxResolveSeconds());
    Json.putIfPresent(evidence, "alert_creation", mode);
    ids(evidence, f.alertIds());
    return finding;
  }

  private static void noisySources(List<Sample> alerts, ArrayNode out) {
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
      ArrayNode keys = Json.array();
      for (var k :
          AlertStatistics.largestFirst(
                  AlertStatistics.<String>groupBy(
                      group, a -> a.alertKey() == null ? "" : a.alertKey().trim()))
              .stream()
              .limit(3)
              .toList()) {
        keys.addObject().put("alert_key", k.getKey()).put("alerts", k.getValue().size());
      }
      boolean quiet = low * 2 >= group.size() && accepted * 4 < group.size();
      String name = label(group.get(0).sourceName(), e.getKey());
      ObjectNode finding =
          finding(
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
                      + " ONE_ALERT_GROUPED_PER_WINDOW.");
      ObjectNode evidence =
          finding
              .putObject("evidence")
              .put("alert_source_id", e.getKey())
              .put("alerts", group.size())
              .put("share", share)
              .put("low_priority", low)
              .put("accepted", accepted);
      evidence.set("top_keys", keys);
      ids(evidence, group.stream().map(Sample::id).toList());
      out.add(finding);
    }
  }

  private static void autoResolved(List<Sample> alerts, ArrayNode out) {
    List<Sample> auto = alerts.stream().filter(Sample::autoResolved).toList();
    double share = AlertStatistics.share(auto.size(), alerts.size());
    if (auto.isEmpty() || share < AUTO_RESOLVED_SHARE) {
      return;
    }
    ArrayNode bySource = Json.array();
    StringBuilder names = new StringBuilder();
    for (var e :
        AlertStatistics.largestFirst(AlertStatistics.groupBy(auto, Sample::sourceId)).stream()
            .limit(3)
            .toList()) {
      bySource.addObject().put("alert_source_id", e.getKey()).put("alerts", e.getValue().size());
      names
          .append(names.isEmpty() ? "" : ", ")
          .append(label(e.getValue().get(0).sourceName(), e.getKey()))
          .append(" (")
          .append(e.getValue().size())
          .append(')');
    }
    ObjectNode finding =
        finding(
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
                + " level) or make them LOW priority so short blips stop paging.");
    ObjectNode evidence =
        finding.putObject("evidence").put("alerts", auto.size()).put("share", share);
    evidence.set("by_source", bySource);
    ids(evidence, auto.stream().map(Sample::id).toList());
    out.add(finding);
  }

  private static void afterHours(
      List<Sample> alerts, List<Load> loads, Map<Long, User> users, ArrayNode out) {
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
      ObjectNode finding =
          finding(
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
                      + " wait until morning.");
      ObjectNode evidence =
          finding
              .putObject("evidence")
              .put("user_id", l.userId())
              .put("after_hours", l.afterHours())
              .put("pages", l.pages());
      ObjectNode bySource = evidence.putObject("after_hours_by_source");
      l.afterHoursBySource().forEach((id, n) -> bySource.put(String.valueOf(id), n));
      out.add(finding);
    }
  }

  private static void slowAcknowledgement(List<Sample> alerts, ArrayNode out) {
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
      ObjectNode finding =
          finding(
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
                  + " move on.");
      ObjectNode evidence =
          finding
              .putObject("evidence")
              .put("escalation_policy_id", e.getKey())
              .put("accepted", r.accepted())
              .put("mtta_median_seconds", r.mtta().median())
              .put("mtta_p90_seconds", r.mtta().p90());
      ids(evidence, slowest);
      out.add(finding);
    }
  }

  private static void ids(ObjectNode evidence, List<Long> ids) {
    ArrayNode array = evidence.putArray("alert_ids");
    ids.stream().limit(MAX_IDS).forEach(array::add);
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
