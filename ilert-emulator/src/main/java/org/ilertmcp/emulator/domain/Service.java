package org.ilertmcp.emulator.domain;

import java.util.List;

/** A service shown on status pages; {@code status} is a ServiceStatus value. */
public record Service(
    long id,
    String name,
    String alias,
    String status,
    String description,
    boolean oneOpenIncidentOnly,
    boolean showUptimeHistory,
    List<Long> teamIds) {

  public Service {
    teamIds = List.copyOf(teamIds);
  }

  /** A copy with another status. */
  public Service withStatus(String newStatus) {
    return new Service(
        id, name, alias, newStatus, description, oneOpenIncidentOnly, showUptimeHistory, teamIds);
  }
}
