package org.ilertmcp.client.incidents;

import java.time.Instant;
import java.util.List;

/**
 * Filters of {@code GET /incidents}; null or empty means no filter.
 *
 * @param states INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED
 * @param services service ids
 * @param from earliest
 * @param until latest
 * @param include e.g. {@code subscribed} (lowers the page maximum to 25)
 */
public record IncidentQuery(
    List<String> states, List<Long> services, Instant from, Instant until, List<String> include) {
  /**
   * @return no filters
   */
  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null);
  }
}
