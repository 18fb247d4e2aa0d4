package org.ilertmcp.client.services;

import java.util.List;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.incidents.Incident;

/**
 * A service (a component shown on status pages).
 *
 * @param id service id
 * @param name name
 * @param alias alias events refer to
 * @param status OPERATIONAL, UNDER_MAINTENANCE, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE (open set)
 * @param description description
 * @param oneOpenIncidentOnly whether only one open incident is allowed
 * @param showUptimeHistory whether uptime history is shown
 * @param teams owning teams
 * @param subscribed whether the caller subscribed (with {@code include=subscribed})
 * @param uptime uptime (with {@code include=uptime})
 * @param incidents latest unresolved incidents (with {@code include=incidents})
 */
public record Service(
    Long id,
    String name,
    String alias,
    String status,
    String description,
    Boolean oneOpenIncidentOnly,
    Boolean showUptimeHistory,
    List<TeamRel> teams,
    Boolean subscribed,
    ServiceUptime uptime,
    List<Incident> incidents) {

  /**
   * @param name the name
   * @param status the status, e.g. {@code OPERATIONAL}
   * @return a body for creating a service
   */
  public static Service newService(String name, String status) {
    return new Service(null, name, null, status, null, null, null, null, null, null, null);
  }
}
