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
   * @return a query for the alerts that still need someone (PENDING and ACCEPTED)
   */
  public static AlertQuery open() {
    return all().withStates(AlertStatus.wire(AlertStatus.OPEN));
  }

  /**
   * @param states the states
   * @return a query for alerts in these states
   */
  public static AlertQuery inStates(String... states) {
    return new AlertQuery(List.of(states), null, null, null, null, null, null);
  }

  /** This query, limited to alerts in these states (PENDING, ACCEPTED, RESOLVED). */
  public AlertQuery withStates(List<String> states) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }

  /** This query, limited to alerts from these alert sources. */
  public AlertQuery withSources(List<Long> sources) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }

  /** This query, limited to alerts on these escalation policies. */
  public AlertQuery withPolicies(List<Long> policies) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }

  /** This query, limited to alerts with these responders (user ids or usernames). */
  public AlertQuery withResponders(List<String> responders) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }

  /** This query, limited to alerts reported in {@code [from, until]}; either may be null. */
  public AlertQuery between(Instant from, Instant until) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }

  /** This query, with these related objects included in each alert. */
  public AlertQuery withInclude(List<String> include) {
    return new AlertQuery(states, sources, policies, responders, from, until, include);
  }
}
