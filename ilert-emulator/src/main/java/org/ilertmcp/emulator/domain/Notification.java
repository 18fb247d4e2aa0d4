package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** A notification sent to a user for an alert. */
public record Notification(
    long id,
    long alertId,
    long userId,
    String method,
    String target,
    String subject,
    Instant notificationTime,
    String status,
    String errorMessage) {}
