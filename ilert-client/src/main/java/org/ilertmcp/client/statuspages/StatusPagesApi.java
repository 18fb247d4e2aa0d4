package org.ilertmcp.client.statuspages;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/status-pages}: list (max 50 per page), CRUD, groups, private subscribers. */
public final class StatusPagesApi {
  /** Largest page ilert serves for status pages. */
  public static final int MAX_PAGE = 50;

  /** Largest page ilert serves for a page's groups. */
  public static final int MAX_GROUP_PAGE = 100;

  private final Transport transport;
  private final Resource<StatusPage> resource;

  /**
   * @param transport the client's choke point
   */
  public StatusPagesApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, StatusPage.class, MAX_PAGE, "status-pages");
  }

  /**
   * {@code GET /status-pages}.
   *
   * @param ctx call context
   * @param include e.g. {@code subscribed}; may be empty
   * @param page page, or null for ilert's default
   * @return one page (without structure)
   */
  public List<StatusPage> list(CallContext ctx, List<String> include, Page page) {
    Paging.check(page, MAX_PAGE);
    return transport.callList(
        ctx,
        ApiRequest.get("status-pages").page(page).params("include", include).build(),
        StatusPage.class);
  }

  /**
   * Walks all pages up to {@code cap} status pages.
   *
   * @param ctx call context
   * @param include includes; may be empty
   * @param cap most entries
   * @return up to {@code cap} status pages
   */
  public List<StatusPage> listAll(CallContext ctx, List<String> include, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, include, page));
  }

  /**
   * {@code GET /status-pages/{id}}.
   *
   * @param ctx call context
   * @param id page id
   * @param include {@code subscribed}, {@code uptime}, {@code groups}, {@code structure}
   * @return the status page
   */
  public StatusPage get(CallContext ctx, long id, List<String> include) {
    return transport.call(
        ctx,
        ApiRequest.get("status-pages", id).params("include", include).build(),
        StatusPage.class);
  }

  /**
   * {@code POST /status-pages}.
   *
   * @param ctx call context
   * @param page the new status page
   * @return the created status page
   */
  public StatusPage create(CallContext ctx, StatusPage page) {
    return resource.create(ctx, page);
  }

  /**
   * {@code PUT /status-pages/{id}} (full replace).
   *
   * @param ctx call context
   * @param id page id
   * @param page the full new state
   * @return the updated status page
   */
  public StatusPage update(CallContext ctx, long id, StatusPage page) {
    return resource.update(ctx, id, page);
  }

  /**
   * {@code DELETE /status-pages/{id}}.
   *
   * @param ctx call context
   * @param id page id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code GET /status-pages/{id}/groups}.
   *
   * @param ctx call context
   * @param id page id
   * @param page page, or null for ilert's default
   * @return the groups
   */
  public List<StatusPageGroup> groups(CallContext ctx, long id, Page page) {
    Paging.check(page, MAX_GROUP_PAGE);
    return transport.callList(
        ctx,
        ApiRequest.get("status-pages", id, "groups").page(page).build(),
        StatusPageGroup.class);
  }

  /**
   * {@code GET /status-pages/{id}/groups/{group-id}}.
   *
   * @param ctx call context
   * @param id page id
   * @param groupId group id
   * @return the group
   */
  public StatusPageGroup getGroup(CallContext ctx, long id, long groupId) {
    return transport.call(
        ctx, ApiRequest.get("status-pages", id, "groups", groupId).build(), StatusPageGroup.class);
  }

  /**
   * {@code POST /status-pages/{id}/groups}.
   *
   * @param ctx call context
   * @param id page id
   * @param group the new group
   * @return the created group
   */
  public StatusPageGroup createGroup(CallContext ctx, long id, StatusPageGroup group) {
    return transport.call(
        ctx,
        ApiRequest.post("status-pages", id, "groups").body(group).build(),
        StatusPageGroup.class);
  }

  /**
   * {@code PUT /status-pages/{id}/groups/{group-id}}.
   *
   * @param ctx call context
   * @param id page id
   * @param groupId group id
   * @param group the full new state
   * @return the updated group
   */
  public StatusPageGroup updateGroup(
      CallContext ctx, long id, long groupId, StatusPageGroup group) {
    return transport.call(
        ctx,
        ApiRequest.put("status-pages", id, "groups", groupId).body(group).build(),
        StatusPageGroup.class);
  }

  /**
   * {@code DELETE /status-pages/{id}/groups/{group-id}}.
   *
   * @param ctx call context
   * @param id page id
   * @param groupId group id
   */
  public void deleteGroup(CallContext ctx, long id, long groupId) {
    transport.send(ctx, ApiRequest.delete("status-pages", id, "groups", groupId).build());
  }

  /**
   * {@code GET /status-pages/{id}/private-subscribers}.
   *
   * @param ctx call context
   * @param id page id
   * @return users and teams subscribed to a private page
   */
  public List<Subscriber> privateSubscribers(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("status-pages", id, "private-subscribers").build(), Subscriber.class);
  }

  /**
   * {@code POST /status-pages/{id}/private-subscribers}: adds one subscriber.
   *
   * @param ctx call context
   * @param id page id
   * @param subscriber the user or team
   */
  public void addPrivateSubscriber(CallContext ctx, long id, Subscriber subscriber) {
    transport.send(
        ctx, ApiRequest.post("status-pages", id, "private-subscribers").body(subscriber).build());
  }

  /**
   * {@code DELETE /status-pages/{id}/private-subscribers/{subscriber-id}?subscriber-type=}.
   *
   * @param ctx call context
   * @param id page id
   * @param subscriber the user or team (id and type)
   */
  public void removePrivateSubscriber(CallContext ctx, long id, Subscriber subscriber) {
    transport.send(
        ctx,
        ApiRequest.delete("status-pages", id, "private-subscribers", subscriber.id())
            .param("subscriber-type", subscriber.type())
            .build());
  }
}
