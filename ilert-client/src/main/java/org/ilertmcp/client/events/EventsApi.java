package org.ilertmcp.client.events;

import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.ApiResponse;
import org.ilertmcp.client.core.Transport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/events}: ALERT, ACCEPT, RESOLVE and COMMENT by integration key. The caller's
 * credential is never sent here; the integration key in the event authenticates it.
 */
public final class EventsApi {
  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public EventsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * Sends an event. ilert queues it (202) and applies it asynchronously.
   *
   * @param ctx call context (only its deadline is used)
   * @param event the event
   * @return the receipt
   */
  public EventReceipt send(CallContext ctx, Event event) {
    ApiResponse response =
        transport.send(ctx, ApiRequest.post("events").body(event).anonymous().build());
    JsonNode body = null;
    if (!response.isEmpty()) {
      try {
        body = transport.mapper().readTree(response.body());
      } catch (JacksonException e) {
        body = null; // the body is informational only; a 2xx means the event was queued
      }
    }
    return new EventReceipt(
        response.status(),
        response.header("correlation-id"),
        text(body, "alertKey"),
        text(body, "alertUrl"),
        text(body, "responseCode"));
  }

  private static String text(JsonNode body, String field) {
    if (body == null || !body.isObject() || body.get(field) == null || body.get(field).isNull()) {
      return null;
    }
    return body.get(field).asString();
  }
}
