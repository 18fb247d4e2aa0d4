package org.ilertmcp.client.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Filters of {@code GET /alerts/count}; null or empty means no filter.
 *
 * @param states PENDING, ACCEPTED, RESOLVED
 * @param sources alert source ids
 * @param responders user ids (or usernames)
 * @param from earliest {@code reportTime}
 * @param until latest {@code reportTime}
 */
public record AlertCountQuery(
    List<String> states,
    List<Long> sources,
    List<String> responders,
    Instant from,
    Instant until) {}
