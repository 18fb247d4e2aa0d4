package org.ilertmcp.client.reports;

import java.time.Instant;
import java.util.List;

/**
 * Parameters of the alert reports. {@code from} and {@code until} are required (span at most one
 * year, {@code until} not in the future).
 *
 * @param from start (required)
 * @param until end (required)
 * @param sources alert source ids
 * @param policies escalation policy ids
 * @param timezone zone for grouping
 * @param metric COUNT, MTTA or MTTR
 * @param groupBy DAY, WEEK or MONTH
 * @param priority LOW, HIGH or ALL
 */
public record ReportQuery(
    Instant from,
    Instant until,
    List<Long> sources,
    List<Long> policies,
    String timezone,
    String metric,
    String groupBy,
    String priority) {

  /** Checks the required range. */
  public ReportQuery {
    if (from == null || until == null) {
      throw new IllegalArgumentException("from and until are required");
    }
  }

  /**
   * @param from start
   * @param until end
   * @return a query for all alerts in the range
   */
  public static ReportQuery between(Instant from, Instant until) {
    return new ReportQuery(from, until, null, null, null, null, null, null);
  }
}
