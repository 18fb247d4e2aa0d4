package org.ilertmcp.client.alertsources;

import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.escalation.EscalationPolicy;
import tools.jackson.databind.JsonNode;

/**
 * An alert source (an inbound integration). Template and filter fields are returned only when
 * requested with {@code include}; they are kept as raw JSON.
 *
 * @param id source id
 * @param name name
 * @param integrationType integration type, e.g. {@code API}, {@code PROMETHEUS} (open set)
 * @param integrationKey integration key (null for callers without update permission)
 * @param integrationUrl ingest URL or e-mail address
 * @param escalationPolicy the policy (send only its id)
 * @param teams owning teams
 * @param alertCreation grouping mode, e.g. {@code ONE_ALERT_PER_EMAIL} (open set)
 * @param alertGroupingWindow ISO-8601 duration
 * @param autoResolutionTimeout ISO-8601 duration
 * @param alertPriorityRule e.g. {@code HIGH_DURING_SUPPORT_HOURS} (open set)
 * @param supportHours support hours reference or object
 * @param status PENDING, ALL_ACCEPTED, ALL_RESOLVED, IN_MAINTENANCE, DISABLED (open set)
 * @param active whether the source accepts events
 * @param bidirectional whether it is bidirectional
 * @param iconUrl icon URL
 * @param summaryTemplate summary template (include)
 * @param detailsTemplate details template (include)
 * @param routingTemplate routing template (include)
 * @param alertKeyTemplate alert key template (include)
 * @param linkTemplates link templates (include)
 * @param priorityTemplate priority template (include)
 * @param eventFilter ICL event filter (include)
 */
public record AlertSource(
    Long id,
    String name,
    String integrationType,
    String integrationKey,
    String integrationUrl,
    EscalationPolicy escalationPolicy,
    List<TeamRel> teams,
    String alertCreation,
    String alertGroupingWindow,
    String autoResolutionTimeout,
    String alertPriorityRule,
    IdRef supportHours,
    String status,
    Boolean active,
    Boolean bidirectional,
    String iconUrl,
    JsonNode summaryTemplate,
    JsonNode detailsTemplate,
    JsonNode routingTemplate,
    JsonNode alertKeyTemplate,
    JsonNode linkTemplates,
    JsonNode priorityTemplate,
    String eventFilter) {

  /**
   * A minimal body for creating a source.
   *
   * @param name name
   * @param integrationType integration type, e.g. {@code API}
   * @param escalationPolicy the policy to route to
   * @return the source
   */
  public static AlertSource newSource(
      String name, String integrationType, EscalationPolicy escalationPolicy) {
    return new AlertSource(
        null,
        name,
        integrationType,
        null,
        null,
        escalationPolicy,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
