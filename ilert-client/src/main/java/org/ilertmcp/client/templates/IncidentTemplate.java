package org.ilertmcp.client.templates;

import java.util.List;
import org.ilertmcp.client.common.TeamRel;

/**
 * A reusable incident template.
 *
 * @param id template id
 * @param name name
 * @param summary incident summary
 * @param status incident status (open set)
 * @param message incident message
 * @param sendNotification whether to notify subscribers
 * @param teams owning teams
 */
public record IncidentTemplate(
    Long id,
    String name,
    String summary,
    String status,
    String message,
    Boolean sendNotification,
    List<TeamRel> teams) {}
