package org.ilertmcp.client.alerts;

/**
 * A manually triggerable alert action offered for an alert; also the body that runs it.
 *
 * @param alertActionId the alert action
 * @param connectorId its connector
 * @param type connector type (open set)
 * @param name display name
 * @param iconUrl icon
 */
public record AlertActionTrigger(
    String alertActionId, String connectorId, String type, String name, String iconUrl) {}
