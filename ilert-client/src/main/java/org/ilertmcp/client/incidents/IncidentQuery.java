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

  /**
   * @return incidents that are not over
   */
  public static IncidentQuery open() {
    return all().withStates(IncidentStatus.wire(IncidentStatus.OPEN));
  }

  /** This query, limited to incidents in these states. */
  public IncidentQuery withStates(List<String> states) {
    return new IncidentQuery(states, services, from, until, include);
  }

  /** This query, limited to incidents on these services. */
  public IncidentQuery withServices(List<Long> services) {
    return new IncidentQuery(states, services, from, until, include);
  }

  /** This query, limited to {@code [from, until]}; either may be null. */
  public IncidentQuery between(Instant from, Instant until) {
    return new IncidentQuery(states, services, from, until, include);
  }

  /** This query, with these related objects included. */
  public IncidentQuery withInclude(List<String> include) {
    return new IncidentQuery(states, services, from, until, include);
  }
}
