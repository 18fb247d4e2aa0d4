package org.ilertmcp.emulator.engine;

import org.ilertmcp.emulator.domain.Alert;

/**
 * What an event did: {@code responseCode} is one of NEW_ALERT_CREATED, EVENT_ADDED_TO_ALERT,
 * ALERT_ACCEPTED, ALERT_RESOLVED, COMMENT_ADDED, NO_OPEN_ALERT_WITH_KEY; {@code alert} is null only
 * for the last.
 */
public record EventOutcome(String responseCode, Alert alert) {}
