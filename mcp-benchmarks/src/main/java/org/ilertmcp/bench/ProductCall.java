package org.ilertmcp.bench;

import java.nio.charset.StandardCharsets;

/**
 * The product calls measured, each with the ilert request its tool sends, so the direct REST row
 * asks the emulator for exactly what the tool asks it for.
 */
enum ProductCall {
  /** One alert with its escalation levels: one {@code GET /api/alerts/{id}}. */
  GET_ALERT("get_alert") {
    @Override
    String arguments(long alertId) {
      // as its input schema declares it: a string
      return "{\"alert_id\":\"" + alertId + "\"}";
    }

    @Override
    String restPath(long alertId) {
      return "/api/alerts/"
          + alertId
          + "?include=escalationRules&include=nextEscalationUser&include=customDetails";
    }
  },
  /**
   * The open alerts, first page of 20: one {@code GET /api/alerts} of 20, with the next escalation
   * of pending ones.
   */
  LIST_ALERTS("list_alerts") {
    @Override
    String arguments(long alertId) {
      return "{}";
    }

    @Override
    String restPath(long alertId) {
      return "/api/alerts?start-index=0&max-results=20&include=nextEscalationUser"
          + "&states=PENDING&states=ACCEPTED";
    }
  };

  private final String tool;

  ProductCall(String tool) {
    this.tool = tool;
  }

  String tool() {
    return tool;
  }

  abstract String arguments(long alertId);

  /** Path and query of the ilert request the tool sends for {@link #arguments}. */
  abstract String restPath(long alertId);

  byte[] mcpRequest(long id, long alertId) {
    return ("{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
            + tool
            + "\",\"arguments\":"
            + arguments(alertId)
            + "}}")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
