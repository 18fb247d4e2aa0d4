package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.shared.TextSimilarity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alerts related to one alert: the same alert key on the same source, a similar summary ({@link
 * TextSimilarity}), or the same source. Listed strongest relation first, then newest.
 */
final class Related {
  private final List<Match> matches;
  private final int scanned;

  private Related(List<Match> matches, int scanned) {
    this.matches = matches;
    this.scanned = scanned;
  }

  /** One related alert and how it relates. */
  record Match(Alert alert, boolean sameKey, boolean sameSource, double similarity) {
    boolean similar() {
      return similarity >= TextSimilarity.SIMILAR;
    }

    int strength() {
      return (sameKey ? 4 : 0) + (similar() ? 2 : 0) + (sameSource ? 1 : 0);
    }
  }

  static Related of(Alert target, List<Alert> history) {
    List<Match> out = new ArrayList<>();
    for (Alert a : history) {
      if (Objects.equals(a.id(), target.id())) {
        continue;
      }
      boolean sameSource = sameSource(target, a);
      boolean sameKey = sameSource && key(target) != null && key(target).equals(key(a));
      double similarity = TextSimilarity.of(target.summary(), a.summary());
      Match m = new Match(a, sameKey, sameSource, similarity);
      if (m.strength() > 0) {
        out.add(m);
      }
    }
    out.sort(
        Comparator.comparingInt(Match::strength)
            .reversed()
            .thenComparing(
                m -> m.alert().reportTime(), Comparator.nullsLast(Comparator.reverseOrder())));
    return new Related(out, history.size());
  }

  List<Match> matches() {
    return matches;
  }

  long sameKey() {
    return matches.stream().filter(Match::sameKey).count();
  }

  long sameKeyUnattended() {
    return matches.stream()
        .filter(Match::sameKey)
        .filter(m -> AlertOutcome.resolvedUnattended(m.alert()))
        .count();
  }

  ObjectNode view(Instant from, Instant until, int cap, int max) {
    ObjectNode out = Json.object();
    out.putObject("window").put("from", Times.iso(from)).put("until", Times.iso(until));
    out.put("scanned", scanned);
    if (scanned >= cap) {
      out.put("capped", "only the newest " + cap + " alerts of the window were compared");
    }
    out.put("same_key", sameKey());
    out.put("similar_summary", matches.stream().filter(Match::similar).count());
    out.put("same_source", matches.stream().filter(Match::sameSource).count());
    out.set("outcomes", outcomes());
    ArrayNode alerts = out.putArray("alerts");
    matches.stream().limit(max).forEach(m -> alerts.add(view(m)));
    out.put("source", "list_alerts from=" + Times.iso(from) + " until=" + Times.iso(until));
    return out;
  }

  private ObjectNode outcomes() {
    ObjectNode out = Json.object();
    List<Long> resolveMinutes = new ArrayList<>();
    long unattended = 0;
    for (Match m : matches) {
      Alert a = m.alert();
      if (a.resolvedOn() != null && a.reportTime() != null) {
        resolveMinutes.add(Duration.between(a.reportTime(), a.resolvedOn()).toMinutes());
      }
      if (AlertOutcome.resolvedUnattended(a)) {
        unattended++;
      }
    }
    out.put("resolved", resolveMinutes.size());
    out.put("resolved_without_acceptance", unattended);
    if (!resolveMinutes.isEmpty()) {
      resolveMinutes.sort(null);
      out.put("median_minutes_to_resolve", resolveMinutes.get((resolveMinutes.size() - 1) / 2));
    }
    return out;
  }

  private static ObjectNode view(Match m) {
    ObjectNode out = Json.object();
    Alert a = m.alert();
    out.put("id", a.id());
    Json.putIfPresent(out, "summary", Text.clean(a.summary()));
    Json.putIfPresent(out, "status", a.status());
    Views.instant(out, "report_time", a.reportTime());
    ArrayNode relation = out.putArray("relation");
    if (m.sameKey()) {
      relation.add("same_key");
    }
    if (m.similar()) {
      relation.add(String.format(Locale.ROOT, "similar_summary %.2f", m.similarity()));
    }
    if (m.sameSource()) {
      relation.add("same_source");
    }
    return AlertOutcome.put(out, a);
  }

  private static boolean sameSource(Alert x, Alert y) {
    return x.alertSource() != null
        && y.alertSource() != null
        && Objects.equals(x.alertSource().id(), y.alertSource().id());
  }

  private static String key(Alert a) {
    return a.alertKey() == null ? null : a.alertKey().trim().toLowerCase(Locale.ROOT);
  }
}
