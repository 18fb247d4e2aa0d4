package org.ilertmcp.client.events;

/**
 * What ilert answered to an event. The current API answers 202 with an empty body (the event is
 * queued); older versions answered with a small JSON body. All fields but {@code status} may be
 * null.
 *
 * @param status HTTP status (202)
 * @param correlationId the {@code correlation-id} response header
 * @param alertKey alert key, from older response bodies
 * @param alertUrl alert URL, from older response bodies
 * @param responseCode response code, from older response bodies
 */
public record EventReceipt(
    int status, String correlationId, String alertKey, String alertUrl, String responseCode) {}
