package org.ilertmcp.client.outages;

import java.time.Instant;
import org.ilertmcp.client.common.IdRef;

/**
 * A manual correction of a service's uptime history.
 *
 * @param id override id (a string)
 * @param service the service (send only its id)
 * @param status the status to record (open set)
 * @param from start
 * @param until end
 */
public record ServiceOutageOverride(
    String id, IdRef service, String status, Instant from, Instant until) {}
