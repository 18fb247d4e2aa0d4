package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tools.analysis.shared.TextSimilarity;

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

  /** How related alerts ended: how many were resolved, without acceptance, the median time. */
  record Outcomes(int resolved, long resolvedWithoutAcceptance, Long medianMinutesToResolve) {}

  Outcomes outcomes() {
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
    Long median = null;
    if (!resolveMinutes.isEmpty()) {
      resolveMinutes.sort(null);
      median = resolveMinutes.get((resolveMinutes.size() - 1) / 2);
    }
    return new Outcomes(resolveMinutes.size(), unattended, median);
  }

  /**
   * The related alerts of a look-back window as a result shows them: the counts over all matches,
   * the first {@code max} matches, and how many alerts were compared ({@code cap} at most).
   */
  record Section(Related related, Instant from, Instant until, int cap, int max) {}

  private static final Shape<Section> WINDOW =
      Shape.<Section>object().time("from", Section::from).time("until", Section::until).build();

  private static final Shape<Outcomes> OUTCOMES =
      Shape.<Outcomes>object()
          .integer("resolved", Outcomes::resolved)
          .integer("resolved_without_acceptance", Outcomes::resolvedWithoutAcceptance)
          .integer("median_minutes_to_resolve", Outcomes::medianMinutesToResolve)
          .build();

  /** A related alert: how it relates and how it ended. */
  private static final Shape<Match> MATCH =
      Shape.<Match>object()
          .integer("id", m -> m.alert().id())
          .text("summary", m -> m.alert().summary())
          .string("status", m -> m.alert().status())
          .time("report_time", m -> m.alert().reportTime())
          .strings("relation", Related::relation)
          .keepEmpty()
          .fields(AlertOutcome.OUTCOME, Match::alert)
          .build();

  static final Shape<Section> SECTION =
      Shape.<Section>object()
          .object("window", WINDOW, s -> s)
          .integer("scanned", s -> s.related().scanned)
          .string(
              "capped",
              s ->
                  s.related().scanned >= s.cap()
                      ? "only the newest " + s.cap() + " alerts of the window were compared"
                      : null)
          .integer("same_key", s -> s.related().sameKey())
          .integer(
              "similar_summary", s -> s.related().matches.stream().filter(Match::similar).count())
          .integer(
              "same_source", s -> s.related().matches.stream().filter(Match::sameSource).count())
          .object("outcomes", OUTCOMES, s -> s.related().outcomes())
          .list("alerts", MATCH, s -> s.related().matches.stream().limit(s.max()).toList())
          .keepEmpty()
          .string(
              "source",
              s -> "list_alerts from=" + Times.iso(s.from()) + " until=" + Times.iso(s.until()))
          .build();

  private static List<String> relation(Match m) {
    List<String> relation = new ArrayList<>();
    if (m.sameKey()) {
      relation.add("same_key");
    }
    if (m.similar()) {
      relation.add(String.format(Locale.ROOT, "similar_summary %.2f", m.similarity()));
    }
    if (m.sameSource()) {
      relation.add("same_source");
    }
    return relation;
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
