package org.ilertmcp.client.alerts;

import java.time.Instant;
import org.ilertmcp.client.common.UserRel;

/**
 * A responder on an alert.
 *
 * @param user the user
 * @param status PENDING or ACCEPTED (open set)
 * @param acceptedAt when the user accepted
 */
public record AlertResponder(UserRel user, String status, Instant acceptedAt) {}
