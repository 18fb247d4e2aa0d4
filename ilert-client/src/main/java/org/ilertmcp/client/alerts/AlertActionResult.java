package org.ilertmcp.client.alerts;

import org.ilertmcp.client.common.User;

/**
 * The result of running an alert action.
 *
 * @param id result id
 * @param alertActionId the action
 * @param connectorId the connector
 * @param alertId the alert
 * @param success whether the action succeeded (check it: a 201 may still carry a failure)
 * @param actor who ran it
 */
public record AlertActionResult(
    String id,
    String alertActionId,
    String connectorId,
    Long alertId,
    Boolean success,
    User actor) {}
