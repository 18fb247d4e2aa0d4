package org.ilertmcp.client.metrics;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/**
 * {@code /api/metrics}: list (max 100 per page, 25 with includes), CRUD, and series ingest by
 * integration key.
 */
public final class MetricsApi {
  /** Largest page without includes. */
  public static final int MAX_PAGE = 100;

  /** Largest page when any include is given. */
  public static final int MAX_PAGE_WITH_INCLUDE = 25;

  private final Transport transport;
  private final Resource<Metric> resource;

  /**
   * @param transport the client's choke point
   */
  public MetricsApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, Metric.class, MAX_PAGE, "metrics");
  }

  /**
   * {@code GET /metrics}.
   *
   * @param ctx call context
   * @param include {@code dataSource}, {@code integrationKey}; may be empty
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<Metric> list(CallContext ctx, List<String> include, Page page) {
    Paging.check(page, maxPage(include));
    return transport.callList(
        ctx, ApiRequest.get("metrics").page(page).params("include", include).build(), Metric.class);
  }

  /**
   * Walks all pages up to {@code cap} metrics.
   *
   * @param ctx call context
   * @param include includes; may be empty
   * @param cap most entries
   * @return up to {@code cap} metrics
   */
  public List<Metric> listAll(CallContext ctx, List<String> include, int cap) {
    return Paging.collect(cap, maxPage(include), page -> list(ctx, include, page));
  }

  private static int maxPage(List<String> include) {
    return include == null || include.isEmpty() ? MAX_PAGE : MAX_PAGE_WITH_INCLUDE;
  }

  /**
   * {@code GET /metrics/{id}}.
   *
   * @param ctx call context
   * @param id metric id
   * @return the metric
   */
  public Metric get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /metrics}.
   *
   * @param ctx call context
   * @param metric the new metric
   * @return the created metric
   */
  public Metric create(CallContext ctx, Metric metric) {
    return resource.create(ctx, metric);
  }

  /**
   * {@code PUT /metrics/{id}} (full replace).
   *
   * @param ctx call context
   * @param id metric id
   * @param metric the full new state
   * @return the updated metric
   */
  public Metric update(CallContext ctx, long id, Metric metric) {
    return resource.update(ctx, id, metric);
  }

  /**
   * {@code DELETE /metrics/{id}}.
   *
   * @param ctx call context
   * @param id metric id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code POST /series/{key}}: ingests one data point (202); the caller's credential is not sent.
   *
   * @param ctx call context (only its deadline is used)
   * @param integrationKey the metric's integration key
   * @param timestampEpochSeconds the point's time, or null for now
   * @param value the value
   */
  public void ingest(
      CallContext ctx, String integrationKey, Long timestampEpochSeconds, double value) {
    Map<String, Object> point =
        timestampEpochSeconds == null
            ? Map.of("value", value)
            : Map.of("timestamp", timestampEpochSeconds, "value", value);
    transport.send(ctx, ApiRequest.post("series", integrationKey).body(point).anonymous().build());
  }
}
