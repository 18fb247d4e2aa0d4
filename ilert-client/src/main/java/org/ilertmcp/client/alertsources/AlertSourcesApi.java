package org.ilertmcp.client.alertsources;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/**
 * {@code /api/alert-sources}: list (max 50 per page), get with includes, create, update, delete.
 */
public final class AlertSourcesApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 50;

  private final Transport transport;
  private final Resource<AlertSource> resource;

  /**
   * @param transport the client's choke point
   */
  public AlertSourcesApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, AlertSource.class, MAX_PAGE, "alert-sources");
  }

  /**
   * {@code GET /alert-sources}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page (without templates)
   */
  public List<AlertSource> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} entries.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} sources
   */
  public List<AlertSource> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /alert-sources/{id}}.
   *
   * @param ctx call context
   * @param idOrIntegrationKey numeric id or the source's integration key
   * @param include e.g. {@code summaryTemplate}, {@code eventFilter}; may be empty
   * @return the source
   */
  public AlertSource get(CallContext ctx, String idOrIntegrationKey, List<String> include) {
    return transport.call(
        ctx,
        ApiRequest.get("alert-sources", idOrIntegrationKey).params("include", include).build(),
        AlertSource.class);
  }

  /**
   * {@code POST /alert-sources}.
   *
   * @param ctx call context
   * @param source the new source
   * @return the created source
   */
  public AlertSource create(CallContext ctx, AlertSource source) {
    return resource.create(ctx, source);
  }

  /**
   * {@code PUT /alert-sources/{id}} (full replace).
   *
   * @param ctx call context
   * @param id source id
   * @param source the full new state
   * @return the updated source
   */
  public AlertSource update(CallContext ctx, long id, AlertSource source) {
    return resource.update(ctx, id, source);
  }

  /**
   * {@code DELETE /alert-sources/{id}}.
   *
   * @param ctx call context
   * @param id source id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
