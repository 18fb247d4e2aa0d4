package org.ilertmcp.client.schedules;

import java.time.Instant;

/**
 * Options of {@code GET /schedules/{id}/shifts}; null means ilert's default.
 *
 * @param from start (default: start of last month)
 * @param until end (default: from plus 3 months)
 * @param excludeOverrides whether overrides are left out
 */
public record ShiftQuery(Instant from, Instant until, Boolean excludeOverrides) {}
