package org.ilertmcp.client.heartbeats;

import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;

/**
 * A heartbeat monitor. Changing {@code intervalSec} regenerates the integration key.
 *
 * @param id monitor id
 * @param name name (unique; a duplicate create is a 409)
 * @param state UNKNOWN, HEALTHY, OVERDUE (open set)
 * @param intervalSec expected ping interval, 25..2678400
 * @param alertSummary summary of the alert raised when overdue
 * @param createdAt creation time (ISO-8601 string)
 * @param updatedAt last update (ISO-8601 string)
 * @param alertSource the HEARTBEAT2 alert source (send only its id)
 * @param teams owning teams
 * @param integrationKey ping key
 * @param integrationUrl ping URL (with {@code include=integrationUrl})
 */
public record HeartbeatMonitor(
    Long id,
    String name,
    String state,
    Integer intervalSec,
    String alertSummary,
    String createdAt,
    String updatedAt,
    IdRef alertSource,
    List<TeamRel> teams,
    String integrationKey,
    String integrationUrl) {

  /**
   * @param name name
   * @param intervalSec ping interval in seconds
   * @return a body for creating a monitor
   */
  public static HeartbeatMonitor newMonitor(String name, int intervalSec) {
    return new HeartbeatMonitor(
        null, name, null, intervalSec, null, null, null, null, null, null, null);
  }
}
