package org.ilertmcp.client.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of an alert's timeline.
 *
 * @param id entry id
 * @param timestamp when it happened
 * @param logEntryType e.g. {@code AlertReceivedLogEntry} (open set)
 * @param text localised text
 * @param alertId the alert
 * @param filterTypes the filter groups the entry belongs to
 * @param vars template variables (with {@code include=vars})
 */
public record LogEntry(
    Long id,
    Instant timestamp,
    String logEntryType,
    String text,
    Long alertId,
    List<String> filterTypes,
    Map<String, String> vars) {}
