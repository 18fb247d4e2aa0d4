package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** One entry of an incident's update history. */
public record IncidentUpdate(
    String id,
    String content,
    long creatorUserId,
    String incidentStatus,
    boolean sendNotification,
    Instant createdAt) {}
