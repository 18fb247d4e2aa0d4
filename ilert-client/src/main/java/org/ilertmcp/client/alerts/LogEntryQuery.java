package org.ilertmcp.client.alerts;

import java.util.List;

/**
 * Options of {@code GET /alerts/{id}/log-entries}.
 *
 * @param lang {@code en} or {@code de}, or null
 * @param filterTypes NOTIFICATIONS, ALERT_SOURCE_EVENTS, CALL_ROUTING_EVENTS, ALERT_UPDATES,
 *     CONNECTOR_EVENTS, INCIDENT_COMMUNICATIONS
 * @param include e.g. {@code vars}
 */
public record LogEntryQuery(String lang, List<String> filterTypes, List<String> include) {
  /**
   * @return no options
   */
  public static LogEntryQuery all() {
    return new LogEntryQuery(null, null, null);
  }
}
