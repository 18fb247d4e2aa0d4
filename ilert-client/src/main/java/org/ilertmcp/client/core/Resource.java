package org.ilertmcp.client.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;

/**
 * The plain CRUD calls shared by most ilert resources: list, get, create (POST), update (PUT, a
 * full replace) and delete below one collection path. Internal to the client.
 *
 * @param <T> the entity type
 */
public final class Resource<T> {
  private final Transport transport;
  private final Object[] base;
  private final Class<T> type;
  private final int maxPage;

  /**
   * @param transport the choke point
   * @param type the entity type
   * @param maxPage the list endpoint's maximum {@code max-results}
   * @param base the collection's path segments, e.g. {@code "teams"}
   */
  public Resource(Transport transport, Class<T> type, int maxPage, Object... base) {
    this.transport = transport;
    this.type = type;
    this.maxPage = maxPage;
    this.base = base.clone();
  }

  /**
   * @return the list endpoint's maximum page size
   */
  public int maxPage() {
    return maxPage;
  }

  /**
   * @param more segments after the collection path
   * @return the path segments
   */
  public Object[] segments(Object... more) {
    List<Object> all = new ArrayList<>(Arrays.asList(base));
    all.addAll(Arrays.asList(more));
    return all.toArray();
  }

  /**
   * @param ctx context
   * @param page page, or null for the server default
   * @return one page
   */
  public List<T> list(CallContext ctx, Page page) {
    Paging.check(page, maxPage);
    return transport.callList(ctx, ApiRequest.get(base).page(page).build(), type);
  }

  /**
   * @param ctx context
   * @param cap most entries
   * @return up to {@code cap} entries
   */
  public List<T> listAll(CallContext ctx, int cap) {
    return Paging.collect(cap, maxPage, page -> list(ctx, page));
  }

  /**
   * @param ctx context
   * @param id entity id
   * @return the entity
   */
  public T get(CallContext ctx, Object id) {
    return transport.call(ctx, ApiRequest.get(segments(id)).build(), type);
  }

  /**
   * @param ctx context
   * @param body the new entity
   * @return the created entity
   */
  public T create(CallContext ctx, Object body) {
    return transport.call(ctx, ApiRequest.post(base).body(body).build(), type);
  }

  /**
   * @param ctx context
   * @param id entity id
   * @param body the full new state
   * @return the updated entity
   */
  public T update(CallContext ctx, Object id, Object body) {
    return transport.call(ctx, ApiRequest.put(segments(id)).body(body).build(), type);
  }

  /**
   * @param ctx context
   * @param id entity id
   */
  public void delete(CallContext ctx, Object id) {
    transport.send(ctx, ApiRequest.delete(segments(id)).build());
  }
}
