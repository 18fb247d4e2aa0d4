package org.ilertmcp.client.incidents;

import java.time.Instant;
import org.ilertmcp.client.common.UserRel;

/**
 * One entry of an incident's update history.
 *
 * @param id update id (a string)
 * @param content the update text
 * @param creator who posted it
 * @param incidentStatus the status it set
 * @param sendNotification whether subscribers were notified
 * @param createdAt when it was posted
 */
public record IncidentUpdate(
    String id,
    String content,
    UserRel creator,
    String incidentStatus,
    Boolean sendNotification,
    Instant createdAt) {}
