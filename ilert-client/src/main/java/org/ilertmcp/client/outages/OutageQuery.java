package org.ilertmcp.client.outages;

import java.time.Instant;

/**
 * Filters of the service-outage lists; null means no filter.
 *
 * @param service service id
 * @param from start
 * @param until end
 * @param ignoreOverrides whether overrides are left out (outage list only)
 */
public record OutageQuery(Long service, Instant from, Instant until, Boolean ignoreOverrides) {}
