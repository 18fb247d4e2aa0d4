package org.ilertmcp.client.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Filters of {@code GET /alerts}; null or empty means no filter.
 *
 * @param states PENDING, ACCEPTED, RESOLVED
 * @param sources alert source ids
 * @param policies escalation policy ids
 * @param responders user ids (or usernames)
 * @param from earliest {@code reportTime}
 * @param until latest {@code reportTime}
 * @param include e.g. {@code nextEscalationUser}
 */
public record AlertQuery(
    List<String> states,
    List<Long> sources,
    List<Long> policies,
    List<String> responders,
    Instant from,
    Instant until,
    List<String> include) {

  /**
   * @return a query without filters
   */
  public static AlertQuery all() {
    return new AlertQuery(null, null, null, null, null, null, null);
  }

  /**
   * @param states the states
   * @return a query for alerts in these states
   */
  public static AlertQuery inStates(String... states) {
    return new AlertQuery(List.of(states), null, null, null, null, null, null);
  }
}
