package org.ilertmcp.client.alerts;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A notification sent for an alert.
 *
 * @param id notification id
 * @param method PUSH, VOICE, SMS, EMAIL, WHATSAPP (open set)
 * @param target phone number, address or device
 * @param subject subject
 * @param alertId the alert
 * @param user the notified user (raw JSON: ilert spells its name fields inconsistently)
 * @param notificationTime when it was sent
 * @param status SCHEDULED, SUCCESS, ERROR (open set)
 * @param errorMessage why it failed
 */
public record Notification(
    Long id,
    String method,
    String target,
    String subject,
    Long alertId,
    JsonNode user,
    Instant notificationTime,
    String status,
    String errorMessage) {}
