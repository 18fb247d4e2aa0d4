package org.ilertmcp.server.tools.analysis.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;

/**
 * How an alert ended, from the alert alone: who accepted it first and when, and how long until it
 * was resolved. An alert resolved without any acceptance was resolved by its source (or by a
 * timeout) — nobody had to act.
 */
public final class AlertOutcome {
  private AlertOutcome() {}

  /** The first acceptance by a responder, if any. */
  public static Optional<AlertResponder> firstAcceptance(Alert a) {
    if (a.responders() == null) {
      return Optional.empty();
    }
    return a.responders().stream()
        .filter(r -> r.acceptedAt() != null)
        .min(Comparator.comparing(AlertResponder::acceptedAt));
  }

  /** Whether the alert was resolved without anybody accepting it. */
  public static boolean resolvedUnattended(Alert a) {
    return AlertStatus.RESOLVED.is(a.status()) && firstAcceptance(a).isEmpty();
  }

  /**
   * How the alert ended: {@code accepted_by}, {@code minutes_to_accept}, {@code
   * minutes_to_resolve}, {@code ended}.
   */
  public static final Shape<Alert> OUTCOME =
      Shape.<Alert>object()
          .object(
              "accepted_by",
              Views.REF,
              a -> firstAcceptance(a).map(r -> Ref.user(r.user())).orElse(null))
          .integer(
              "minutes_to_accept",
              a ->
                  firstAcceptance(a).map(r -> minutes(a.reportTime(), r.acceptedAt())).orElse(null))
          .integer("minutes_to_resolve", a -> minutes(a.reportTime(), a.resolvedOn()))
          .string("ended", a -> ended(a, firstAcceptance(a).isPresent()))
          .build();

  private static String ended(Alert a, boolean accepted) {
    if (!AlertStatus.RESOLVED.is(a.status())) {
      return accepted ? "still open, accepted" : "still open, nobody accepted";
    }
    return accepted ? "resolved after acceptance" : "resolved without acceptance (by the source)";
  }

  private static Long minutes(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).toMinutes();
  }
}
