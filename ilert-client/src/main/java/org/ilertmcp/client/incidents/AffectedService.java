package org.ilertmcp.client.incidents;

import org.ilertmcp.client.common.IdRef;

/**
 * A service affected by an incident.
 *
 * @param impact OPERATIONAL, UNDER_MAINTENANCE, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE (open set)
 * @param service the service (send only its id)
 */
public record AffectedService(String impact, IdRef service) {}
