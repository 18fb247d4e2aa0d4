package org.ilertmcp.client.alertactions;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import tools.jackson.databind.JsonNode;

/**
 * An alert action (an outbound automation run automatically or by hand).
 *
 * @param id action id (a string)
 * @param name name
 * @param connectorId the connector
 * @param connectorType e.g. {@code webhook}, {@code slack} (open set)
 * @param triggerMode AUTOMATIC or MANUAL (open set)
 * @param triggerTypes e.g. {@code alert-created} (open set)
 * @param alertSources sources it applies to (send only ids)
 * @param teams owning teams
 * @param conditions ICL conditions (with {@code include=conditions})
 * @param params type-specific parameters as raw JSON
 * @param bidirectional whether it is bidirectional
 * @param createdAt creation time
 * @param updatedAt last update
 */
public record AlertAction(
    String id,
    String name,
    String connectorId,
    String connectorType,
    String triggerMode,
    List<String> triggerTypes,
    List<IdRef> alertSources,
    List<TeamRel> teams,
    String conditions,
    JsonNode params,
    Boolean bidirectional,
    Instant createdAt,
    Instant updatedAt) {}
