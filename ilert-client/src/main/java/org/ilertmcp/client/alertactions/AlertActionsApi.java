package org.ilertmcp.client.alertactions;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/**
 * {@code /api/alert-actions}: list with source and connector filters (max 100 per page) and CRUD;
 * ids are strings. Running an action on one alert is {@code AlertsApi.runAction}.
 */
public final class AlertActionsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Transport transport;
  private final Resource<AlertAction> resource;

  /**
   * @param transport the client's choke point
   */
  public AlertActionsApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, AlertAction.class, MAX_PAGE, "alert-actions");
  }

  /**
   * {@code GET /alert-actions}.
   *
   * @param ctx call context
   * @param sourceId only actions of this alert source, or null
   * @param connectorId only actions of this connector, or null
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<AlertAction> list(CallContext ctx, Long sourceId, String connectorId, Page page) {
    Paging.check(page, MAX_PAGE);
    return transport.callList(
        ctx,
        ApiRequest.get("alert-actions")
            .param("source", sourceId)
            .param("connector", connectorId)
            .page(page)
            .build(),
        AlertAction.class);
  }

  /**
   * Walks all pages up to {@code cap} actions.
   *
   * @param ctx call context
   * @param sourceId alert source filter, or null
   * @param connectorId connector filter, or null
   * @param cap most entries
   * @return up to {@code cap} actions
   */
  public List<AlertAction> listAll(CallContext ctx, Long sourceId, String connectorId, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, sourceId, connectorId, page));
  }

  /**
   * {@code GET /alert-actions/{id}}.
   *
   * @param ctx call context
   * @param id action id
   * @param include e.g. {@code conditions}; may be empty
   * @return the action
   */
  public AlertAction get(CallContext ctx, String id, List<String> include) {
    return transport.call(
        ctx,
        ApiRequest.get("alert-actions", id).params("include", include).build(),
        AlertAction.class);
  }

  /**
   * {@code POST /alert-actions}.
   *
   * @param ctx call context
   * @param action the new action
   * @return the created action
   */
  public AlertAction create(CallContext ctx, AlertAction action) {
    return resource.create(ctx, action);
  }

  /**
   * {@code PUT /alert-actions/{id}} (full replace; an omitted {@code teams} clears them).
   *
   * @param ctx call context
   * @param id action id
   * @param action the full new state
   * @return the updated action
   */
  public AlertAction update(CallContext ctx, String id, AlertAction action) {
    return resource.update(ctx, id, action);
  }

  /**
   * {@code DELETE /alert-actions/{id}}.
   *
   * @param ctx call context
   * @param id action id
   */
  public void delete(CallContext ctx, String id) {
    resource.delete(ctx, id);
  }
}
