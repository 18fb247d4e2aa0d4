package org.ilertmcp.emulator.domain;

import java.time.Instant;
import java.util.List;

/** An alert source (integration) that events and manual alerts are raised against. */
public record AlertSource(
    long id,
    String name,
    String integrationType,
    String integrationKey,
    long escalationPolicyId,
    List<Long> teamIds,
    String alertCreation,
    String alertGroupingWindow,
    String autoResolutionTimeout,
    String alertPriorityRule,
    boolean active,
    Instant createdAt) {

  public AlertSource {
    teamIds = List.copyOf(teamIds);
  }
}
