package org.ilertmcp.client.oncalls;

import java.time.Instant;
import java.util.List;

/**
 * Filters of {@code GET /on-calls}; null or empty means no filter. Without {@code from} and {@code
 * until} ilert answers who is on call now; the span is at most 3 months.
 *
 * @param policies escalation policy ids
 * @param policyLevels policy levels, used instead of {@code policies}
 * @param schedules schedule ids
 * @param users user ids
 * @param expand {@code user}, {@code escalationPolicy}, {@code schedule}
 * @param from start
 * @param until end
 * @param timezone zone for rendering
 */
public record OnCallQuery(
    List<Long> policies,
    List<PolicyLevel> policyLevels,
    List<Long> schedules,
    List<Long> users,
    List<String> expand,
    Instant from,
    Instant until,
    String timezone) {

  /**
   * A policy level filter, sent as the JSON {@code {"id":..,"level":..}}.
   *
   * @param id policy id
   * @param level level
   */
  public record PolicyLevel(long id, int level) {
    String toJson() {
      return "{\"id\":" + id + ",\"level\":" + level + "}";
    }
  }

  /**
   * @return who is on call now, with users, policies and schedules expanded
   */
  public static OnCallQuery now() {
    return new OnCallQuery(
        null, null, null, null, List.of("user", "escalationPolicy", "schedule"), null, null, null);
  }

  /**
   * @return no filters (who is on call now, nothing expanded)
   */
  public static OnCallQuery all() {
    return new OnCallQuery(null, null, null, null, null, null, null, null);
  }

  /** This query, limited to these escalation policies. */
  public OnCallQuery withPolicies(List<Long> policies) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, limited to these levels of escalation policies. */
  public OnCallQuery withPolicyLevels(List<PolicyLevel> policyLevels) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, limited to these schedules. */
  public OnCallQuery withSchedules(List<Long> schedules) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, limited to these users. */
  public OnCallQuery withUsers(List<Long> users) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, with these related objects expanded. */
  public OnCallQuery withExpand(List<String> expand) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, over {@code [from, until]} instead of now. */
  public OnCallQuery between(Instant from, Instant until) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }

  /** This query, rendered in this IANA time zone. */
  public OnCallQuery inZone(String timezone) {
    return new OnCallQuery(policies, policyLevels, schedules, users, expand, from, until, timezone);
  }
}
