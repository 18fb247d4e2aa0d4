package org.ilertmcp.client.maintenance;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/maintenance-windows}: list with filters (max 100 per page) and CRUD. */
public final class MaintenanceWindowsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Transport transport;
  private final Resource<MaintenanceWindow> resource;

  /**
   * @param transport the client's choke point
   */
  public MaintenanceWindowsApi(Transport transport) {
    this.transport = transport;
    this.resource =
        new Resource<>(transport, MaintenanceWindow.class, MAX_PAGE, "maintenance-windows");
  }

  /**
   * {@code GET /maintenance-windows}.
   *
   * @param ctx call context
   * @param query filters
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<MaintenanceWindow> list(CallContext ctx, MaintenanceWindowQuery query, Page page) {
    Paging.check(page, MAX_PAGE);
    return transport.callList(
        ctx,
        ApiRequest.get("maintenance-windows")
            .param("state", query.state())
            .params("services", query.services())
            .params("sources", query.sources())
            .param("from", query.from())
            .param("until", query.until())
            .page(page)
            .build(),
        MaintenanceWindow.class);
  }

  /**
   * Walks all pages up to {@code cap} windows.
   *
   * @param ctx call context
   * @param query filters
   * @param cap most entries
   * @return up to {@code cap} windows
   */
  public List<MaintenanceWindow> listAll(CallContext ctx, MaintenanceWindowQuery query, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, query, page));
  }

  /**
   * {@code GET /maintenance-windows/{id}}.
   *
   * @param ctx call context
   * @param id window id
   * @return the window
   */
  public MaintenanceWindow get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /maintenance-windows}.
   *
   * @param ctx call context
   * @param window the new window
   * @return the created window
   */
  public MaintenanceWindow create(CallContext ctx, MaintenanceWindow window) {
    return resource.create(ctx, window);
  }

  /**
   * {@code PUT /maintenance-windows/{id}} (full replace).
   *
   * @param ctx call context
   * @param id window id
   * @param window the full new state
   * @return the updated window
   */
  public MaintenanceWindow update(CallContext ctx, long id, MaintenanceWindow window) {
    return resource.update(ctx, id, window);
  }

  /**
   * {@code DELETE /maintenance-windows/{id}}.
   *
   * @param ctx call context
   * @param id window id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
