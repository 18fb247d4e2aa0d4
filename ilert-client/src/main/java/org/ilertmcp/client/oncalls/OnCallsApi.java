package org.ilertmcp.client.oncalls;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Transport;

/** {@code GET /api/on-calls} with all filters and {@code expand} (max 250 per page). */
public final class OnCallsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 250;

  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public OnCallsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /on-calls}.
   *
   * @param ctx call context
   * @param query filters
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<OnCall> list(CallContext ctx, OnCallQuery query, Page page) {
    Paging.check(page, MAX_PAGE);
    ApiRequest.Builder b =
        ApiRequest.get("on-calls")
            .params("policies", query.policies())
            .params("schedules", query.schedules())
            .params("users", query.users())
            .params("expand", query.expand())
            .param("from", query.from())
            .param("until", query.until())
            .param("timezone", query.timezone())
            .page(page);
    if (query.policyLevels() != null) {
      for (OnCallQuery.PolicyLevel level : query.policyLevels()) {
        b.param("policy-levels", level.toJson());
      }
    }
    return transport.callList(ctx, b.build(), OnCall.class);
  }

  /**
   * Walks all pages up to {@code cap} entries.
   *
   * @param ctx call context
   * @param query filters
   * @param cap most entries
   * @return up to {@code cap} on-call entries
   */
  public List<OnCall> listAll(CallContext ctx, OnCallQuery query, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, query, page));
  }
}
