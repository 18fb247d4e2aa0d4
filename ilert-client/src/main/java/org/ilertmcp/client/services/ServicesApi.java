package org.ilertmcp.client.services;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/**
 * {@code /api/services}: list (max 100 per page, 25 with includes), get with {@code uptime} and
 * {@code incidents}, CRUD, private subscribers.
 */
public final class ServicesApi {
  /** Largest page without includes. */
  public static final int MAX_PAGE = 100;

  /** Largest page when any include is given. */
  public static final int MAX_PAGE_WITH_INCLUDE = 25;

  private final Transport transport;
  private final Resource<Service> resource;

  /**
   * @param transport the client's choke point
   */
  public ServicesApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, Service.class, MAX_PAGE, "services");
  }

  /**
   * {@code GET /services}.
   *
   * @param ctx call context
   * @param include {@code subscribed}, {@code uptime}, {@code incidents}; may be empty
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<Service> list(CallContext ctx, List<String> include, Page page) {
    Paging.check(page, maxPage(include));
    return transport.callList(
        ctx,
        ApiRequest.get("services").page(page).params("include", include).build(),
        Service.class);
  }

  /**
   * Walks all pages up to {@code cap} services.
   *
   * @param ctx call context
   * @param include includes; may be empty
   * @param cap most entries
   * @return up to {@code cap} services
   */
  public List<Service> listAll(CallContext ctx, List<String> include, int cap) {
    return Paging.collect(cap, maxPage(include), page -> list(ctx, include, page));
  }

  private static int maxPage(List<String> include) {
    return include == null || include.isEmpty() ? MAX_PAGE : MAX_PAGE_WITH_INCLUDE;
  }

  /**
   * {@code GET /services/{id}}.
   *
   * @param ctx call context
   * @param id service id
   * @param include {@code subscribed}, {@code uptime}, {@code incidents}; may be empty
   * @return the service
   */
  public Service get(CallContext ctx, long id, List<String> include) {
    return transport.call(
        ctx, ApiRequest.get("services", id).params("include", include).build(), Service.class);
  }

  /**
   * {@code POST /services}.
   *
   * @param ctx call context
   * @param service the new service
   * @return the created service
   */
  public Service create(CallContext ctx, Service service) {
    return resource.create(ctx, service);
  }

  /**
   * {@code PUT /services/{id}} (full replace; a status change alone notifies nobody).
   *
   * @param ctx call context
   * @param id service id
   * @param service the full new state
   * @return the updated service
   */
  public Service update(CallContext ctx, long id, Service service) {
    return resource.update(ctx, id, service);
  }

  /**
   * {@code DELETE /services/{id}}.
   *
   * @param ctx call context
   * @param id service id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code GET /services/{id}/private-subscribers}.
   *
   * @param ctx call context
   * @param id service id
   * @return users and teams subscribed privately
   */
  public List<Subscriber> privateSubscribers(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("services", id, "private-subscribers").build(), Subscriber.class);
  }

  /**
   * {@code PUT /services/{id}/private-subscribers}: replaces the set (anyone left out is removed).
   *
   * @param ctx call context
   * @param id service id
   * @param subscribers the complete set
   */
  public void setPrivateSubscribers(CallContext ctx, long id, List<Subscriber> subscribers) {
    transport.send(
        ctx, ApiRequest.put("services", id, "private-subscribers").body(subscribers).build());
  }
}
