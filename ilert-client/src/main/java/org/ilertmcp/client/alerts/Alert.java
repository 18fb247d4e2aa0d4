package org.ilertmcp.client.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.Image;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.escalation.EscalationRule;
import tools.jackson.databind.JsonNode;

/**
 * An alert (an on-call page). {@code status} is PENDING, ACCEPTED or RESOLVED; all enum-like fields
 * are strings so new values never break parsing.
 *
 * @param id alert id
 * @param summary summary
 * @param details details (markdown)
 * @param reportTime creation time
 * @param resolvedOn resolution time, null while open
 * @param status PENDING, ACCEPTED, RESOLVED (open set)
 * @param alertSource the source
 * @param escalationPolicy the policy
 * @param priority HIGH or LOW (open set)
 * @param alertKey deduplication key
 * @param nextEscalation when the next level is due
 * @param escalationRules the policy's rules (with {@code include=escalationRules})
 * @param nextEscalationUser the next user to be paged (with {@code include=nextEscalationUser})
 * @param nextEscalationRuleIndex current or next level
 * @param images images
 * @param links links
 * @param responders responders and their status
 * @param severity severity 1..5
 * @param labels labels
 * @param customDetails custom details from the event
 * @param linkedIncidentId a linked incident
 */
public record Alert(
    Long id,
    String summary,
    String details,
    Instant reportTime,
    Instant resolvedOn,
    String status,
    AlertSource alertSource,
    EscalationPolicy escalationPolicy,
    String priority,
    String alertKey,
    Instant nextEscalation,
    List<EscalationRule> escalationRules,
    User nextEscalationUser,
    Integer nextEscalationRuleIndex,
    List<Image> images,
    List<Link> links,
    List<AlertResponder> responders,
    Integer severity,
    Map<String, String> labels,
    JsonNode customDetails,
    Long linkedIncidentId) {}
