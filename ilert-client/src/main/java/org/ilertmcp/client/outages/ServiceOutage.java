package org.ilertmcp.client.outages;

import java.time.Instant;

/**
 * A span in which a service was not operational.
 *
 * @param status the service status during the span (open set)
 * @param from start
 * @param until end
 */
public record ServiceOutage(String status, Instant from, Instant until) {}
