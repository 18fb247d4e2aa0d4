package org.ilertmcp.client.incidents;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.common.TeamRel;

/**
 * An incident (status-page communication). Also the body of create and update.
 *
 * @param id incident id
 * @param summary summary
 * @param status INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED (open set)
 * @param message text of the current update (markdown)
 * @param sendNotification whether subscribers are notified of this create or update
 * @param createdAt creation time (may be set on create to backfill)
 * @param updatedAt last update
 * @param affectedServices affected services and their impact
 * @param resolvedOn resolution time
 * @param subscribed whether the caller subscribed (with {@code include=subscribed})
 * @param affectedTeams affected teams (with {@code include=affectedTeams})
 * @param history update history (with {@code include=history} on get)
 */
public record Incident(
    Long id,
    String summary,
    String status,
    String message,
    Boolean sendNotification,
    Instant createdAt,
    Instant updatedAt,
    List<AffectedService> affectedServices,
    Instant resolvedOn,
    Boolean subscribed,
    List<TeamRel> affectedTeams,
    List<IncidentUpdate> history) {

  /**
   * A body for creating or updating an incident.
   *
   * @param summary summary
   * @param status status, e.g. {@code INVESTIGATING}
   * @param message the update text
   * @param sendNotification whether to notify subscribers
   * @param affectedServices affected services
   * @return the incident
   */
  public static Incident of(
      String summary,
      String status,
      String message,
      boolean sendNotification,
      List<AffectedService> affectedServices) {
    return new Incident(
        null,
        summary,
        status,
        message,
        sendNotification,
        null,
        null,
        affectedServices,
        null,
        null,
        null,
        null);
  }
}
