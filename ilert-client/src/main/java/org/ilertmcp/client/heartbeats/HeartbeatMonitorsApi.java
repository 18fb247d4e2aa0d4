package org.ilertmcp.client.heartbeats;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.CursorPage;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.ApiResponse;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Transport;
import tools.jackson.databind.JavaType;

/**
 * {@code /api/heartbeat-monitors}: cursor-paged list ({@code cursor} query, {@code next-cursor}
 * header, max 200 per page) and CRUD.
 */
public final class HeartbeatMonitorsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 200;

  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public HeartbeatMonitorsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /heartbeat-monitors}: one page.
   *
   * @param ctx call context
   * @param include {@code integrationKey}, {@code integrationUrl}; may be empty
   * @param cursor the previous page's {@link CursorPage#nextCursor()}, or null for the first page
   * @param maxResults page size (max 200), or null for ilert's default
   * @return the page and the next cursor
   */
  public CursorPage<HeartbeatMonitor> list(
      CallContext ctx, List<String> include, String cursor, Integer maxResults) {
    if (maxResults != null && (maxResults < 1 || maxResults > MAX_PAGE)) {
      throw new IllegalArgumentException("maxResults must be within 1.." + MAX_PAGE);
    }
    ApiRequest request =
        ApiRequest.get("heartbeat-monitors")
            .param("cursor", cursor)
            .param("max-results", maxResults)
            .params("include", include)
            .build();
    ApiResponse response = transport.send(ctx, request);
    JavaType type =
        transport
            .mapper()
            .getTypeFactory()
            .constructCollectionType(List.class, HeartbeatMonitor.class);
    List<HeartbeatMonitor> items = transport.read(response, type, request);
    return new CursorPage<>(items == null ? List.of() : items, response.header("next-cursor"));
  }

  /**
   * Follows {@code next-cursor} up to {@code cap} monitors.
   *
   * @param ctx call context
   * @param include includes; may be empty
   * @param cap most entries
   * @return up to {@code cap} monitors
   */
  public List<HeartbeatMonitor> listAll(CallContext ctx, List<String> include, int cap) {
    return Paging.collectCursor(cap, MAX_PAGE, (cursor, size) -> list(ctx, include, cursor, size));
  }

  /**
   * {@code GET /heartbeat-monitors/{id}}.
   *
   * @param ctx call context
   * @param id monitor id
   * @param include includes; may be empty
   * @return the monitor
   */
  public HeartbeatMonitor get(CallContext ctx, long id, List<String> include) {
    return transport.call(
        ctx,
        ApiRequest.get("heartbeat-monitors", id).params("include", include).build(),
        HeartbeatMonitor.class);
  }

  /**
   * {@code POST /heartbeat-monitors}. A duplicate name is a {@code CONFLICT} (409).
   *
   * @param ctx call context
   * @param monitor the new monitor
   * @param include e.g. {@code integrationUrl}; may be empty
   * @return the created monitor
   */
  public HeartbeatMonitor create(CallContext ctx, HeartbeatMonitor monitor, List<String> include) {
    return transport.call(
        ctx,
        ApiRequest.post("heartbeat-monitors").params("include", include).body(monitor).build(),
        HeartbeatMonitor.class);
  }

  /**
   * {@code PUT /heartbeat-monitors/{id}} (full replace).
   *
   * @param ctx call context
   * @param id monitor id
   * @param monitor the full new state
   * @return the updated monitor
   */
  public HeartbeatMonitor update(CallContext ctx, long id, HeartbeatMonitor monitor) {
    return transport.call(
        ctx,
        ApiRequest.put("heartbeat-monitors", id).body(monitor).build(),
        HeartbeatMonitor.class);
  }

  /**
   * {@code DELETE /heartbeat-monitors/{id}}.
   *
   * @param ctx call context
   * @param id monitor id
   */
  public void delete(CallContext ctx, long id) {
    transport.send(ctx, ApiRequest.delete("heartbeat-monitors", id).build());
  }
}
