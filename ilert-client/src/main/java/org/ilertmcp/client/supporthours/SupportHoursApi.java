package org.ilertmcp.client.supporthours;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/support-hours}: list (max 50 per page) and CRUD. */
public final class SupportHoursApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 50;

  private final Resource<SupportHour> resource;

  /**
   * @param transport the client's choke point
   */
  public SupportHoursApi(Transport transport) {
    this.resource = new Resource<>(transport, SupportHour.class, MAX_PAGE, "support-hours");
  }

  /**
   * {@code GET /support-hours}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page (without exceptions)
   */
  public List<SupportHour> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} entries.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} support hours
   */
  public List<SupportHour> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /support-hours/{id}}.
   *
   * @param ctx call context
   * @param id id
   * @return the support hours
   */
  public SupportHour get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /support-hours}.
   *
   * @param ctx call context
   * @param supportHour the new support hours
   * @return the created support hours
   */
  public SupportHour create(CallContext ctx, SupportHour supportHour) {
    return resource.create(ctx, supportHour);
  }

  /**
   * {@code PUT /support-hours/{id}} (full replace).
   *
   * @param ctx call context
   * @param id id
   * @param supportHour the full new state
   * @return the updated support hours
   */
  public SupportHour update(CallContext ctx, long id, SupportHour supportHour) {
    return resource.update(ctx, id, supportHour);
  }

  /**
   * {@code DELETE /support-hours/{id}}.
   *
   * @param ctx call context
   * @param id id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
