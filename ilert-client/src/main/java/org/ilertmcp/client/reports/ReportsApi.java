package org.ilertmcp.client.reports;

import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Transport;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/reports/alerts} and {@code /api/reports/alerts/summary}. ilert answers with arrays of
 * arrays whose layout depends on the grouping, so results are raw JSON.
 */
public final class ReportsApi {
  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public ReportsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /reports/alerts}.
   *
   * @param ctx call context
   * @param query parameters
   * @return the report
   */
  public JsonNode alerts(CallContext ctx, ReportQuery query) {
    return transport.call(ctx, request(query, "reports", "alerts"), JsonNode.class);
  }

  /**
   * {@code GET /reports/alerts/summary}.
   *
   * @param ctx call context
   * @param query parameters
   * @return the summary
   */
  public JsonNode alertsSummary(CallContext ctx, ReportQuery query) {
    return transport.call(ctx, request(query, "reports", "alerts", "summary"), JsonNode.class);
  }

  private static ApiRequest request(ReportQuery q, Object... path) {
    return ApiRequest.get(path)
        .params("sources", q.sources())
        .params("policies", q.policies())
        .param("from", q.from())
        .param("until", q.until())
        .param("timezone", q.timezone())
        .param("metric", q.metric())
        .param("group-by", q.groupBy())
        .param("priority", q.priority())
        .build();
  }
}
