package org.ilertmcp.client.alerts;

/**
 * A suggested responder for an alert.
 *
 * @param group SUGGESTED, USER, ESCALATION_POLICY, ON_CALL_SCHEDULE (open set)
 * @param id the id of the user, policy or schedule
 * @param name display name
 * @param disabled whether it cannot be chosen
 */
public record SuggestedResponder(String group, Long id, String name, Boolean disabled) {}
